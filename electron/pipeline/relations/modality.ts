/**
 * Modality of one stated relation, from cues in its clause and the clauses it is embedded in
 * (docs/annotation-guidelines.md): negated > hypothetical > planned > reported > asserted, the most
 * specific cue winning. "would ... if approved" describes a plan, so it is planned, not hypothetical.
 */
import type { Modality } from '../types';
import type { Clause, Clauses } from './clauses';
import { isWord } from './reading';
import { AUXILIARIES, CONTROL_VERBS, NEGATIONS, VERB_GROUP_ADVERBS } from './vocabulary';
import type { Unit } from './words';

const HYPOTHETICAL_MODALS = new Set(['could', 'would', 'might', 'may', 'can', 'should', "'d", 'ca']);
const HYPOTHETICAL_WORDS = new Set([
  'potential',
  'potentially',
  'possible',
  'possibly',
  'hypothetical',
  'perhaps',
  'maybe',
]);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
const PLAN_STEMS =
  /^(urge|urges|urged|urging|explore|explores|explored|exploring|plan|plans|planned|planning|prepare|prepares|prepared|preparing|consider|considers|considered|considering|weigh|weighs|weighed|weighing|propose|proposes|proposed|proposing|proposal|proposals|intend|intends|intended|intending|intention|mull|mulls|mulled|mulling|contemplate|contemplates|contemplated|contemplating|option|options|envision|envisions|envisioned|vow|vows|vowed|pledge|pledges|pledged|promise|promises|promised|seek|seeks|sought|seeking|want|wants|wanted|aim|aims|aimed|ready|poised|upcoming|future|draft|drafting|drafted|goal|goals|objective|bid)$/;
/** Verbs of intent before a to-infinitive: "threatens to send", "vowed to strike". */
const INTENT_BEFORE_TO =
  /^(threaten|threatens|threatened|threatening|vow|vows|vowed|pledge|pledges|pledged|promise|promises|promised|want|wants|wanted|hope|hopes|hoped|decide|decides|decided|agree|agrees|agreed|offer|offers|offered|ask|asks|asked|expect|expects|expected|set|poised|ready|likely|intends|intend|intended|seek|seeks|sought)$/;

const REPORTED_WORDS = new Set([
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'ostensibly',
  'reported',
  'alleged',
  'according',
  'claimed',
  'rumored',
  'rumoured',
]);
const APPROVAL = /^(approved|authorized|authorised|adopted|passed|implemented|greenlit|signed)$/;

export interface ModalityInput {
  units: readonly Unit[];
  clauses: Clauses;
  /** Unit index of the trigger (its own words are not cues for its own relation). */
  trigger: number;
  /** Last unit of the trigger (particles), inclusive. */
  triggerEnd?: number;
  /** The relation is the attribution itself (X -reports-> ...): not "reported" by its own verb. */
  isAttribution?: boolean;
}

export function modalityOf(input: ModalityInput): Modality {
  const { units, clauses, trigger } = input;
  if (input.isAttribution) {
    // The source's own act of saying: negated only by its own verb group ("did not say").
    for (let k = trigger - 1; k >= Math.max(0, trigger - 3); k--) if (isNegation(units, k)) return 'negated';
    return 'asserted';
  }
  const triggerEnd = input.triggerEnd ?? trigger;
  const own = clauses.list[clauses.of[trigger]];
  const scope = scopeClauses(clauses, own);
  // A quotation is another speaker's mood: "We will continue," X told Y is no plan of X's telling.
  const quotes = quoteSegments(units);
  const cueUnits = (clause: Clause) =>
    clause.units.filter((k) => (k < trigger || k > triggerEnd) && quotes[k] === quotes[trigger]);

  if (isNegated(units, clauses, trigger, triggerEnd)) return 'negated';

  let hypothetical = false;
  let planned = false;
  let reported = false;
  let approvalCondition = false;
  for (const { clause, moodFlows } of scope) {
    if (!moodFlows) {
      // Across a relative clause only attribution carries over: "officials said the cartels, which ...".
      if ((clause.kind === 'attribution' || clause.reported) && !input.isAttribution) reported = true;
      for (const k of cueUnits(clause)) {
        const l = units[k].lower;
        if (input.isAttribution) break;
        if (REPORTED_WORDS.has(l)) reported = true;
      }
      continue;
    }
    if (clause.opener && CONDITIONALS.has(clause.opener)) {
      hypothetical = true;
      if (clause.units.some((k) => APPROVAL.test(units[k].lower))) approvalCondition = true;
    }
    // An attribution clause reports the rest, not its own act ("..., Smith told Reuters": Smith -reports->).
    const reporting = clause.kind === 'attribution' && clause === own;
    if ((clause.kind === 'attribution' || clause.reported) && !input.isAttribution && !reporting)
      reported = true;
    for (const k of cueUnits(clause)) {
      const l = units[k].lower;
      if (units[k].text === 'May' && k > 0) continue; // the month
      // Cues in the clause after the trigger only count for the whole clause's mood, not its objects.
      const before = k < trigger || clause !== own;
      if (HYPOTHETICAL_MODALS.has(l) && before) hypothetical = true;
      else if (HYPOTHETICAL_WORDS.has(l)) hypothetical = true;
      else if (CONDITIONALS.has(l) && clause === own) hypothetical = true;
      else if (FUTURE.has(l) && before) planned = true;
      else if (PLAN_STEMS.test(l) && (before || isWord(units[k - 1], 'the', 'a', 'its', 'their')))
        planned = true;
      else if (isWord(units[k], 'going') && isWord(units[k + 1], 'to') && before) planned = true;
      else if (INTENT_BEFORE_TO.test(l) && isWord(units[k + 1], 'to') && before) planned = true;
      else if (REPORTED_WORDS.has(l) && !input.isAttribution) reported = true;
      else if (l === 'said' && isWord(units[k - 1], 'is', 'are', 'was', 'were') && !input.isAttribution)
        reported = true;
    }
  }
  if (hypothetical && approvalCondition) return 'planned';
  if (hypothetical) return 'hypothetical';
  if (planned) return 'planned';
  if (reported) return 'reported';
  return 'asserted';
}

