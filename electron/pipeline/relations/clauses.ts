/**
 * Clause segmentation of one sentence's units, from punctuation and function words. A clause bounds the
 * search for a trigger's subject and object, and scopes modality cues: "Mexico coordinates, but does not
 * subordinate itself" must not make the coordination negated; "Trump, who was criticized by X, threatened
 * Y" must not make X the subject of "threatened".
 *
 * Clauses may be discontinuous (a relative clause inside its main clause), so each lists its units.
 * `parent` is the clause it is embedded in (modality cues flow down from it); `subjectFrom` is the clause
 * whose subject it shares when it has none of its own ("..., saying ...", "... and sent troops").
 */
import { isContentVerb, isPunctuation, isVerbLike, isWord } from './reading';
import {
  CLAUSE_PUNCTUATION,
  CLAUSE_TAKING_VERBS,
  COORDINATORS,
  DASHES,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  RELATIVE_PRONOUNS,
  REPORT_VERBS,
  SUBORDINATORS,
  TEMPORAL_SUBORDINATORS,
} from './vocabulary';
import type { Unit } from './words';

export type ClauseKind =
  | 'main'
  | 'relative'
  | 'participial'
  | 'subordinate'
  | 'complement'
  | 'coordinate'
  | 'parenthetical'
  | 'attribution';

export interface Clause {
  id: number;
  kind: ClauseKind;
  units: number[];
  parent?: number;
  subjectFrom?: number;
  /** Relative clauses: the entity unit they describe. */
  antecedent?: number;
  /** The word that opened the clause ("if", "who", "saying"...). */
  opener?: string;
  /** Closes at the next clause comma and hands back to its parent (relative, participial, subordinate). */
  closesAtComma?: boolean;
  /** Closes at the matching dash or parenthesis. */
  closesAt?: string;
  /** Complement of a reporting verb ("said that ...", "told NBC News that ..."): what is reported. */
  reported?: boolean;
}

export interface Clauses {
  list: Clause[];
  /** Clause id of each unit. */
  of: number[];
  /** Commas and conjunctions inside lists of entities ("X, Y and Z"). */
  listSeparators: ReadonlySet<number>;
}

