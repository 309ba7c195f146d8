/**
 * Finding a trigger's subject and object among the entity units of its clause: nearest suitable entity to
 * the left is the subject, first suitable entity to the right (directly or after one of the trigger's
 * prepositions) is the object, with passive flip ("was criticized by X"), subjects shared across
 * coordinated or participial clauses, and coordination ("X and Y") expanding either side.
 */
import type { Clauses } from './clauses';
import { GROUP_KIND_NOUNS, PLACE_KIND_NOUNS, isCompassWord, ownKindNounAt } from './kinds';
import { isContentVerb, isCorpusOnlyVerb, isPunctuation, isTitleCase, isVerbLike, isWord } from './reading';
import {
  AUXILIARIES,
  BE_FORMS,
  COLLECTIVE_NOUNS,
  COORDINATORS,
  DETERMINERS,
  MODALS,
  NEGATIONS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SUBORDINATORS,
  TEMPORAL_SUBORDINATORS,
  VERB_GROUP_ADVERBS,
} from './vocabulary';
import type { Unit } from './words';

/** At most this many entities on one side of a relation (long coordinated lists). */
export const MAX_COORDINATED = 6;
/** How far (in units) an object may sit from its trigger. */
export const OBJECT_WINDOW = 12;

export interface ArgumentContext {
  units: readonly Unit[];
  clauses: Clauses;
}

const TIME_WORDS = new Set(
  `yesterday today tomorrow tonight now recently again earlier later last next this ago overnight
   monday tuesday wednesday thursday friday saturday sunday morning evening afternoon week month year`.split(
    /\s+/,
  ),
);

/** Nouns for what an actor does: "U.S. military action" is the United States acting. */
const ACTION_HEADS = new Set(
  `action actions involvement intervention interventions strike strikes airstrikes assistance aid support
   operation operations pressure presence engagement engagements campaign footprint retaliation response
   attack attacks raid raids invasion offensive sanctions deployment deployments crackdown`.split(/\s+/),
);
/** What a possessor does or wages: "Mexico's fight against cartels" is Mexico fighting. */
const POSSESSED_ACTS = new Set([
  'fight',
  'war',
  'efforts',
  'effort',
  'resistance',
  'opposition',
  'refusal',
  'threat',
  'threats',
]);

/**
 * Nouns for the people who act for an organization: "Pentagon officials" act for the Pentagon, "ISIS
 * fighters" and "NATO troops" fight for their group.
 */
const STAFF_HEADS = new Set(
  `official officials officer officers agent agents representative representatives spokesperson spokesman
   spokeswoman spokespeople leaders leadership diplomats negotiators investigators prosecutors staff members
   fighters militants terrorists gunmen insurgents rebels jihadists militiamen troops soldiers forces
   commanders`.split(/\s+/),
);
/** Words that may stand between a modifier entity and its head ("U.S. military action"). */
const MODIFIER_ADJECTIVES = new Set(
  `military government security intelligence defense defence naval air armed special federal state senior
   top drone missile covert unilateral`.split(/\s+/),
);

/** Words that never head a noun phrase: an entity before them is not a modifier. */
const FUNCTION_WORDS = new Set([
  ...RELATIVE_PRONOUNS,
  ...SUBORDINATORS,
  ...AUXILIARIES,
  ...NEGATIONS,
  ...VERB_GROUP_ADVERBS,
  ...MODALS,
  ...[
    'that',
    'as',
    'than',
    'so',
    'too',
    'also',
    'then',
    'there',
    'here',
    'when',
    'where',
    'after',
    'before',
    'since',
  ],
]);

/** Clause units before `index`, nearest first (lazily: most searches stop after a few units). */
function* leftOf(ctx: ArgumentContext, clauseId: number, index: number): Generator<number> {
  const units = ctx.clauses.list[clauseId].units;
  for (let p = firstAtOrAfter(units, index) - 1; p >= 0; p--) yield units[p];
}

/** Clause units after `index`, nearest first. */
function* rightOf(ctx: ArgumentContext, clauseId: number, index: number): Generator<number> {
  const units = ctx.clauses.list[clauseId].units;
  for (let p = firstAtOrAfter(units, index + 1); p < units.length; p++) yield units[p];
}

