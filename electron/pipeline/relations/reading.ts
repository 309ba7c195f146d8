/**
 * Word readings without a part-of-speech tagger: is this word used as a verb here? Is this trigger a
 * noun ("U.S. strikes on vessels") or a verb ("the U.S. strikes vessels")? Decided from the neighbours
 * with closed-class cues, which is enough for the trigger words the extractor cares about.
 */
import verbsFile from '../../../graph-data/models/verbs.json';
import { NOUN_TRIGGERS, VERB_TRIGGERS } from './lexicon';
import {
  AUXILIARIES,
  CONTROL_VERBS,
  DETERMINERS,
  LIGHT_VERBS,
  MODALS,
  NEGATIONS,
  OPEN_QUOTES,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  RECEIVING_VERBS,
  REPORT_VERBS,
  VERB_GROUP_ADVERBS,
} from './vocabulary';
import type { Unit } from './words';

const VERB_PRECEDERS = new Set([
  ...AUXILIARIES,
  ...MODALS,
  ...NEGATIONS,
  ...PERSONAL_PRONOUNS,
  ...VERB_GROUP_ADVERBS,
]);
/** Verb-dominant word forms learned from a POS-tagged corpus (see verb-lexicon.ts). */
const CORPUS_VERBS: ReadonlySet<string> = new Set(verbsFile.verbs);

const KNOWN_VERBS = new Set([...REPORT_VERBS, ...LIGHT_VERBS, ...CONTROL_VERBS, ...RECEIVING_VERBS]);

export function isWord(u: Unit | undefined, ...words: string[]): boolean {
  return !!u && u.kind === 'word' && words.includes(u.lower);
}

export function isPunctuation(u: Unit | undefined): boolean {
  return !!u && u.kind === 'word' && !/[\p{L}\p{N}]/u.test(u.lower);
}

/** Whether a trigger form that can be a noun or a verb reads as a noun at `i`. */
export function readsAsNoun(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  const senses = NOUN_TRIGGERS.get(u.lower);
  if (!senses) return false;
  const next = units[i + 1];
  // "seized control of Gaza": a noun that needs its preposition reads as a noun when the preposition follows.
  let nounForm = false;
  for (const n of senses) {
    if (!n.prepositionFollows) nounForm = true;
    else if (n.objectPreps.has(next?.lower ?? '')) return true;
  }
  const verbForm = VERB_TRIGGERS.has(u.lower) || KNOWN_VERBS.has(u.lower);
  if (!nounForm) return false;
  if (!verbForm) return true;
  const prev = units[i - 1];
  if (!prev) return !isObjectStart(next);
  if (prev.kind === 'entity') {
    // "U.S. strikes on vessels" vs "Trump backs Mexico" / "the administration plans to".
    if (isWord(next, 'to')) return false;
    return !isObjectStart(next);
  }
  if (prev.lower === 'to') return u.lower !== baseOf(u.lower);
  // "a 2008 raid", "70 strikes": a number before makes it a noun.
  if (/^\d/.test(prev.lower)) return true;
  // "after bombing ships": a gerund after a preposition that takes an object is a verb.
  if (
    PREPOSITIONS.has(prev.lower) &&
    u.lower.endsWith('ing') &&
    next &&
    !isPunctuation(next) &&
    !PREPOSITIONS.has(next.lower)
  )
    return false;
  if (DETERMINERS.has(prev.lower) || prev.lower === "'s" || PREPOSITIONS.has(prev.lower)) return true;
  // "his first visit", "the country's last offensive": an adverb-like word after a determiner is an adjective.
  const before = units[i - 2];
  const determined =
    !!before &&
    (DETERMINERS.has(before.lower) ||
      before.lower === "'s" ||
      (before.kind === 'entity' && /^(its|his|her|their|our)$/i.test(before.text)));
  if ((VERB_PRECEDERS.has(prev.lower) || prev.lower.endsWith('ly')) && !determined) return false;
  // "reiterated support for", "ordered strikes on": a light verb takes the noun as its object.
  if (LIGHT_VERBS.has(prev.lower)) return true;
  if (isPunctuation(prev)) return !isObjectStart(next) && !isWord(next, 'to');
  // A lower-case word before it is most often a modifier: "drone strikes", "military aid".
  if (/^[a-z-]+$/.test(prev.lower) && !KNOWN_VERBS.has(prev.lower) && !VERB_TRIGGERS.has(prev.lower))
    return true;
  return false;
}

/** Whether the unit starts a noun phrase that could be a direct object. */
function isObjectStart(u: Unit | undefined): boolean {
  if (!u) return false;
  if (u.kind === 'entity') return true;
  return DETERMINERS.has(u.lower) || PERSONAL_PRONOUNS.has(u.lower) || /^\d/.test(u.lower);
}