export function segmentClauses(units: readonly Unit[]): Clauses {
  const list: Clause[] = [];
  const of: number[] = new Array(units.length).fill(0);
  const listInternal = entityListSeparators(units);
  const open = (kind: ClauseKind, extra: Partial<Clause> = {}): Clause => {
    const clause: Clause = { id: list.length, kind, units: [], ...extra };
    list.push(clause);
    return clause;
  };
  let current = open('main');
  /** A sentence-initial subordinate clause ("If approved, ...") whose parent is the clause after it. */
  let pendingParent: Clause | undefined;
  const resume = () => {
    const parent = current.parent !== undefined ? list[current.parent] : undefined;
    if (parent) current = parent;
    else {
      const next = open('main');
      if (pendingParent) {
        pendingParent.parent = next.id;
        pendingParent = undefined;
      }
      current = next;
    }
  };
  let verbSeen = false;
  /** The word right after a comma that already opened a clause for it ("..., while ..."). */
  let openerAt = -1;

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const next = units[i + 1];
    if (u.kind === 'entity' || i === openerAt) {
      if (i === openerAt && isVerbLike(units, i)) verbSeen = true;
      place(current, of, i);
      // "..., warning them he is sending troops": the opener itself may take a clause.
      if (
        i === openerAt &&
        CLAUSE_TAKING_VERBS.has(u.lower) &&
        startsPredicate(units, i + 1) &&
        !isWord(units[i + 1], 'that', 'to')
      ) {
        current = open('complement', { parent: current.id, opener: u.lower, reported: true });
        verbSeen = false;
      }
      continue;
    }
    const l = u.lower;
    if (CLAUSE_PUNCTUATION.has(l)) {
      place(current, of, i);
      current = open('main');
      verbSeen = false;
      continue;
    }
    if (DASHES.has(l) || (l === '-' && spacedDash(units, i)) || l === '(' || l === ')') {
      const closing = l === ')' ? '(' : l;
      if (
        current.closesAt === closing ||
        (DASHES.has(closing) && current.closesAt && DASHES.has(current.closesAt))
      ) {
        place(current, of, i);
        resume();
      } else if (l !== ')') {
        place(current, of, i);
        current = open('parenthetical', { parent: current.id, subjectFrom: current.id, closesAt: l });
      } else place(current, of, i);
      continue;
    }
    if (l === ',' && !listInternal.has(i)) {
      if (current.closesAtComma) {
        place(current, of, i);
        resume();
        // The comma may also open the next embedded clause: fall through to look at what follows.
        const opened = openAfterComma(units, i, current, open);
        if (opened) {
          current = opened;
          openerAt = i + 1;
          verbSeen = false;
        }
        continue;
      }
      place(current, of, i);
      const opened = openAfterComma(units, i, current, open);
      if (opened) {
        current = opened;
        openerAt = i + 1;
        verbSeen = false;
      }
      continue;
    }
    if (l === 'that' && i > 0) {
      const prev = units[i - 1];
      const saying = (u: Unit | undefined) =>
        !!u && u.kind === 'word' && (REPORT_VERBS.has(u.lower) || CLAUSE_TAKING_VERBS.has(u.lower));
      // "said that", "told NBC News that", "made it clear that".
      const reported = saying(prev) || (prev.kind === 'entity' && saying(units[i - 2]));
      if (
        reported ||
        (prev.kind === 'word' &&
          /^(clear|sure|certain|aware|evident|likely|concerned|adamant)$/.test(prev.lower))
      ) {
        place(current, of, i);
        current = open('complement', { parent: current.id, opener: l, reported });
        verbSeen = false;
        continue;
      }
      if (
        prev.kind === 'entity' ||
        (prev.kind === 'word' && !isPunctuation(prev) && isVerbLike(units, i + 1))
      ) {
        place(current, of, i);
        current = open('relative', {
          parent: current.id,
          antecedent: nearestEntityLeft(units, i, 2),
          opener: l,
        });
        continue;
      }
    }
    if (RELATIVE_PRONOUNS.has(l) && i > 0 && !isPunctuation(units[i - 1])) {
      place(current, of, i);
      current = open('relative', {
        parent: current.id,
        antecedent: nearestEntityLeft(units, i, 3),
        opener: l,
      });
      continue;
    }
    if (SUBORDINATORS.has(l) || (TEMPORAL_SUBORDINATORS.has(l) && opensClause(units, i))) {
      const atStart = current.units.every((k) => isPunctuation(units[k]));
      place(current, of, i);
      const sub = open('subordinate', {
        parent: current.id,
        subjectFrom: current.id,
        opener: l,
        closesAtComma: true,
      });
      if (atStart) {
        sub.parent = undefined;
        sub.subjectFrom = undefined;
        pendingParent = sub;
      }
      current = sub;
      continue;
    }
    if (COORDINATORS.has(l) && !listInternal.has(i) && verbSeen && startsPredicate(units, i + 1)) {
      place(current, of, i);
      current = open('coordinate', { subjectFrom: current.id, opener: l });
      verbSeen = false;
      continue;
    }
    // A clause-taking verb followed directly by a clause: "said Mexico rejected ...".
    if (
      CLAUSE_TAKING_VERBS.has(l) &&
      isVerbLike(units, i) &&
      next &&
      startsPredicate(units, i + 1) &&
      !isWord(next, 'that', 'to')
    ) {
      place(current, of, i);
      current = open('complement', {
        parent: current.id,
        opener: l,
        reported: REPORT_VERBS.has(l) || CLAUSE_TAKING_VERBS.has(l),
      });
      verbSeen = false;
      continue;
    }
    if (isVerbLike(units, i)) verbSeen = true;
    place(current, of, i);
  }
  if (pendingParent) pendingParent.parent = undefined;
  return { list, of, listSeparators: listInternal };
}

/** Puts unit `i` in `clause` (a plain function: no closure per unit in the hot loop). */
function place(clause: Clause, of: number[], i: number): void {
  clause.units.push(i);
  of[i] = clause.id;
}

/** What a clause comma opens, judged from the words after it; undefined when it is just a pause or a list. */
function openAfterComma(
  units: readonly Unit[],
  i: number,
  current: Clause,
  open: (kind: ClauseKind, extra?: Partial<Clause>) => Clause,
): Clause | undefined {
  const next = units[i + 1];
  if (!next || next.kind !== 'word') return isAttribution(units, i + 1) ? open('attribution', {}) : undefined;
  const l = next.lower;
  if (RELATIVE_PRONOUNS.has(l))
    return open('relative', {
      parent: current.id,
      antecedent: nearestEntityLeft(units, i, 4),
      opener: l,
      closesAtComma: true,
    });
  if (SUBORDINATORS.has(l) || (TEMPORAL_SUBORDINATORS.has(l) && opensClause(units, i + 1)))
    return open('subordinate', {
      parent: current.id,
      subjectFrom: current.id,
      opener: l,
      closesAtComma: true,
    });
  if (/^[a-z]+ing$/.test(l) && l !== 'including' && l !== 'according')
    return open('participial', {
      parent: current.id,
      subjectFrom: current.id,
      opener: l,
      closesAtComma: true,
    });
  if (l === 'according') return open('attribution', { opener: l, closesAtComma: true, parent: undefined });
  if (COORDINATORS.has(l) && startsPredicate(units, i + 2))
    return open('coordinate', { subjectFrom: current.id, opener: l });
  if (isAttribution(units, i + 1)) return open('attribution', { opener: l });
  return undefined;
}