/** Position of the first element >= `value` in an ascending array (binary search). */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What governs the entity at `pos` inside its clause: the preposition or content verb just before it
 * (skipping determiners and numbers), or nothing.
 */
export function governor(
  ctx: ArgumentContext,
  pos: number,
): { kind: 'prep' | 'verb' | 'none'; word?: string; at?: number } {
  const clauseId = ctx.clauses.of[pos];
  for (const k of leftOf(ctx, clauseId, pos)) {
    const u = ctx.units[k];
    if (u.kind === 'entity') return { kind: 'none' };
    // "in (northern) Iraq": compass words sit inside the phrase like determiners.
    if (DETERMINERS.has(u.lower) || /^\d/.test(u.lower) || isCompassWord(u)) continue;
    if (PREPOSITIONS.has(u.lower)) return { kind: 'prep', word: u.lower, at: k };
    if (isContentVerb(ctx.units, k)) return { kind: 'verb', word: u.lower, at: k };
    return { kind: 'none' };
  }
  return { kind: 'none' };
}

/** "U.S. troops", "CIA officers": an entity used as a modifier of a following common noun. */
export function isModifier(ctx: ArgumentContext, pos: number): boolean {
  return modifierHead(ctx, pos) !== undefined;
}

/** The common noun an entity modifies ("military action" for "U.S. military action"), if it is a modifier. */
export function modifierHead(ctx: ArgumentContext, pos: number): string | undefined {
  // "its officials": a possessive pronoun is a determiner (isPossessorOnly decides), never a modifier.
  if (isPossessivePronoun(ctx.units[pos])) return undefined;
  let first = pos + 1;
  // "the Al Bu Nimr tribe", "Anbar province": the name with its own kind noun is the thing itself;
  // "the ISIS group leaders": the kind noun is part of the modifier, the head comes after it.
  if (ownKindNounAt(ctx.units, pos)) return undefined;
  if (isKindNounOf(ctx.units, pos)) first = pos + 2;
  let head: string | undefined;
  for (let k = first; k <= first + 2; k++) {
    const next = ctx.units[k];
    if (!next || next.kind !== 'word') break;
    const l = next.lower;
    // "Boeing 707": a model number makes the name a modifier too; so does a currency ("US$1 million").
    if (k === pos + 1 && /^\d+$/.test(l) && !isPunctuation(ctx.units[k + 1])) return l;
    if (k === pos + 1 && /^[$€£¥]$/.test(l)) return l;
    // "US Senator Elizabeth Dole", "America First": a capitalised word after the name continues a longer name.
    if (
      k === pos + 1 &&
      /^\p{Lu}\p{Ll}/u.test(next.text) &&
      !isTitleCase(ctx.units) &&
      !isVerbLike(ctx.units, k)
    )
      return l;
    if (!/^[a-z][a-z-]*$/.test(l) || !/^[a-z]/.test(next.text)) break;
    if (PREPOSITIONS.has(l) || DETERMINERS.has(l) || COORDINATORS.has(l) || TIME_WORDS.has(l)) break;
    if (FUNCTION_WORDS.has(l) || l.endsWith('ly')) break;
    // Past tenses of verbs the lexicon does not list ("Geneva ended") are predicates, not nouns.
    if (isVerbLike(ctx.units, k) || /[^e]ed$/.test(l)) break;
    head = l;
    if (!MODIFIER_ADJECTIVES.has(l)) break;
  }
  return head;
}

/** Whether the word after the entity at `pos` is a noun of its kind ("ISIS group", "Anbar province"). */
function isKindNounOf(units: readonly Unit[], pos: number): boolean {
  const next = units[pos + 1];
  if (!next || next.kind !== 'word') return false;
  const type = units[pos].type;
  return (
    (type === 'place' && PLACE_KIND_NOUNS.has(next.lower)) ||
    (type === 'organization' && GROUP_KIND_NOUNS.has(next.lower))
  );
}

/**
 * A modifier entity that still names the actor: its staff ("Pentagon officials", not "former ...") or
 * its action ("U.S. military action", "U.S. strikes"). Countries' people ("U.S. officials") stay
 * anonymous (docs/annotation-guidelines.md).
 */
