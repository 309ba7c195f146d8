/**
 * Eventive phrases of one sentence: a head (an eventive noun, or the gerund / infinitive of an eventive
 * verb: "bombing ships in the Caribbean", "to send troops to Mexico"), its modifiers, and its key
 * argument: where it happens (a place entity, or a demonym + "soil"/"territory") or whom it targets.
 * Finite verbs are left to the relation stage: they state relations, not event names.
 */
import { getLexicon } from '../mentions/lexicon';
import { isInnerHyphen, isModifier, subjectOf, type ArgumentContext } from '../relations/arguments';
import type { CorpusKnowledge } from '../relations/knowledge';
import { isVerbLike, isWord, readsAsNoun } from '../relations/reading';
import { COORDINATORS, DETERMINERS, PREPOSITIONS, VERB_GROUP_ADVERBS } from '../relations/vocabulary';
import type { EntityType } from '../types';
import {
  EVENT_NOUNS,
  EVENT_VERBS,
  FAMILIES,
  FORCE_NOUNS,
  PLACE_NOUNS,
  PLACE_PREPS,
  PLANNED_MODIFIERS,
  TARGET_PREPS,
  VAGUE_MODIFIERS,
  type EventFamily,
} from './lexicon';

/** Particles of phrasal verbs ("carried out strikes"): not modifiers of the noun after them. */
const PARTICLES = new Set(['out', 'up', 'down', 'back', 'away', 'off', 'over', 'on']);

const TIME_NOUNS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow|recent|past|future|time|night|morning|evening|week|weeks|month|months|year|years|decade|decades)$/;

/** Words that make a noun phrase refer to something already known. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/** How far (units) after its head an event's argument may be. */
const ARGUMENT_WINDOW = 9;

export interface EventPhrase {
  family: EventFamily;
  /** Unit index of the head word. */
  head: number;
  /** First and last unit of the phrase's name span (modifiers + head), no entity inside. */
  spanStart: number;
  spanEnd: number;
  /** The phrase as written up to its argument ("bombing ships in the Caribbean"). */
  text: string;
  /**
   * Key argument: an entity id, and the words that named it. `left`: written before the head ("Kabul car
   * bombing", "the Belarusian presidential election"), so the phrase itself names the event.
   */
  key?: {
    id: string;
    type: EntityType;
    /** `agent`: who issues a policy known by them alone ("United States sanctions"). */
    role: 'place' | 'target' | 'agent';
    prep: string;
    surface: string;
    left?: boolean;
  };
  /** Other arguments: the target of a strike that has a place key, for `targets` links. */
  target?: { id: string; unit: number | undefined };
  /** Unit indices of the agent ("U.S. strikes", "Trump's proposal", the subject of "bombing"). */
  agents: number[];
  /** Whether the phrase was a verb (gerund / infinitive). */
  verbal: boolean;
  /** Determiner or possessive before it: a definite description may refer back to an earlier event. */
  definite: boolean;
  /** It has its own place or target ("operations in other hot spots"), even if not an entity: not anaphoric. */
  hasArgument: boolean;
  /** Modified by "planned", "proposed", "potential"...: refers to an intended event. */
  intended: boolean;
  /** The head word, lower case. */
  headWord: string;
  /**
   * Content words before the head that say which one it is ("measles" in "the measles outbreak",
   * "two-day" in "a two-day shutdown"): empty when only vague words or none. Descriptive families need it.
   */
  content: string;
}

export function eventPhrases(ctx: ArgumentContext, knowledge: CorpusKnowledge): EventPhrase[] {
  const out: EventPhrase[] = [];
  const { units } = ctx;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'word') continue;
    const nounFamily = EVENT_NOUNS.get(u.lower);
    const verbFamily = EVENT_VERBS.get(u.lower);
    if (verbFamily && isNonFinite(ctx, i) && !(nounFamily && readsAsNoun(units, i))) {
      const phrase = verbalPhrase(ctx, i, verbFamily, knowledge);
      if (phrase) out.push(phrase);
    } else if (
      nounFamily &&
      (readsAsNoun(units, i) ||
        !isVerbLike(units, i) ||
        (FAMILIES[nounFamily].descriptive && afterModifier(ctx, i)))
    ) {
      if (FAMILIES[nounFamily].descriptive && !isDescriptiveHead(ctx, i)) continue;
      // "presidential campaigns", "competing bills": a plural of a singular-thing family is generic.
      if (SINGULAR_FAMILIES.has(nounFamily) && isPluralOf(units[i].lower)) continue;
      // "a strike campaign", "the bombing campaign": the campaign is the strikes themselves.
      if (nounFamily === 'campaign' && EVENT_NOUNS.has(units[i - 1]?.lower ?? '')) continue;
      out.push(nominalPhrase(ctx, i, nounFamily, knowledge));
    }
  }
  return out;
}