/**
 * ", officials said." / ", NBC News reported at the time." / ", he told reporters": a short trailing source,
 * a report verb within a few words whose clause then ends with no other verb.
 */
function isAttribution(units: readonly Unit[], from: number): boolean {
  for (let j = from; j < Math.min(units.length, from + 7); j++) {
    const u = units[j];
    // "unlike most states": after a determiner or quantifier the word is a noun.
    const determined = j > 0 && DETERMINERS.has(units[j - 1].lower);
    if (u.kind === 'word' && REPORT_VERBS.has(u.lower) && isVerbLike(units, j) && !determined) {
      let k = j + 1;
      for (; k < units.length && !isClauseEnd(units[k]); k++) {
        if (k - j > 5 || isVerbLike(units, k) || isWord(units[k], 'that')) return false;
      }
      return true;
    }
    if (isClauseEnd(u) || isWord(u, 'that')) return false;
  }
  return false;
}

function isClauseEnd(u: Unit): boolean {
  return (
    u.kind === 'word' &&
    (CLAUSE_PUNCTUATION.has(u.lower) || u.lower === ',' || u.lower === '.' || DASHES.has(u.lower))
  );
}

/** Whether a predicate starts at `i`: a verb, or a subject (entity, pronoun) followed by a verb. */
function startsPredicate(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!u) return false;
  if (isVerbLike(units, i)) return true;
  if (
    u.kind === 'entity' ||
    PERSONAL_PRONOUNS.has(u.lower) ||
    isWord(u, 'the', 'its', 'their', 'his', 'her')
  ) {
    for (let j = i + 1; j < Math.min(units.length, i + 4); j++) {
      if (isVerbLike(units, j)) return true;
      if (isPunctuation(units[j])) return false;
    }
  }
  return false;
}

/** "after bombing ships", "when asked", "as he said": a clause, not a prepositional phrase. */
function opensClause(units: readonly Unit[], i: number): boolean {
  const next = units[i + 1];
  if (!next) return false;
  if (next.kind === 'word' && /^[a-z]+(ing|ed)$/.test(next.lower) && isContentVerb(units, i + 1)) return true;
  if (next.kind === 'word' && /^[a-z]+ing$/.test(next.lower)) return true;
  return startsPredicate(units, i + 1) && !isVerbLike(units, i + 1);
}

function spacedDash(units: readonly Unit[], i: number): boolean {
  const prev = units[i - 1];
  const next = units[i + 1];
  return !!prev && !!next && prev.end < units[i].start && units[i].end < next.start;
}

function nearestEntityLeft(units: readonly Unit[], i: number, within: number): number | undefined {
  for (let j = i - 1; j >= Math.max(0, i - within); j--) if (units[j].kind === 'entity') return j;
  return undefined;
}

/**
 * Commas and conjunctions inside lists of entities ("X and Y", "X, Y and Z", "X, Y, and Z"): not clause
 * boundaries. A bare "X, Y" is not a list (it is an apposition or a clause break).
 */
function entityListSeparators(units: readonly Unit[]): Set<number> {
  const separators = new Set<number>();
  let i = 0;
  while (i < units.length) {
    if (units[i].kind !== 'entity') {
      i++;
      continue;
    }
    // Collect a chain entity (sep+ entity)* and keep it if some separator is a conjunction.
    const seps: number[] = [];
    let j = i;
    let coordinated = false;
    for (;;) {
      let k = j + 1;
      const here: number[] = [];
      while (k < units.length && isWord(units[k], ',', 'and', 'or', '&') && here.length < 2) here.push(k++);
      // "France, Mexico, the Netherlands and Canada": an article may open an item.
      if (here.length > 0 && isWord(units[k], 'the') && units[k + 1]?.kind === 'entity') here.push(k++);
      // "the UK, the wider Global Coalition and ...": an article and one adjective.
      else if (
        here.length > 0 &&
        isWord(units[k], 'the') &&
        /^[a-z]+$/.test(units[k + 1]?.text ?? '') &&
        !isVerbLike(units, k + 1) &&
        units[k + 2]?.kind === 'entity'
      ) {
        here.push(k++);
        here.push(k++);
      }
      if (here.length === 0 || units[k]?.kind !== 'entity') break;
      if (here.some((h) => units[h].lower !== ',' && units[h].lower !== 'the')) coordinated = true;
      seps.push(...here);
      j = k;
    }
    if (coordinated) for (const s of seps) separators.add(s);
    i = j + 1;
  }
  return separators;
}
