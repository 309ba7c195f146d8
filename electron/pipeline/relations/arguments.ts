/**
 * Finding a trigger's subject and object among the entity units of its clause: nearest suitable entity to
 * the left is the subject, first suitable entity to the right (directly or after one of the trigger's
 * prepositions) is the object, with passive flip ("was criticized by X"), subjects shared across
 * coordinated or participial clauses, and coordination ("X and Y") expanding either side.
 */
import type { Clauses } from './clauses';
import { isContentVerb, isPunctuation, isVerbLike, isWord } from './reading';
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

/** Clause units before `index`, nearest first. */
function leftOf(ctx: ArgumentContext, clauseId: number, index: number): number[] {
  return ctx.clauses.list[clauseId].units.filter((k) => k < index).reverse();
}

/** Clause units after `index`, nearest first. */
function rightOf(ctx: ArgumentContext, clauseId: number, index: number): number[] {
  return ctx.clauses.list[clauseId].units.filter((k) => k > index);
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
    if (DETERMINERS.has(u.lower) || /^\d/.test(u.lower)) continue;
    if (PREPOSITIONS.has(u.lower)) return { kind: 'prep', word: u.lower, at: k };
    if (isContentVerb(ctx.units, k)) return { kind: 'verb', word: u.lower, at: k };
    return { kind: 'none' };
  }
  return { kind: 'none' };
}

/** "U.S. troops", "CIA officers": an entity used as a modifier of a following common noun. */
export function isModifier(ctx: ArgumentContext, pos: number): boolean {
  const next = ctx.units[pos + 1];
  if (!next || next.kind !== 'word') return false;
  const l = next.lower;
  if (!/^[a-z][a-z-]*$/.test(l)) return false;
  if (PREPOSITIONS.has(l) || DETERMINERS.has(l) || COORDINATORS.has(l) || TIME_WORDS.has(l)) return false;
  if (FUNCTION_WORDS.has(l) || l.endsWith('ly')) return false;
  // Past tenses of verbs the lexicon does not list ("Geneva ended") are predicates, not nouns.
  if (isVerbLike(ctx.units, pos + 1) || /[^e]ed$/.test(l)) return false;
  // Capitalised text was lower-cased: a real modifier is followed by a lower-case word in the text.
  return /^[a-z]/.test(next.text);
}

/** An entity followed by "'s" names the possessor; it acts itself only through a collective noun. */
function isPossessorOnly(ctx: ArgumentContext, pos: number): boolean {
  if (!isWord(ctx.units[pos + 1], "'s")) return false;
  // "Mexico's (current) leadership", "Venezuela's (military) government".
  for (let k = pos + 2; k <= pos + 4; k++) {
    const u = ctx.units[k];
    if (!u || u.kind !== 'word') return true;
    if (COLLECTIVE_NOUNS.has(u.lower)) return false;
    if (!/^[a-z-]+$/.test(u.lower)) return true;
  }
  return true;
}

function isSubjectCandidate(ctx: ArgumentContext, pos: number): boolean {
  if (ctx.units[pos].kind !== 'entity') return false;
  if (isModifier(ctx, pos) || isPossessorOnly(ctx, pos)) return false;
  return governor(ctx, pos).kind === 'none';
}

/** Subject entities of the predicate at `index` (a verb, or a light verb governing a noun trigger). */
export function subjectOf(ctx: ArgumentContext, index: number): number[] {
  return subjectIn(ctx, ctx.clauses.of[index], index, 0);
}

function subjectIn(ctx: ArgumentContext, clauseId: number, before: number, depth: number): number[] {
  const clause = ctx.clauses.list[clauseId];
  for (const k of leftOf(ctx, clauseId, before)) {
    if (isSubjectCandidate(ctx, k)) return coordinated(ctx, k, -1);
  }
  if (depth > 3) return [];
  if (clause.kind === 'relative' && clause.antecedent !== undefined)
    return coordinated(ctx, clause.antecedent, -1);
  // Participial, coordinated and parenthetical clauses share the subject of the clause they hang on.
  if (clause.subjectFrom !== undefined) return subjectIn(ctx, clause.subjectFrom, clause.units[0], depth + 1);
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
): number[] {
  const clauseId = ctx.clauses.of[index];
  for (const k of rightOf(ctx, clauseId, index)) {
    if (k - index > OBJECT_WINDOW) break;
    const u = ctx.units[k];
    if (u.kind === 'entity') {
      const g = governor(ctx, k);
      if (g.kind === 'prep' && g.at! > index) {
        if (preps.has(g.word!)) return coordinated(ctx, k, 1);
        continue;
      }
      if (isModifier(ctx, k)) continue;
      if (direct && (g.kind === 'none' || g.at! <= index)) return coordinated(ctx, k, 1);
      continue;
    }
    if (isWord(u, 'that', 'because', 'while', 'if', 'unless', 'although', 'whether', 'when')) break;
    if (isWord(u, ';', ':', '.', '?', '!')) break;
    if (isContentVerb(ctx.units, k)) break;
  }
  return [];
}

/** The agent of a passive ("criticized by X"): the entity after "by", within a few units. */
export function byAgent(ctx: ArgumentContext, index: number): number[] {
  const clauseId = ctx.clauses.of[index];
  const right = rightOf(ctx, clauseId, index);
  for (let n = 0; n < right.length && right[n] - index <= 6; n++) {
    const k = right[n];
    if (!isWord(ctx.units[k], 'by')) {
      if (isContentVerb(ctx.units, k) || isPunctuation(ctx.units[k])) return [];
      continue;
    }
    for (const j of right.slice(n + 1, n + 4)) {
      const u = ctx.units[j];
      if (u.kind === 'entity') return isModifier(ctx, j) ? [] : coordinated(ctx, j, 1);
      if (!DETERMINERS.has(u.lower)) return [];
    }
    return [];
  }
  return [];
}

/** Whether the trigger form at `index` is used passively: "was criticized", "has been targeted", "backed by". */
export function isPassiveUse(ctx: ArgumentContext, index: number, participle: boolean): boolean {
  if (!participle) return false;
  if (isWord(ctx.units[index + 1], 'by')) return true;
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    const u = ctx.units[k];
    if (u.kind !== 'word') return false;
    if (BE_FORMS.has(u.lower) || isWord(u, 'get', 'got', 'gets', 'getting')) return true;
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
    while (ctx.clauses.listSeparators.has(k) || (isWord(ctx.units[k], 'as', 'well') && !sawSeparator)) {
      sawSeparator = true;
      k += direction;
    }
    const u = ctx.units[k];
    if (!sawSeparator || !u || u.kind !== 'entity') break;
    if (ctx.clauses.of[k] !== ctx.clauses.of[pos]) break;
    out.push(k);
    k += direction;
  }
  return out;
}