/**
 * A head of a descriptive family: written in lower case ("Bill Clinton" is a name), not the modifier of a
 * further noun ("law enforcement", "trial run"), and "emergency" only in "state of emergency".
 */
function isDescriptiveHead(ctx: ArgumentContext, i: number): boolean {
  const { units } = ctx;
  const u = units[i];
  if (u.text !== u.lower) return false;
  // "the electricity bill": an invoice, not a draft law.
  if (u.lower === 'bill' && INVOICE_WORDS.has(units[i - 1]?.lower ?? '')) return false;
  if (u.lower === 'emergency')
    return isWord(units[i - 1], 'of') && isWord(units[i - 2], 'state') && !isWord(units[i + 1], 'services');
  const next = units[i + 1];
  if (
    next &&
    next.kind === 'word' &&
    /^[a-z]+$/.test(next.text) &&
    !isFunctionWord(next.lower) &&
    !isVerbLike(units, i + 1)
  )
    return false;
  return true;
}

const INVOICE_WORDS = new Set(
  'rate electricity power water phone gas utility medical hospital grocery energy heating fuel restaurant'.split(
    ' ',
  ),
);

function isFunctionWord(w: string): boolean {
  return (
    PREPOSITIONS.has(w) ||
    DETERMINERS.has(w) ||
    COORDINATORS.has(w) ||
    VERB_GROUP_ADVERBS.has(w) ||
    /^(that|which|who|whose|was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|as|than|to|itself|themselves|alone)$/.test(
      w,
    )
  );
}

/** "the vaccination drive", "a trade ban": after an article or a lower-case noun, a verb form is a noun. */
function afterModifier(ctx: ArgumentContext, i: number): boolean {
  const prev = ctx.units[i - 1];
  if (!prev || prev.kind !== 'word') return false;
  if (DETERMINERS.has(prev.lower)) return true;
  return /^[a-z]+$/.test(prev.text) && !isFunctionWord(prev.lower) && !isVerbLike(ctx.units, i - 1);
}

/** Families of single things (one law, one ban, one campaign): their plurals are generic. */
const SINGULAR_FAMILIES = new Set<EventFamily>([
  'campaign',
  'legislation',
  'ban',
  'agreement',
  'trial',
  'shutdown',
  'outbreak',
]);

function isPluralOf(word: string): boolean {
  return /[^s]s$/.test(word) && FAMILIES_BY_SINGULAR.has(word.slice(0, -1));
}

const FAMILIES_BY_SINGULAR = new Set(Object.values(FAMILIES).flatMap((f) => f.nouns));

/** A gerund ("bombing ships") or an infinitive ("to send troops"), not a finite verb. */
function isNonFinite(ctx: ArgumentContext, i: number): boolean {
  const u = ctx.units[i];
  if (/ing$/.test(u.lower)) return true;
  const prev = ctx.units[i - 1];
  // "to send troops", and the bare verb after a modal ("Trump May Deploy Troops To Mexico").
  return isWord(prev, 'to', 'may', 'might', 'could', 'would', 'will', 'should') && !/(ed|s)$/.test(u.lower);
}

