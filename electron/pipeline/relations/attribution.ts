/**
 * Attributions: "NBC News reported that X ...", "..., officials told NBC News", "according to Army Times".
 * The source gets a `reports` edge to the main actors of what it reports (the ends of the relations stated
 * in the reported part, else its leading entities). Those relations themselves become `reported` through
 * the modality rules, which see the attribution clause.
 */
import { isModifier, subjectOf, type ArgumentContext } from './arguments';
import { isVerbLike, isWord } from './reading';
import type { Candidate } from './triggers';
import { ACCORDING, DETERMINERS, REPORT_VERBS } from './vocabulary';

/** At most this many entities are named as what one source reports on. */
const MAX_REPORTED_ACTORS = 3;

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
      // Inverted attribution: ", said Mexico's foreign ministry." / ", reported NBC News".
      if (speakers.length === 0 && units[k + 1]?.kind === 'entity' && !isModifier(ctx, k + 1))
        speakers = [k + 1];
    }
    if (speakers.length === 0) continue;
    scope ??= reportedScope(ctx, k);
    const actors = reportedActors(ctx, scope, typed).filter(
      (a) => !speakers.some((s) => units[s].entity === units[a].entity),
    );
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

/**
 * Units of what is reported: everything outside a trailing/leading attribution clause, or the clauses
 * embedded after the report verb ("said that ...", "said Mexico ...").
 */
function reportedScope(ctx: ArgumentContext, k: number): Set<number> {
  const { clauses } = ctx;
  const own = clauses.list[clauses.of[k]];
  const scope = new Set<number>();
  if (own.kind === 'attribution') {
    for (const c of clauses.list) if (c.id !== own.id) for (const x of c.units) scope.add(x);
    return scope;
  }
  for (const c of clauses.list) {
    if (c.id === own.id || c.units[0] < k) continue;
    for (let p = c.parent; p !== undefined; p = clauses.list[p].parent) {
      if (p === own.id) {
        for (const x of c.units) scope.add(x);
        break;
      }
    }
  }
  return scope;
}

function reportedActors(ctx: ArgumentContext, scope: Set<number>, typed: readonly Candidate[]): number[] {
  const actors: number[] = [];
  const add = (i: number) => {
    if (i >= 0 && !actors.some((a) => ctx.units[a].entity === ctx.units[i].entity)) actors.push(i);
  };
  for (const c of typed) {
    if (!scope.has(c.triggerStart)) continue;
    add(c.source);
    add(c.target);
  }
  if (actors.length === 0) {
    for (const i of [...scope].sort((a, b) => a - b)) {
      const u = ctx.units[i];
      if (u.kind === 'entity' && !isModifier(ctx, i) && u.type !== 'event') add(i);
    }
  }
  return actors.slice(0, MAX_REPORTED_ACTORS);
}