export function actsThroughHead(ctx: ArgumentContext, pos: number): boolean {
  const head = modifierHead(ctx, pos);
  if (!head) return false;
  if (ACTION_HEADS.has(head)) return true;
  const u = ctx.units[pos];
  return STAFF_HEADS.has(head) && u.type === 'organization' && !isWord(ctx.units[pos - 1], 'former', 'ex');
}

/** An entity followed by "'s" names the possessor; it acts itself only through a collective noun. */
export function isPossessorOnly(ctx: ArgumentContext, pos: number): boolean {
  const pronoun = isPossessivePronoun(ctx.units[pos]);
  if (!pronoun && !isWord(ctx.units[pos + 1], "'s")) return false;
  // "Mexico's (current) leadership", "Venezuela's (military) government", "its National Guard".
  const first = pronoun ? pos + 1 : pos + 2;
  if (pronoun && ctx.units[first]?.kind === 'entity') return true;
  for (let k = first; k <= first + 2; k++) {
    const u = ctx.units[k];
    if (!u || u.kind !== 'word') return true;
    if (COLLECTIVE_NOUNS.has(u.lower) || ACTION_HEADS.has(u.lower) || POSSESSED_ACTS.has(u.lower))
      return false;
    if (!/^[a-z-]+$/.test(u.lower)) return true;
  }
  return true;
}

/** A coreference mention written as a possessive pronoun ("its", "his", "their"). */
export function isPossessivePronoun(u: Unit | undefined): boolean {
  return !!u && u.kind === 'entity' && /^(its|his|her|their|our)$/i.test(u.text);
}

/** Nouns for an undertaking: "its efforts to defeat X" is the possessor trying to defeat X. */
const UNDERTAKINGS = new Set([
  ...POSSESSED_ACTS,
  ...`determination resolve commitment strategy mission campaign bid attempt attempts drive push plan plans
   struggle battle`.split(/\s+/),
]);

/** "in its (continued) efforts to defeat ISIL", "the Coalition's strategy to defeat ISIL": the possessor acts. */
function possessesUndertakingOf(ctx: ArgumentContext, pos: number, verb: number): boolean {
  const { units } = ctx;
  const first = isPossessivePronoun(units[pos]) ? pos + 1 : isWord(units[pos + 1], "'s") ? pos + 2 : -1;
  if (first < 0) return false;
  for (let k = first; k <= first + 1; k++) {
    if (units[k]?.kind !== 'word') return false;
    if (UNDERTAKINGS.has(units[k].lower)) return isWord(units[k + 1], 'to') && k + 2 === verb;
  }
  return false;
}

function isSubjectCandidate(ctx: ArgumentContext, pos: number, before: number): boolean {
  if (ctx.units[pos].kind !== 'entity') return false;
  if (possessesUndertakingOf(ctx, pos, before)) return true;
  if (isPossessorOnly(ctx, pos)) return false;
  if (isModifier(ctx, pos) && !actsThroughHead(ctx, pos)) return false;
  const g = governor(ctx, pos);
  // "led to Mexico deploying its troops": the entity right before a gerund is its subject.
  if (g.kind === 'prep' && pos === before - 1 && /ing$/.test(ctx.units[before]?.lower ?? '')) return true;
  // "the city of Mosul was taken": the place named by "the city of" is the subject itself.
  if (g.kind === 'prep' && g.word === 'of' && isPlaceKindOf(ctx, g.at!)) return true;
  return g.kind === 'none';
}

/** "the (ancient) city of", "the town of": a kind-of-place noun after an article, before "of" at `of`. */
function isPlaceKindOf(ctx: ArgumentContext, of: number): boolean {
  const noun = ctx.units[of - 1];
  if (!noun || !PLACE_KIND_NOUNS.has(noun.lower)) return false;
  for (let k = of - 2; k >= Math.max(0, of - 4); k--) {
    const u = ctx.units[k];
    if (isWord(u, 'the')) {
      // "in the city of Mosul" is a place adjunct; "after the city of Mosul was taken" opens a clause.
      const g = governor(ctx, k + 1);
      return g.kind !== 'prep' || TEMPORAL_SUBORDINATORS.has(g.word!);
    }
    if (u.kind !== 'word' || !/^[a-z-]+$/.test(u.text)) return false;
  }
  return false;
}

