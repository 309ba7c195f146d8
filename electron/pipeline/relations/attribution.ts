/**
 * Attributions: "NBC News reported that X ...", "..., officials told NBC News", "according to Army Times".
 * The source gets a `reports` edge to the main actors of what it reports: the two ends of the relations
 * stated there (not those stated by structure, like titles), else its leading entities (not places named
 * only as where something happened). Those relations become `reported` through the modality rules.
 */
import {
  actsThroughHead,
  governor,
  isModifier,
  isPossessorOnly,
  subjectOf,
  type ArgumentContext,
} from './arguments';
import { isPunctuation, isVerbLike, isWord } from './reading';
import type { Candidate } from './triggers';
import { ACCORDING, DETERMINERS, OPEN_QUOTES, REPORT_VERBS } from './vocabulary';

/** At most this many entities are named as what one source reports on. */
const MAX_REPORTED_ACTORS = 3;
/** Without stated relations, the first actors of what is reported (its subject, its object) are reported on. */
const MAX_FALLBACK_ACTORS = 2;
/** Prepositions of place and time: an entity after them is a circumstance, not an actor. */
const ADJUNCT_PREPS = new Set([
  'in',
  'at',
  'into',
  'onto',
  'inside',
  'across',
  'near',
  'within',
  'throughout',
  'from',
  'during',
  'around',
  'off',
  'on',
  'for',
  'to',
  'toward',
  'towards',
]);
/** The addressee of "told X" is not the source; reporting verbs whose entity after them is the source. */
const ADDRESSEE_VERBS = new Set(['tell', 'tells', 'told', 'telling']);

export function attributionCandidates(ctx: ArgumentContext, typed: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const { units } = ctx;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'word') continue;
    let speakers: number[] = [];
    let scope: Set<number> | undefined;
    if (u.lower === ACCORDING && isWord(units[k + 1], 'to')) {
      let j = k + 2;
      while (units[j] && DETERMINERS.has(units[j].lower)) j++;
      if (units[j]?.kind === 'entity') {
        speakers = [j];
        // Everything but the "according to X" phrase is what X reports.
        scope = new Set(units.map((_, i) => i).filter((i) => i < k || i > j));
      }
    } else if (
      REPORT_VERBS.has(u.lower) &&
      isVerbLike(units, k) &&
      !DETERMINERS.has(units[k - 1]?.lower ?? '')
    ) {
      speakers = subjectOf(ctx, k);
      const after = units[k + 1];
      // "..., officials told NBC News": the outlet the story was told to is the one reporting it.
      // "..., said Mexico's foreign ministry": an inverted source.
      if (
        speakers.length === 0 &&
        after?.kind === 'entity' &&
        (!isModifier(ctx, k + 1) || actsThroughHead(ctx, k + 1)) &&
        endsSoonAfter(ctx, k + 1)
      )
        speakers =
          ADDRESSEE_VERBS.has(u.lower) && ctx.clauses.list[ctx.clauses.of[k]].kind !== 'attribution'
            ? []
            : [k + 1];
    }
    if (speakers.length === 0) continue;
    speakers = [...speakers, ...speakingFor(ctx, speakers), ...speakingOn(ctx, k)];
    scope ??= reportedScope(ctx, k);
    if (scope.size === 0) continue;
    const speakerIds = new Set(speakers.map((s) => units[s].entity!));
    const actors = reportedActors(ctx, scope, typed, speakerIds);
    for (const s of speakers)
      for (const a of actors)
        out.push({
          source: s,
          target: a,
          relation: 'reports',
          trigger: u.text,
          triggerStart: k,
          triggerEnd: k,
          isAttribution: true,
        });
  }
  return out;
}

/** Roles whose holder speaks for the body named with them ("BBC's Jonathan Marcus", "the agency's spokesman"). */
const SPOKESPERSON_ROLES = new Set(
  'spokesman spokeswoman spokesperson correspondent reporter editor analyst'.split(' '),
);

/**
 * The body a person speaker speaks for: "BBC's Jonathan Marcus said" (the staff of a named body speak for
 * it, annotation guidelines 6), "Houthi military spokesperson Yahya Sarea said" (a spokesperson's body).
 */