function nominalPhrase(
  ctx: ArgumentContext,
  i: number,
  family: EventFamily,
  knowledge: CorpusKnowledge,
): EventPhrase {
  const { units } = ctx;
  const info = FAMILIES[family];
  // Modifiers to the left: lower-case words ("planned", "drone", "military"), not entities or determiners.
  let start = i;
  // "state of emergency": the head is the whole phrase.
  if (family === 'emergency') start = i - 2;
  while (start > 0 && start > i - (info.descriptive ? 5 : 3)) {
    const w = units[start - 1];
    // "a two-day shutdown", "pre-dawn raid": a hyphenated modifier, whatever its first part.
    if (isInnerHyphen(units, start - 1) && /^[a-z0-9]+$/i.test(units[start - 2]?.text ?? '')) {
      start -= 2;
      continue;
    }
    // "the Sunday trade ban": a day or month names which one.
    if (info.descriptive && w.kind === 'word' && CALENDAR.test(w.lower) && /^\p{Lu}/u.test(w.text)) {
      start--;
      continue;
    }
    if (
      w.kind !== 'word' ||
      !/^[a-z][a-z-]*$/.test(w.lower) ||
      DETERMINERS.has(w.lower) ||
      PREPOSITIONS.has(w.lower)
    )
      break;
    if (
      COORDINATORS.has(w.lower) ||
      PARTICLES.has(w.lower) ||
      /ly$/.test(w.lower) ||
      VERB_GROUP_ADVERBS.has(w.lower) ||
      isFunctionWord(w.lower)
    )
      break;
    if (isVerbLike(units, start - 1) && !PLANNED_MODIFIERS.has(w.lower)) break;
    start--;
  }
  const before = units[start - 1];
  // "the strikes", "its mission", "Trump's proposal" refer to a known event; "U.S. strikes" need not.
  const definite = !!before && (DEFINITE.has(before.lower) || before.lower === "'s");
  const agents: number[] = [];
  const after = argumentsAfter(ctx, i, family, knowledge);
  const { target, end } = after;
  let { key, hasArgument } = after;
  // A name or nationality before the phrase: where it happens ("Kabul car bombing", "the Belarusian
  // presidential election") or who acts ("U.S. strikes", "German ban", "Trump's proposal").
  const left = leftArgument(ctx, start, family, knowledge);
  if (left?.place && !key) {
    key = left.place;
    hasArgument = true;
  } else if (left?.agent !== undefined) {
    agents.push(left.agent);
    // "United States sanctions", "Germany's ban": a policy known by who issues it.
    const issuer = units[left.agent];
    if (FAMILIES[family].type === 'policy' && !key && !target && issuer.entity) {
      key = {
        id: issuer.entity,
        type: issuer.type!,
        role: 'agent',
        prep: '',
        surface: issuer.text,
        left: true,
      };
      hasArgument = true;
    }
  }
  if (isWord(units[i + 1], 'by') && units[i + 2]?.kind === 'entity') agents.push(i + 2);
  const textStart = key?.left ? left!.at : start;
  return {
    family,
    head: i,
    spanStart: start,
    spanEnd: i,
    text: textOf(ctx, textStart, key?.left ? i : end),
    key,
    target,
    agents,
    verbal: false,
    definite,
    hasArgument,
    intended: units.slice(start, i).some((w) => PLANNED_MODIFIERS.has(w.lower)),
    headWord: units[i].lower,
    content: contentWords(ctx, start, i),
  };
}

/** Families whose place written before them is where they happen, not who does them. */
const LEFT_PLACE_FAMILIES = new Set<EventFamily>([
  'protest',
  'outbreak',
  'shutdown',
  'emergency',
  'election',
]);
/** Families where a city or region (not a country, which acts) written before them is where they happen. */
const LEFT_LOCAL_FAMILIES = new Set<EventFamily>(['strike', 'deployment', 'campaign', 'meeting', 'trial']);

/**
 * The entity or nationality just before a phrase starting at `start` (past a possessive "'s"): a place
 * key for families that happen somewhere, else an agent. A country acts ("U.S. strikes", "German
 * sanctions"); a city or region is where a strike happens ("the Kabul car bombing").
 */
function leftArgument(
  ctx: ArgumentContext,
  start: number,
  family: EventFamily,
  knowledge: CorpusKnowledge,
): { place?: NonNullable<EventPhrase['key']>; agent?: number; at: number } | undefined {
  const { units } = ctx;
  let at = start - 1;
  const possessive = isWord(units[at], "'s");
  if (possessive) at--;
  const u = units[at];
  if (!u) return undefined;
  const policy = FAMILIES[family].type === 'policy';
  if (u.kind === 'entity') {
    if (u.type === 'event' || u.type === 'policy') return undefined;
    const country = u.mention?.lexicon
      ? getLexicon().entities.get(u.mention.lexicon)?.kind === 'country'
      : false;
    const placeKey =
      u.type === 'place' &&
      !possessive &&
      !policy &&
      (LEFT_PLACE_FAMILIES.has(family) || (!country && LEFT_LOCAL_FAMILIES.has(family)));
    if (placeKey)
      return {
        at,
        place: { id: u.entity!, type: 'place', role: 'place', prep: 'in', surface: u.text, left: true },
      };
    return { at, agent: at };
  }
  // "the Belarusian presidential election", "a German ban": a nationality.
  if (u.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(u.text) && !possessive) {
    const country = knowledge.countryOfDemonym(u.text);
    if (!country) return undefined;
    if (LEFT_PLACE_FAMILIES.has(family) && !policy)
      return {
        at,
        place: { id: country, type: 'place', role: 'place', prep: 'in', surface: u.text, left: true },
      };
    return undefined;
  }
  return undefined;
}