/**
 * "top aides defy his orders": a finite verb whose nearest word on the left (past auxiliaries and
 * adverbs) is a common noun has that noun phrase as its subject, not an entity further left.
 */
function hasCommonNounSubject(ctx: ArgumentContext, clauseId: number, verb: number): boolean {
  for (const k of leftOf(ctx, clauseId, verb)) {
    const u = ctx.units[k];
    if (u.kind === 'entity') return false;
    const l = u.lower;
    if (AUXILIARIES.has(l) || MODALS.has(l) || NEGATIONS.has(l) || VERB_GROUP_ADVERBS.has(l) || /ly$/.test(l))
      continue;
    if (l === 'to' || COORDINATORS.has(l) || isVerbLike(ctx.units, k) || isPunctuation(u)) return false;
    if (!/^[a-z][a-z-]*$/.test(u.text) || FUNCTION_WORDS.has(l) || DETERMINERS.has(l) || PREPOSITIONS.has(l))
      return false;
    if (SUBJECT_PRONOUNS.has(l) || l === 'who' || l === 'which' || l === 'that') return false;
    // A noun heading a modifier entity that acts ("Pentagon officials") is that entity's subject.
    const modifier = ctx.units[k - 1];
    if (modifier?.kind === 'entity' && actsThroughHead(ctx, k - 1)) return false;
    if (
      ctx.units[k - 2]?.kind === 'entity' &&
      MODIFIER_ADJECTIVES.has(ctx.units[k - 1]?.lower) &&
      actsThroughHead(ctx, k - 2)
    )
      return false;
    return true;
  }
  return false;
}

/** Whether unit `k` sits between an opening and a closing quotation mark of its sentence. */
function insideQuotes(ctx: ArgumentContext, k: number): boolean {
  let open = false;
  for (let j = 0; j < k; j++) {
    const u = ctx.units[j];
    if (u.kind !== 'word') continue;
    if (u.lower === '“' || u.lower === '«') open = true;
    else if (u.lower === '”' || u.lower === '»') open = false;
    else if (u.lower === '"') open = !open;
  }
  return open;
}

/** Verbs whose object is the subject of the infinitive after it ("urged X to", "asked X to"). */
const OBJECT_CONTROL =
  /^(urge|urges|urged|urging|ask|asks|asked|asking|tell|tells|told|telling|order|orders|ordered|ordering|force|forces|forced|forcing|allow|allows|allowed|allowing|encourage|encourages|encouraged|encouraging|persuade|persuades|persuaded|press|presses|pressed|pressing|pressure|pressured|pressuring|invite|invites|invited|inviting|call|calls|called|warn|warns|warned|warning)$/;

/** The entity right before "to <verb>" when an object-control verb governs it. */
function objectController(ctx: ArgumentContext, verb: number): number | undefined {
  if (!isWord(ctx.units[verb - 1], 'to')) return undefined;
  const k = verb - 2;
  const u = ctx.units[k];
  if (!u || u.kind !== 'entity') return undefined;
  let j = k - 1;
  while (ctx.units[j] && DETERMINERS.has(ctx.units[j].lower)) j--;
  if (isWord(ctx.units[j], 'on') && /^call/.test(ctx.units[j - 1]?.lower ?? '')) j--;
  const v = ctx.units[j];
  return v && v.kind === 'word' && OBJECT_CONTROL.test(v.lower) ? k : undefined;
}