function baseOf(form: string): string {
  const sense = VERB_TRIGGERS.get(form)?.[0];
  return sense ? sense.lemma.split(' ')[0] : form;
}

/** Whether the unit is used as a verb (auxiliary, known verb, or trigger in its verb reading). */
export function isVerbLike(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!u || u.kind !== 'word') return false;
  // Asked many times per unit by the clause, argument and event rules: remember the answer.
  let memo = verbMemo.get(units);
  if (!memo) verbMemo.set(units, (memo = new Int8Array(units.length).fill(-1)));
  if (memo[i] === -1) memo[i] = readVerbLike(units, i) ? 1 : 0;
  return memo[i] === 1;
}

const verbMemo = new WeakMap<readonly Unit[], Int8Array>();

function readVerbLike(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  // A capitalised word inside a sentence is a name or title ("Secretary of State"), not a verb, unless
  // the whole line is in title case (a headline: "Trump May Deploy Troops To Mexico").
  if (
    i > 0 &&
    /^\p{Lu}/u.test(u.text) &&
    !isPunctuation(units[i - 1]) &&
    u.text !== u.text.toUpperCase() &&
    !isTitleCase(units)
  )
    return false;
  if (AUXILIARIES.has(u.lower)) return true;
  if (KNOWN_VERBS.has(u.lower) || isTriggerVerbForm(units, i))
    return !readsAsNoun(units, i) && !isAdjectivalParticiple(units, i);
  // Other words that are mostly verbs in news text ("leaves", "ended"), unless a determiner makes them nouns.
  if (CORPUS_VERBS.has(u.lower)) {
    const prev = units[i - 1];
    if (prev && prev.kind === 'word' && (DETERMINERS.has(prev.lower) || prev.lower === "'s")) return false;
    return !isAdjectivalParticiple(units, i);
  }
  return false;
}

/**
 * A participle used as an adjective before a noun: "send armed soldiers", "the planned deployment",
 * "in threatened tariffs". After a subject, an auxiliary or a relative pronoun it is a verb again.
 */
export function isAdjectivalParticiple(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!/(?:ed|en|nt|wn)$/.test(u.lower)) return false;
  // An opening quote between does not change the reading: "sending “ARMED SOLDIERS”".
  const prev = OPEN_QUOTES.has(units[i - 1]?.lower ?? '') ? units[i - 2] : units[i - 1];
  const next = units[i + 1];
  if (!prev || !next || next.kind !== 'word' || !/^[a-z][a-z-]*$/.test(next.lower)) return false;
  if (DETERMINERS.has(next.lower) || PREPOSITIONS.has(next.lower) || VERB_PRECEDERS.has(next.lower))
    return false;
  if (prev.kind !== 'word') return false;
  if (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower)) return true;
  const prevSenses = VERB_TRIGGERS.get(prev.lower);
  return KNOWN_VERBS.has(prev.lower) || (!!prevSenses && prevSenses.some((s) => s.particles.length === 0));
}

const titleCaseCache = new WeakMap<readonly Unit[], boolean>();

/** Most words capitalised: a headline or a heading. */
export function isTitleCase(units: readonly Unit[]): boolean {
  let cached = titleCaseCache.get(units);
  if (cached === undefined) {
    // Content words only: a sentence naming "Secretary of State X" is not a headline.
    const words = units.filter(
      (u) =>
        u.kind === 'word' &&
        /^\p{L}{3,}/u.test(u.text) &&
        !PREPOSITIONS.has(u.lower) &&
        !DETERMINERS.has(u.lower),
    );
    const capitalised = words.filter((u) => /^\p{Lu}/u.test(u.text)).length;
    cached = capitalised >= 3 && capitalised / words.length >= 0.75;
    titleCaseCache.set(units, cached);
  }
  return cached;
}

/** A trigger verb form, counting phrasal heads ("team" of "team up") only when their particle follows. */
function isTriggerVerbForm(units: readonly Unit[], i: number): boolean {
  const senses = VERB_TRIGGERS.get(units[i].lower);
  if (!senses) return false;
  return senses.some((s) => s.particles.every((p, n) => isWord(units[i + 1 + n], p)));
}

/** A verb reading known only from corpus statistics (not from the trigger or function-verb lists). */
export function isCorpusOnlyVerb(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  return (
    !!u &&
    u.kind === 'word' &&
    CORPUS_VERBS.has(u.lower) &&
    !KNOWN_VERBS.has(u.lower) &&
    !VERB_TRIGGERS.has(u.lower)
  );
}

/** Content verbs (not auxiliaries): the heads of predicates. */
export function isContentVerb(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  return isVerbLike(units, i) && !AUXILIARIES.has(u.lower);
}