function speakingFor(ctx: ArgumentContext, speakers: readonly number[]): number[] {
  const { units } = ctx;
  const out: number[] = [];
  for (const s of speakers) {
    if (units[s].type !== 'person') continue;
    if (isWord(units[s - 1], "'s") && units[s - 2]?.type === 'organization') out.push(s - 2);
    const role = units[s].mention?.title?.core.toLowerCase() ?? units[s - 1]?.lower ?? '';
    if (!SPOKESPERSON_ROLES.has(role)) continue;
    for (let k = s - 1; k >= Math.max(0, s - 5); k--) {
      const u = units[k];
      if (u.kind === 'entity') {
        if (u.type === 'organization' && !out.includes(k)) out.push(k);
        break;
      }
      if (isPunctuation(u)) break;
    }
  }
  return out;
}

/** "Speaking on al-Masirah TV, X said": the outlet the words went out on relays them (seeds: "told NBC News"). */
function speakingOn(ctx: ArgumentContext, verb: number): number[] {
  const { units } = ctx;
  for (let k = 0; k < verb; k++) {
    if (!isWord(units[k], 'speaking', 'writing', 'talking')) continue;
    if (!isWord(units[k + 1], 'on', 'to', 'with')) continue;
    let j = k + 2;
    while (units[j] && DETERMINERS.has(units[j].lower)) j++;
    return units[j]?.type === 'organization' ? [j] : [];
  }
  return [];
}

/** "..., said Mexico's foreign ministry." : the clause ends right after the source (else it starts a clause). */
function endsSoonAfter(ctx: ArgumentContext, entity: number): boolean {
  for (let j = entity + 1; j < ctx.units.length && j <= entity + 4; j++) {
    const u = ctx.units[j];
    if (isPunctuation(u) && u.lower !== "'s") return true;
    if (isVerbLike(ctx.units, j)) return false;
  }
  return entity + 1 >= ctx.units.length;
}

/**
 * Units of what is reported: everything outside a trailing/leading attribution clause, the complement
 * clauses after the verb ("said that ...", "said Mexico ..."), or a quotation right after it.
 */
function reportedScope(ctx: ArgumentContext, k: number): Set<number> {
  const { clauses, units } = ctx;
  const own = clauses.list[clauses.of[k]];
  const scope = new Set<number>();
  if (own.kind === 'attribution') {
    for (const c of clauses.list) if (c.id !== own.id) for (const x of c.units) scope.add(x);
    return scope;
  }
  // Complement clauses of the verb and what is embedded in them.
  const inScope = new Set<number>();
  for (const c of clauses.list) {
    if (c.units[0] < k) continue;
    const parent = c.parent;
    if ((c.kind === 'complement' && parent === own.id) || (parent !== undefined && inScope.has(parent))) {
      inScope.add(c.id);
      for (const x of c.units) scope.add(x);
    }
  }
  // A quotation after the verb: "adding, “I doubt it”".
  let q = k + 1;
  while (isWord(units[q], ',', ':')) q++;
  if (units[q] && OPEN_QUOTES.has(units[q].lower)) {
    for (let j = q + 1; j < units.length && !isWord(units[j], '”', '"', '»'); j++) scope.add(j);
  }
  return scope;
}

function reportedActors(
  ctx: ArgumentContext,
  scope: Set<number>,
  typed: readonly Candidate[],
  speakers: ReadonlySet<string>,
): number[] {
  const actors: number[] = [];
  const add = (i: number) => {
    const id = ctx.units[i]?.entity;
    if (i >= 0 && id && !speakers.has(id) && !actors.some((a) => ctx.units[a].entity === id)) actors.push(i);
  };
  for (const c of typed) {
    if (c.structural || !scope.has(c.triggerStart)) continue;
    add(c.source);
    add(c.target);
  }
  if (actors.length === 0) {
    for (const i of [...scope].sort((a, b) => a - b)) {
      const u = ctx.units[i];
      if (u.kind !== 'entity' || isPunctuation(u) || speakers.has(u.entity!) || isPossessorOnly(ctx, i))
        continue;
      if (isModifier(ctx, i) && !actsThroughHead(ctx, i)) continue;
      if (isWord(ctx.units[i + 1], "'s")) continue;
      // Only a subject of what is said is its main actor, not a name deeper in a phrase.
      const g = governor(ctx, i);
      if (
        g.kind === 'prep' &&
        (ADJUNCT_PREPS.has(g.word!) || ctx.clauses.list[ctx.clauses.of[i]].kind === 'relative')
      )
        continue;
      if (g.kind === 'verb') continue;
      add(i);
      if (actors.length >= MAX_FALLBACK_ACTORS) break;
    }
  }
  return actors.slice(0, MAX_REPORTED_ACTORS);
}