/** An unresolved subject pronoun: the subject is someone the entity stage did not resolve. */
function isSubjectPronoun(ctx: ArgumentContext, pos: number): boolean {
  const u = ctx.units[pos];
  return u.kind === 'word' && SUBJECT_PRONOUNS.has(u.lower) && governor(ctx, pos).kind === 'none';
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Subject entities of the predicate at `index` (a verb, or a light verb governing a noun trigger). */
export function subjectOf(ctx: ArgumentContext, index: number): number[] {
  return subjectIn(ctx, ctx.clauses.of[index], index, 0);
}

function subjectIn(ctx: ArgumentContext, clauseId: number, before: number, depth: number): number[] {
  const clause = ctx.clauses.list[clauseId];
  // "urged Moscow to bring ...": after an object-control verb, its object does what the infinitive says.
  const controller = objectController(ctx, before);
  if (controller !== undefined) return coordinated(ctx, controller, -1);
  if (depth === 0 && hasCommonNounSubject(ctx, clauseId, before)) return [];
  for (const k of leftOf(ctx, clauseId, before)) {
    if (isSubjectCandidate(ctx, k, before)) return coordinated(ctx, k, -1);
    if (isSubjectPronoun(ctx, k)) return [];
  }
  if (depth > 3) return [];
  if (clause.kind === 'relative' && clause.antecedent !== undefined)
    return coordinated(ctx, clause.antecedent, -1);
  // Participial, coordinated and parenthetical clauses share the subject of the clause they hang on.
  if (clause.subjectFrom !== undefined) {
    // The subject of the clause this one hangs on: that of its last predicate before this clause (outside
    // quotations: "adding, “I doubt it,” while criticizing ..."), else of its first one.
    const from = ctx.clauses.list[clause.subjectFrom];
    const verbs = from.units.filter(
      (k) => k < clause.units[0] && isVerbLike(ctx.units, k) && !insideQuotes(ctx, k),
    );
    for (const verb of verbs.length > 1 ? [verbs[verbs.length - 1], verbs[0]] : verbs) {
      const found = subjectIn(ctx, clause.subjectFrom, verb, depth + 1);
      if (found.length) return found;
    }
    if (verbs.length === 0) return subjectIn(ctx, clause.subjectFrom, clause.units[0], depth + 1);
  }
  return [];
}

/**
 * Object entities of the trigger ending at `index`: the first entity to its right reached directly
 * (when `direct`) or through one of `preps`, before any other predicate starts.
 */
export function objectOf(
  ctx: ArgumentContext,
  index: number,
  preps: ReadonlySet<string>,
  direct: boolean,
  possessorObjects = false,
): number[] {
  const clauseId = ctx.clauses.of[index];
  let crossedPreposition = false;
  for (const k of rightOf(ctx, clauseId, index)) {
    if (k - index > OBJECT_WINDOW) break;
    const u = ctx.units[k];
    // "killed 70 members of the tribe", "one of the groups": a partitive "of" keeps the object direct.
    const partitive = isWord(u, 'of') && isPartitive(ctx.units[k - 1]);
    // "joined US Secretary of State John Kerry": the "of" of a person's own title is no preposition.
    if (
      u.kind === 'word' &&
      PREPOSITIONS.has(u.lower) &&
      !preps.has(u.lower) &&
      !partitive &&
      !isTitleOfNext(ctx, k)
    )
      crossedPreposition = true;
    if (u.kind === 'entity') {
      const g = governor(ctx, k);
      const viaPartitive = g.kind === 'prep' && g.word === 'of' && isPartitive(ctx.units[g.at! - 1]);
      if (g.kind === 'prep' && g.at! > index && !viaPartitive) {
        if (preps.has(g.word!) && isObjectEntity(ctx, k, true)) return coordinated(ctx, k, 1);
        // "supported the re-taking by Iraqi forces", "condemned the attack by ISIL": judging an act
        // judges its author.
        if (possessorObjects && g.word === 'by' && isActBefore(ctx, index, g.at!))
          return coordinated(ctx, k, 1);
        continue;
      }
      // "met the Iraqi Foreign Minister, Ibrahim al-Jaafari": a role described, then named.
      if (isRoleApposition(ctx, index, k)) return [k];
      if (!isObjectEntity(ctx, k, false)) continue;
      // "condemned ISIL's treatment of ...": an evaluation of someone's act targets them.
      if (isPossessorOnly(ctx, k) && !(possessorObjects && possessedIsAct(ctx, k))) continue;
      // "authorized a series of actions the administration ...": past a preposition, no direct object.
      if (direct && !crossedPreposition && (g.kind === 'none' || g.at! <= index || viaPartitive))
        return coordinated(ctx, k, 1);
      continue;
    }
    if (isWord(u, 'that', 'because', 'while', 'if', 'unless', 'although', 'whether', 'when')) break;
    if (isWord(u, ';', ':', '.', '?', '!')) break;
    // "to degrade and defeat ISIL": coordinated verbs share their object; "the re-taking" is a noun.
    if (
      isContentVerb(ctx.units, k) &&
      !(k === index + 2 && isWord(ctx.units[index + 1], 'and', 'or')) &&
      !isNominalGerund(ctx.units, k)
    ) {
      // "addressing root causes of ...": after a noun-like word, a word that is only usually a verb is a noun.
      const prev = ctx.units[k - 1];
      const nounLike =
        prev.kind === 'word' &&
        /^[a-z-]+$/.test(prev.text) &&
        !FUNCTION_WORDS.has(prev.lower) &&
        k - 1 >= index;
      if (!(isCorpusOnlyVerb(ctx.units, k) && nounLike)) break;
    }
  }
  // The apposition may close a subordinate clause: "after X rejected Maliki's first choice, Mohan ...".
  if (!direct) return [];
  for (let k = index + 1; k < ctx.units.length && k - index <= OBJECT_WINDOW; k++) {
    if (isWord(ctx.units[k], ',')) {
      const person = k + 1 < ctx.units.length && ctx.units[k + 1].kind === 'entity' ? k + 1 : -1;
      return person >= 0 && isRoleApposition(ctx, index, person) ? [person] : [];
    }
  }
  return [];
}

/** Nouns for a role a person is then named in: "the Iraqi Foreign Minister, Ibrahim al-Jaafari". */
const ROLE_NOUNS = new Set(
  `president minister secretary leader chief head commander director spokesman spokeswoman spokesperson
   ambassador envoy counterpart successor predecessor deputy choice candidate nominee chairman governor mayor
   king queen prince emir general officer official adviser advisor founder`.split(/\s+/),
);

/**
 * Whether the person at `k` names the role noun phrase written between the trigger (ending at `index`) and
 * a comma: "met the Iraqi Foreign Minister, Ibrahim al-Jaafari", "rejected Maliki's first choice, Mohan
 * al-Freiji", "met with the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim Al-Ja'afari".
 */
function isRoleApposition(ctx: ArgumentContext, index: number, k: number): boolean {
  const { units } = ctx;
  if (units[k].type !== 'person') return false;
  let comma = k - 1;
  // Honorifics written before the name ("HE Dr", "Sheikh"): capitalised words, at most two.
  while (
    comma > index &&
    k - comma <= 2 &&
    units[comma].kind === 'word' &&
    /^\p{Lu}/u.test(units[comma].text)
  )
    comma--;
  if (!isWord(units[comma], ',') || comma - index > OBJECT_WINDOW) return false;
  let role = false;
  for (let j = index + 1; j < comma; j++) {
    const u = units[j];
    if (u.kind === 'word' && (isPunctuation(u) || isContentVerb(units, j))) return false;
    if (u.kind === 'word' && ROLE_NOUNS.has(u.lower)) role = true;
  }
  return role;
}

const PARTITIVES = new Set(
  `members member dozens hundreds thousands millions scores some many most all several few one two three four
   five part parts rest majority number numbers each any none`.split(/\s+/),
);

function isPartitive(u: Unit | undefined): boolean {
  return !!u && u.kind === 'word' && (PARTITIVES.has(u.lower) || /^\d/.test(u.lower));
}

/**
 * Whether the words between the trigger ending at `index` and "by" at `by` are a definite noun phrase
 * naming an act: "the re-taking", "the latest attack", "the decision".
 */
function isActBefore(ctx: ArgumentContext, index: number, by: number): boolean {
  const { units } = ctx;
  if (!isWord(units[index + 1], 'the', 'this', 'these', 'that', 'a', 'an')) return false;
  if (by - index < 3 || by - index > 6) return false;
  for (let k = index + 2; k < by; k++) {
    const u = units[k];
    if (isInnerHyphen(units, k)) continue;
    if (u.kind !== 'word' || !/^[a-z-]+$/.test(u.text) || PREPOSITIONS.has(u.lower)) return false;
    if (PEOPLE_HEADS.has(u.lower) || PLACE_HEADS.has(u.lower)) return false;
  }
  return true;
}

/** "ISIL's treatment", "the board's summary": the possessed noun is something the possessor did or made. */
function possessedIsAct(ctx: ArgumentContext, pos: number): boolean {
  const first = isPossessivePronoun(ctx.units[pos]) ? pos + 1 : pos + 2;
  for (let k = first; k <= first + 2; k++) {
    const u = ctx.units[k];
    if (!u || u.kind !== 'word' || !/^[a-z-]+$/.test(u.text)) return false;
    if (PEOPLE_HEADS.has(u.lower) || PLACE_HEADS.has(u.lower)) return false;
    const next = ctx.units[k + 1];
    if (!next || next.kind !== 'word' || !/^[a-z-]+$/.test(next.text) || PREPOSITIONS.has(next.lower))
      return true;
  }
  return true;
}

/** Nouns for places and people a possessive names ("America's southern neighbor"): not acts. */
const PLACE_HEADS = new Set([
  'neighbor',
  'neighbour',
  'neighbors',
  'neighbours',
  'capital',
  'border',
  'territory',
  'soil',
  'coast',
  'ally',
  'allies',
  'president',
  'leader',
  'people',
  'citizens',
  // People chosen for a role: "rejected Maliki's first choice, Mohan al-Freiji" rejects the person.
  'choice',
  'candidate',
  'nominee',
  'successor',
  'predecessor',
  'deputy',
  'counterpart',
  // People close to the possessor: "endorsed his former rival, Joe Biden" endorses the rival.
  ...`rival rivals opponent opponents challenger ally allies wife husband son daughter father mother brother
   sister family colleague colleagues friend friends aide aides adviser advisers advisor lawyer lawyers
   spokesman spokeswoman spokesperson supporters followers mate`.split(/\s+/),
]);

/**
 * Whether an entity may be an object: not a bare modifier of people ("U.S. officials"), but "against U.S.
 * interests" (after a preposition) or "U.S. military action" (an action noun) name the entity itself.
 */
export function isObjectEntity(ctx: ArgumentContext, pos: number, afterPreposition: boolean): boolean {
  const head = modifierHead(ctx, pos);
  if (!head) return true;
  if (actsThroughHead(ctx, pos)) return true;
  return afterPreposition && !PEOPLE_HEADS.has(head);
}

/** Groups of people: a country before them does not make the country the object ("U.S. citizens"). */
const PEOPLE_HEADS = new Set(
  `neighbor neighbour officials official people citizens residents leaders lawmakers policymakers voters communities troops
   soldiers forces personnel officers agents diplomats workers families migrants nationals companies firms
   military army navy`.split(/\s+/),
);

/** The agent of a passive ("criticized by X"): the entity after "by", within a few units. */
export function byAgent(ctx: ArgumentContext, index: number): number[] {
  const clauseId = ctx.clauses.of[index];
  const right = [...rightOf(ctx, clauseId, index)].slice(0, 14);
  let reach = 6;
  for (let n = 0; n < right.length && right[n] - index <= reach; n++) {
    const k = right[n];
    if (!isWord(ctx.units[k], 'by')) {
      // "in a cross-border raid": a hyphen inside a compound word is no punctuation.
      if (isInnerHyphen(ctx.units, k)) {
        reach += 2;
        continue;
      }
      // "killed in a raid conducted by X": the participle describing the event names its agent.
      if (isWord(ctx.units[k + 1], 'by') && /ed$/.test(ctx.units[k].lower) && isEventNounBefore(ctx, k)) {
        reach += 2;
        continue;
      }
      if (isContentVerb(ctx.units, k) || isPunctuation(ctx.units[k])) return [];
      continue;
    }
    for (const j of right.slice(n + 1, n + 6)) {
      const u = ctx.units[j];
      if (u.kind === 'entity')
        return isModifier(ctx, j) && !actsThroughHead(ctx, j) ? [] : coordinated(ctx, j, 1);
      // "led by Prime Minister Haider al-Abadi": the person's own title sits between; "captured by
      // Jordanian 71st Counter Terrorism Battalion": a nationality and an ordinal before a unit's name.
      if (!DETERMINERS.has(u.lower) && !isTitleOfNext(ctx, j) && !UNIT_PREFIX.test(u.text)) return [];
    }
    return [];
  }
  return [];
}

/** A gerund after an article is a noun: "the taking", "the re-taking", "the killing". */
function isNominalGerund(units: readonly Unit[], k: number): boolean {
  if (!/ing$/.test(units[k].lower)) return false;
  const before = isInnerHyphen(units, k - 1) ? k - 3 : k - 1;
  return isWord(units[before], 'the', 'a', 'an', 'this', 'its', 'their', 'his', 'her');
}

/** A hyphen written between two words with no space: "cross-border", "re-taking". */
export function isInnerHyphen(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  const before = units[k - 1];
  const after = units[k + 1];
  return (
    !!u &&
    u.kind === 'word' &&
    /^[-‐‑]$/.test(u.text) &&
    !!before &&
    !!after &&
    before.end === u.start &&
    after.start === u.end
  );
}

/** Nouns for an event a passive's agent may be named through ("killed in a raid conducted by X"). */
const AGENT_EVENT_NOUNS = new Set(
  `raid raids strike strikes airstrike airstrikes attack attacks operation operations bombing bombings ambush
   assault offensive crackdown shooting explosion blast report investigation`.split(/\s+/),
);

function isEventNounBefore(ctx: ArgumentContext, k: number): boolean {
  return AGENT_EVENT_NOUNS.has(ctx.units[k - 1]?.lower ?? '');
}

/** Ordinals and nationality adjectives written before a unit's name: "71st", "Jordanian". */
const UNIT_PREFIX = /^(?:\d+(?:st|nd|rd|th)|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i))$/u;