/** Content words between `start` and the head `i` (vague ones and determiners left out), as written. */
function contentWords(ctx: ArgumentContext, start: number, i: number): string {
  const words: string[] = [];
  for (let k = start; k < i; k++) {
    const u = ctx.units[k];
    // "two-day": a number joined to a word is content, though "two" alone is a determiner.
    const joined = isInnerHyphen(ctx.units, k + 1) || isInnerHyphen(ctx.units, k);
    if (u.kind !== 'word' || VAGUE_MODIFIERS.has(u.lower) || (DETERMINERS.has(u.lower) && !joined)) continue;
    // Participles ("competing bills", "the proposed ban") qualify; they do not say which one.
    if (/(ing|ed)$/.test(u.lower) && !joined) continue;
    words.push(u.text);
  }
  return words.join(' ').replace(/ - /g, '-');
}

const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

function verbalPhrase(
  ctx: ArgumentContext,
  i: number,
  family: EventFamily,
  knowledge: CorpusKnowledge,
): EventPhrase | undefined {
  const { key, target, end, hasArgument } = argumentsAfter(ctx, i, family, knowledge, true);
  // A deployment needs a force to move ("send troops"), not any object ("send a letter").
  if (family === 'deployment' && !forceBetween(ctx, i, end)) return undefined;
  if (!key && !target) return undefined;
  return {
    family,
    head: i,
    spanStart: i,
    spanEnd: i,
    text: textOf(ctx, i, end),
    key,
    target,
    agents: subjectOf(ctx, i),
    verbal: true,
    definite: false,
    hasArgument,
    intended: false,
    headWord: ctx.units[i].lower,
    content: '',
  };
}

function forceBetween(ctx: ArgumentContext, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    const u = ctx.units[k];
    if (u.kind === 'word' && FORCE_NOUNS.has(u.lower)) return true;
    if (u.kind === 'entity' && u.type === 'organization' && k < to) return true;
  }
  return false;
}

/** Words an argument noun phrase may hold before the next preposition ("troops and drones", "vessels"). */
const MAX_NP_WORDS = 6;

/**
 * Arguments after the head, read as a chain of prepositional phrases (a verbal head may first take its
 * object): "strikes in the Caribbean", "deployment of troops to Mexico", "sending U.S. troops and
 * intelligence officers to Mexico", "onto Mexican soil", "in Caribbean waters". The key is the place for
 * place-keyed families, else the target.
 */