/** For each unit, the quotation it sits in (0 outside quotes, then 1, 2... for each quoted stretch). */
function quoteSegments(units: readonly Unit[]): Int32Array {
  const out = new Int32Array(units.length);
  let segment = 0;
  let open = false;
  for (let k = 0; k < units.length; k++) {
    const l = units[k].kind === 'word' ? units[k].lower : '';
    const opens = l === '“' || l === '«' || (l === '"' && !open);
    const closes = l === '”' || l === '»' || (l === '"' && open);
    if (opens && !open) {
      open = true;
      segment++;
      out[k] = segment;
      continue;
    }
    out[k] = open ? segment : 0;
    if (closes && open) open = false;
  }
  return out;
}

/**
 * The clauses whose cues apply: the trigger's own, those it is embedded in, conditional clauses attached
 * to any of them ("If approved, ..."), and a trailing or leading attribution of the sentence. Mood
 * (modals, plans, conditions) does not flow into a relative or parenthetical clause, which states
 * background facts; attribution does.
 */
function scopeClauses(clauses: Clauses, own: Clause): Array<{ clause: Clause; moodFlows: boolean }> {
  const chain: Array<{ clause: Clause; moodFlows: boolean }> = [];
  const seen = new Set<number>();
  let moodFlows = true;
  for (
    let c: Clause | undefined = own;
    c && !seen.has(c.id);
    c = c.parent !== undefined ? clauses.list[c.parent] : undefined
  ) {
    chain.push({ clause: c, moodFlows });
    seen.add(c.id);
    if (c.kind === 'relative' || c.kind === 'parenthetical') moodFlows = false;
  }
  for (const c of clauses.list) {
    if (seen.has(c.id)) continue;
    const host = c.parent !== undefined ? chain.find((x) => x.clause.id === c.parent) : undefined;
    if (c.opener && CONDITIONALS.has(c.opener) && host) chain.push({ clause: c, moodFlows: host.moodFlows });
    else if (c.kind === 'attribution' && own.kind !== 'attribution')
      chain.push({ clause: c, moodFlows: false });
  }
  return chain;
}

/**
 * Negation bears on the trigger's own verb group ("did not criticize", "never sent", "has no plans to
 * send") or, for a noun, on the predicate right after it ("the deployment is not imminent", "the
 * proposal never materialized"); a "not" elsewhere in the clause negates something else.
 */
function isNegated(units: readonly Unit[], clauses: Clauses, trigger: number, triggerEnd: number): boolean {
  const clause = clauses.of[trigger];
  for (let k = trigger - 1; k >= 0 && clauses.of[k] === clause; k--) {
    const u = units[k];
    if (isNegation(units, k)) return true;
    const l = u.lower;
    const groupWord =
      u.kind === 'word' &&
      (AUXILIARIES.has(l) ||
        VERB_GROUP_ADVERBS.has(l) ||
        /ly$/.test(l) ||
        l === 'to' ||
        CONTROL_VERBS.has(l) ||
        l === 'plans' ||
        l === 'longer');
    if (!groupWord) break;
  }
  for (let k = triggerEnd + 1; k < units.length && clauses.of[k] === clause; k++) {
    const u = units[k];
    if (isNegation(units, k)) return true;
    if (!(
      u.kind === 'word' &&
      (AUXILIARIES.has(u.lower) || VERB_GROUP_ADVERBS.has(u.lower) || /ly$/.test(u.lower))
    ))
      break;
  }
  return false;
}

function isNegation(units: readonly Unit[], k: number): boolean {
  const l = units[k].lower;
  if (NEGATIONS.has(l)) return true;
  if (l === 'no' && isWord(units[k + 1], 'longer', 'plans', 'plan', 'intention', 'action')) return true;
  if (/^(failed|fails|fail)$/.test(l) && isWord(units[k + 1], 'to')) return true;
  return false;
}