/** Whether word `j` belongs to the title written before the next entity's person mention. */
function isTitleOfNext(ctx: ArgumentContext, j: number): boolean {
  for (let k = j + 1; k < ctx.units.length && k <= j + 4; k++) {
    const u = ctx.units[k];
    if (u.kind !== 'entity') continue;
    const title = u.mention?.title;
    return !!title && ctx.units[j].start >= title.start && ctx.units[j].end <= title.end;
  }
  return false;
}

/** Whether the trigger form at `index` is used passively: "was criticized", "has been targeted", "backed by". */
export function isPassiveUse(ctx: ArgumentContext, index: number, participle: boolean): boolean {
  if (!participle) return false;
  if (isWord(ctx.units[index + 1], 'by')) return true;
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    const u = ctx.units[k];
    if (u.kind !== 'word') return false;
    if (BE_FORMS.has(u.lower) || isWord(u, 'get', 'got', 'gets', 'getting')) return true;
    // "was targeted and killed": a participle coordinated with a passive one is passive too.
    if (isWord(u, 'and', 'or') && k === index - 1 && /(ed|en)$/.test(ctx.units[k - 1]?.lower ?? ''))
      return isPassiveUse(ctx, k - 1, true);
    if (!VERB_GROUP_ADVERBS.has(u.lower) && !NEGATIONS.has(u.lower) && !MODALS.has(u.lower)) return false;
  }
  return false;
}

/**
 * The entity at `pos` plus those coordinated with it in `direction` (-1 left, +1 right):
 * "X and Y", "X, Y and Z", "X as well as Y". Only separators of a real list count: "X, Y" alone is not one.
 */
export function coordinated(ctx: ArgumentContext, pos: number, direction: 1 | -1): number[] {
  const out = [pos];
  let k = pos + direction;
  while (out.length < MAX_COORDINATED) {
    let sawSeparator = false;
    while (ctx.clauses.listSeparators.has(k)) {
      sawSeparator = true;
      k += direction;
    }
    const asWellAs = direction === 1 ? [k, k + 1, k + 2] : [k - 2, k - 1, k];
    if (!sawSeparator && asWellAs.every((j, n) => isWord(ctx.units[j], ['as', 'well', 'as'][n]))) {
      sawSeparator = true;
      k += 3 * direction;
    }
    const u = ctx.units[k];
    if (!sawSeparator || !u || u.kind !== 'entity') break;
    if (ctx.clauses.of[k] !== ctx.clauses.of[pos]) break;
    out.push(k);
    k += direction;
  }
  return out;
}