function argumentsAfter(
  ctx: ArgumentContext,
  i: number,
  family: EventFamily,
  knowledge: CorpusKnowledge,
  verbal = false,
): { key?: EventPhrase['key']; target?: EventPhrase['target']; end: number; hasArgument: boolean } {
  const { units } = ctx;
  let hasArgument = false;
  const clause = ctx.clauses.of[i];
  let place: EventPhrase['key'] | undefined;
  let target: EventPhrase['key'] | undefined;
  let targetUnit: number | undefined;
  let end = i;
  let prep: string | undefined = undefined;
  // Words since the last preposition: a verbal head's object may come first, a noun's may not.
  let npWords = verbal ? 0 : MAX_NP_WORDS;
  for (let k = i + 1; k < units.length && k - i <= ARGUMENT_WINDOW; k++) {
    const u = units[k];
    // A parenthetical aside ("American troops — including special forces — onto Mexican soil") is skipped.
    const within = ctx.clauses.of[k];
    if (
      within !== clause &&
      ctx.clauses.list[within]?.kind === 'parenthetical' &&
      ctx.clauses.list[within].parent === clause
    )
      continue;
    if (
      within !== clause ||
      isWord(u, '.', ';', ':', '(', ')', 'that', 'which', 'who', 'while', 'because', 'if')
    )
      break;
    if (u.kind === 'word' && (PLACE_PREPS.has(u.lower) || TARGET_PREPS.has(u.lower))) {
      prep = u.lower;
      npWords = 0;
      // "to an end", "to a halt" say how it ends, "on Friday", "at the time" when: not where or against whom.
      const after = units[k + 1];
      const when =
        !!after && (TIME_NOUNS.test(after.lower) || /^\d/.test(after.lower) || isWord(units[k + 2], 'time'));
      if (
        !when &&
        !isWord(units[k + 2], 'end', 'halt', 'close', 'standstill') &&
        !isWord(after, 'sea', 'home', 'large')
      )
        hasArgument = true;
      continue;
    }
    if (u.kind === 'word') {
      // "strikes demolishing freighters in ...": a participle right after the head takes an object.
      if (k === i + 1 && /ing$/.test(u.lower) && !verbal) {
        verbal = true;
        npWords = 0;
        continue;
      }
      if (isVerbLike(units, k)) break;
      if (prep === undefined && !verbal) break;
      // "onto Mexican soil": the demonym's country is the place.
      if (!place && PLACE_NOUNS.has(u.lower) && prep && PLACE_PREPS.has(prep)) {
        const demonym = units[k - 1];
        const id = demonym?.kind === 'word' ? knowledge.countryOfDemonym(demonym.text) : undefined;
        if (id) {
          place = { id, type: 'place', role: 'place', prep, surface: `${demonym.text} ${u.text}` };
          end = k;
        }
      }
      if (++npWords > MAX_NP_WORDS) break;
      continue;
    }
    if (++npWords > MAX_NP_WORDS) break;
    if (!prep) continue;
    // The argument heads its noun phrase: only determiners between it and the preposition.
    if (!onlyDeterminersBetween(ctx, k)) continue;
    // "in Caribbean waters" names the place; "in U.S.-Latin American relations" does not.
    const placeModifier = isModifier(ctx, k) && !PLACE_NOUNS.has(units[k + 1]?.lower ?? '');
    if (u.type === 'place' && PLACE_PREPS.has(prep) && !place && !placeModifier) {
      place = { id: u.entity!, type: 'place', role: 'place', prep, surface: withArticle(ctx, k) };
      end = k;
    } else if (TARGET_PREPS.has(prep) && !target && u.type !== 'event' && !isModifier(ctx, k)) {
      target = { id: u.entity!, type: u.type!, role: 'target', prep, surface: withArticle(ctx, k) };
      targetUnit = k;
      end = Math.max(end, k);
    }
  }
  const primary = FAMILIES[family].key === 'place' ? (place ?? target) : (target ?? place);
  let secondary: EventPhrase['target'] =
    primary === place && target ? { id: target.id, unit: targetUnit } : undefined;
  if (!secondary && primary === place) secondary = purposeTarget(ctx, end);
  return { key: primary, target: secondary, end, hasArgument };
}

const PURPOSE_VERBS = new Set([
  'target',
  'strike',
  'attack',
  'combat',
  'fight',
  'hit',
  'bomb',
  'disrupt',
  'dismantle',
  'destroy',
  'stop',
  'confront',
]);

/** "... to Mexico to (help) target drug cartels": what the event is aimed at. */
function purposeTarget(ctx: ArgumentContext, from: number): EventPhrase['target'] {
  const { units } = ctx;
  const clause = ctx.clauses.of[from];
  for (let k = from + 1; k < units.length && k - from <= 4; k++) {
    if (ctx.clauses.of[k] !== clause) return undefined;
    if (!isWord(units[k], 'to')) continue;
    let v = k + 1;
    if (isWord(units[v], 'help')) v++;
    if (!PURPOSE_VERBS.has(units[v]?.lower ?? '')) return undefined;
    for (let j = v + 1; j < units.length && j <= v + 3; j++) {
      const u = units[j];
      if (u.kind === 'entity')
        return u.type === 'place' || u.type === 'event' ? undefined : { id: u.entity!, unit: j };
      if (!DETERMINERS.has(u.lower) && !/^[a-z-]+$/.test(u.text)) return undefined;
    }
    return undefined;
  }
  return undefined;
}

function onlyDeterminersBetween(ctx: ArgumentContext, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const w = ctx.units[j];
    if (w.kind === 'word' && (PLACE_PREPS.has(w.lower) || TARGET_PREPS.has(w.lower))) return true;
    if (w.kind !== 'word' || !DETERMINERS.has(w.lower)) return false;
  }
  return false;
}

/** "the Caribbean" keeps its article in a label; "Mexico" has none. */
function withArticle(ctx: ArgumentContext, k: number): string {
  const prev = ctx.units[k - 1];
  return isWord(prev, 'the') ? `${prev.text.toLowerCase()} ${ctx.units[k].text}` : ctx.units[k].text;
}

function textOf(ctx: ArgumentContext, from: number, to: number): string {
  const { units } = ctx;
  let out = '';
  for (let k = from; k <= to; k++) {
    const u = units[k];
    if (k > from && u.start > units[k - 1].end) out += ' ';
    out += u.text;
  }
  return out;
}
