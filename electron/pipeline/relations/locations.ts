/**
 * Where things are and under what authority they act, from short patterns:
 *   "cartels in Mexico", "strikes in the Caribbean", "a Texas-based company", "X, based in Y" -> located_in
 *   "Karrada, Baghdad" (a place, then the larger place it is in)                          -> located_in
 *   "operate under Title 50" (the clause's subject acts under a law)                      -> regulates
 * People are not placed by a bare "in" ("Smith in London said"); where they went is stated by what they did
 * there (visits and meetings, `triggers.ts`).
 */
import {
  actsThroughHead,
  coordinated,
  governor,
  isInnerHyphen,
  isModifier,
  subjectOf,
  type ArgumentContext,
} from './arguments';
import { GROUP_KIND_NOUNS, PLACE_KIND_NOUNS, placeReachedFrom } from './kinds';
import { isPunctuation, isVerbLike, isWord } from './reading';
import type { Candidate } from './triggers';
import { PREPOSITIONS } from './vocabulary';
import type { Unit } from './words';

const LOCATIVE = new Set(['in', 'inside', 'within', 'across', 'throughout']);
const BASED = new Set(['based', 'headquartered', 'located', 'stationed', 'operating', 'active']);

export function locationCandidates(ctx: ArgumentContext): Candidate[] {
  const out: Candidate[] = [];
  const { units } = ctx;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'entity') continue;
    const structural = [
      ...inPlace(ctx, i),
      ...placeComma(ctx, i),
      ...placeBased(ctx, i),
      ...isAThingIn(ctx, i),
    ];
    out.push(...structural.map((c) => ({ ...c, structural: true })));
    // A presence or an act under a law is what the clause states, with its mood ("could", "would").
    out.push(...presenceIn(ctx, i), ...underPolicy(ctx, i), ...throughPolicy(ctx, i));
    out.push(...designatedAs(ctx, i).map((c) => ({ ...c, structural: true })));
  }
  return out;
}

/** Nouns for being somewhere: "an American military footprint in Mexico". */
const PRESENCE_NOUNS = new Set([
  'effort',
  'efforts',
  'insurgency',
  'activities',
  'activity',
  'fighters',
  'footprint',
  'presence',
  'base',
  'bases',
  'headquarters',
  'office',
  'offices',
  'facilities',
  'embassy',
  'consulate',
  'outpost',
  'deployment',
  'troops',
  'forces',
  'operations',
]);

/** "X footprint in Y", "X military presence in Y": located_in with the clause's modality. */
function presenceIn(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  if (units[i].type === 'person' || units[i].type === 'place') return [];
  let k = i + 1;
  if (isWord(units[k], "'s")) k++;
  while (
    k <= i + 2 &&
    units[k]?.kind === 'word' &&
    /^[a-z-]+$/.test(units[k].text) &&
    !PRESENCE_NOUNS.has(units[k].lower)
  )
    k++;
  if (!PRESENCE_NOUNS.has(units[k]?.lower ?? '') || !isWord(units[k + 1], 'in', 'inside')) return [];
  const p = placeReachedFrom(units, k + 2);
  if (p < 0 || units[p].type !== 'place' || isPlainModifier(ctx, p)) return [];
  return coordinated(ctx, p, 1)
    .filter((t) => units[t].type === 'place')
    .map((t) => ({
      source: i,
      target: t,
      relation: 'located_in' as const,
      trigger: units[k].text,
      triggerStart: k,
      triggerEnd: k,
    }));
}

/** A place name modifying a noun ("U.S. officials"), unless the noun says what kind of place it is ("Al Qa'im region"). */
function isPlainModifier(ctx: ArgumentContext, k: number): boolean {
  const next = ctx.units[k + 1]?.lower ?? '';
  return isModifier(ctx, k) && !PLACE_KIND_NOUNS.has(next) && !PLACE_NOUNS_AFTER.has(next);
}

const PLACE_NOUNS_AFTER = new Set([
  'waters',
  'coast',
  'border',
  'valley',
  'basin',
  'river',
  'mountains',
  'desert',
  'peninsula',
]);

/** "X in (the) Y", "X, based in Y", "X operating in Y". */
function inPlace(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  const source = units[i];
  let k = i + 1;
  // "Al-Raqqa province in Syria", "the Wadi Barada area of Damascus", "the Al Bu Nimr tribe in Anbar".
  if (source.type === 'place' && PLACE_KIND_NOUNS.has(units[k]?.lower ?? '')) k++;
  else if (source.type === 'organization' && GROUP_KIND_NOUNS.has(units[k]?.lower ?? '')) k++;
  if (isWord(units[k], ',') && BASED.has(units[k + 1]?.lower ?? '')) k++;
  const posted = source.type === 'person' ? postedIn(ctx, k) : 0;
  const based = BASED.has(units[k]?.lower ?? '') || posted > 0;
  if (posted) k += posted;
  else if (based) k++;
  // "Aleppo and other towns and areas in Syria": the named one is among those placed.
  if (source.type === 'place' && k === i + 1) k = afterOtherPlaces(ctx, k);
  const placeOf = source.type === 'place' && k > i + 1 && isWord(units[k], 'of');
  // An event also happens "at" a place: "the summit at Camp David".
  const at = source.type === 'event' && isWord(units[k], 'at');
  if (!units[k] || (!LOCATIVE.has(units[k].lower) && !placeOf && !at)) return [];
  if (source.type === 'person' && !based) return [];
  const prep = k;
  k = placeReachedFrom(units, k + 1);
  const place = units[k];
  if (!place || place.kind !== 'entity' || place.type !== 'place' || isPlainModifier(ctx, k)) return [];
  if (isWord(units[k + 1], "'s")) return [];
  // "in Syria and Iraq": every place of the list; "in Minsk, Belarus": the larger place too.
  const places = coordinated(ctx, k, 1);
  const larger = largerPlaceAfter(ctx, k);
  if (larger >= 0 && places.length === 1) places.push(larger);
  return places
    .filter((t) => units[t].type === 'place')
    .map((t) => ({
      source: i,
      target: t,
      relation: 'located_in' as const,
      trigger: units[prep].text,
      triggerStart: prep,
      triggerEnd: prep,
    }));
}

/** "Minsk, Belarus": the place after a comma that contains the one at `k` (not a list). Returns -1 if none. */
function largerPlaceAfter(ctx: ArgumentContext, k: number): number {
  const { units } = ctx;
  if (!isWord(units[k + 1], ',') || ctx.clauses.listSeparators.has(k + 1)) return -1;
  const next = units[k + 2];
  if (!next || next.kind !== 'entity' || next.type !== 'place') return -1;
  if (isWord(units[k + 3], ',', 'and', 'or') && units[k + 4]?.kind === 'entity') return -1;
  if (isWord(units[k + 3], 'and', 'or', "'s") || isModifier(ctx, k + 2)) return -1;
  return k + 2;
}

/**
 * "Qanbar was posted in Basra": where a person is stationed (passive "posted", not "posted a video").
 * Returns how many words to skip to reach "in", or 0.
 */
function postedIn(ctx: ArgumentContext, k: number): number {
  const { units } = ctx;
  let j = k;
  while (isWord(units[j], 'was', 'were', 'is', 'are', 'has', 'had', 'been', 'later', 'then')) j++;
  return j > k && isWord(units[j], 'posted', 'stationed') && isWord(units[j + 1], 'in') ? j + 1 - k : 0;
}

/** Past "and other towns and areas" after a place: the index of the locative preposition, else `k`. */
function afterOtherPlaces(ctx: ArgumentContext, k: number): number {
  const { units } = ctx;
  if (!isWord(units[k], 'and') || !isWord(units[k + 1], 'other')) return k;
  for (let j = k + 2; j <= k + 7 && j < units.length; j++) {
    const u = units[j];
    if (LOCATIVE.has(u.lower)) return j;
    if (u.kind !== 'word' || !/^[a-z-]+$/.test(u.text) || isVerbLike(units, j)) return k;
  }
  return k;
}

/** "Karrada, Baghdad": a place followed by the larger place it is in (not a list of places). */
function placeComma(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  if (units[i].type !== 'place') return [];
  const kind = PLACE_KIND_NOUNS.has(units[i + 1]?.lower ?? '') ? 1 : 0;
  if (!isWord(units[i + 1 + kind], ',')) return [];
  const next = units[i + 2 + kind];
  if (!next || next.kind !== 'entity' || next.type !== 'place') return [];
  if (kind) {
    // "Anbar province, Iraq": the kind noun makes it a location, not a list.
    if (isWord(units[i + 3 + kind], 'and', 'or') || isModifier(ctx, i + 2 + kind)) return [];
    return [
      {
        source: i,
        target: i + 2 + kind,
        relation: 'located_in',
        trigger: ',',
        triggerStart: i + 2,
        triggerEnd: i + 2,
      },
    ];
  }
  const inList = (k: number) => isWord(units[k], ',', 'and', 'or') && units[k + 1]?.kind === 'entity';
  // "With students in Australia, Melbourne can ...": the comma closes an opening phrase; a subject follows.
  if (isVerbLike(units, i + 3) && opensWithAdjunct(units, i)) return [];
  if (ctx.clauses.listSeparators.has(i + 1)) return [];
  if (inList(i + 3) || isWord(units[i + 3], 'and', 'or') || isWord(units[i - 1], ',', 'and', 'or')) return [];
  if (isWord(units[i + 3], "'s") || isModifier(ctx, i + 2)) return [];
  return [
    {
      source: i,
      target: i + 2,
      relation: 'located_in',
      trigger: ',',
      triggerStart: i + 1,
      triggerEnd: i + 1,
    },
  ];
}

/** The sentence opens with a preposition and no verb comes before `i`: an introductory phrase. */
function opensWithAdjunct(units: readonly Unit[], i: number): boolean {
  if (!units[0] || !PREPOSITIONS.has(units[0].lower)) return false;
  for (let k = 1; k < i; k++) if (isVerbLike(units, k)) return false;
  return true;
}

/** "a Mexico-based cartel": place, hyphen, "based", then the organization. */
function placeBased(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  if (units[i].type !== 'place' || !isWord(units[i + 1], '-') || !isWord(units[i + 2], 'based')) return [];
  for (let k = i + 3; k <= i + 5 && k < units.length; k++) {
    if (units[k].kind === 'entity')
      return units[k].type === 'place'
        ? []
        : [
            {
              source: k,
              target: i,
              relation: 'located_in',
              trigger: 'based',
              triggerStart: i + 2,
              triggerEnd: i + 2,
            },
          ];
  }
  return [];
}

/** "... operate under Title 50": the law regulates the clause's subject. */
function underPolicy(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  if (units[i].type !== 'policy') return [];
  const g = governor(ctx, i);
  if (g.kind !== 'prep' || (g.word !== 'under' && !(g.word === 'to' && isWord(units[g.at! - 1], 'pursuant'))))
    return [];
  const subjects = subjectOf(ctx, g.at!);
  return subjects.map((s) => ({
    source: i,
    target: s,
    relation: 'regulates' as const,
    trigger: units[g.at!].text,
    triggerStart: g.at!,
    triggerEnd: g.at!,
  }));
}

/** "U.S. military assistance through Plan Colombia", "sought to address it through the X policy": conducts. */
function throughPolicy(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  if (units[i].type !== 'policy') return [];
  const g = governor(ctx, i);
  if (g.kind !== 'prep' || (g.word !== 'through' && g.word !== 'via')) return [];
  const at = g.at!;
  // The actor of the action noun just before ("U.S. military assistance"), else the clause's subject.
  let agents: number[] = [];
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const u = units[k];
    if (u.kind === 'entity') {
      if (actsThroughHead(ctx, k)) agents = [k];
      break;
    }
    if (isPunctuation(u)) break;
  }
  if (agents.length === 0) agents = subjectOf(ctx, at);
  return agents.map((a) => ({
    source: a,
    target: i,
    relation: 'conducts' as const,
    trigger: units[at].text,
    triggerStart: at,
    triggerEnd: at,
  }));
}

const DESIGNATING = /^(designat|list|label|brand|classif|declar|nam)/;

/** "designating the cartels as Foreign Terrorist Organizations": the designation targets them. */
function designatedAs(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  if (units[i].type !== 'policy' || !isWord(units[i - 1], 'as')) return [];
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
    const u = units[k];
    if (u.kind === 'entity') {
      const verb = units
        .slice(Math.max(0, k - 4), k)
        .some((w) => w.kind === 'word' && DESIGNATING.test(w.lower));
      return verb && u.type !== 'policy'
        ? [
            {
              source: i,
              target: k,
              relation: 'targets' as const,
              trigger: 'as',
              triggerStart: i - 1,
              triggerEnd: i - 1,
            },
          ]
        : [];
    }
    if (isPunctuation(u)) return [];
  }
  return [];
}

/** Past "(Arabic: ...)" after a name: the index after the closing bracket, else `k`. */
function skipAside(units: readonly Unit[], k: number): number {
  if (isWord(units[k], '(')) {
    while (k < units.length && !isWord(units[k], ')')) k++;
    return k + 1;
  }
  return isWord(units[k], ')') ? k + 1 : k;
}

/** "Amarah, a city in southern Iraq" / "The society is an organization in Syria": a description placing it. */
function isAThingIn(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  const source = units[i];
  if (source.type === 'person' || source.type === 'policy') return [];
  // "Hibhib (Arabic: ...) is a village in ...": an aside after the name.
  let k = skipAside(units, i + 1);
  // "Samarra Barrage (...) and Tharthar Barrage (...) is a barrage on ...": the first of two subjects.
  if (isWord(units[k], 'and') && units[k + 1]?.kind === 'entity' && units[k + 1].type === source.type) {
    const after = skipAside(units, k + 2);
    if (isWord(units[after], 'is', 'are')) k = after;
  }
  if (isWord(units[k], ',')) k++;
  else if (isWord(units[k], 'is', 'are', 'was', 'were')) k++;
  else return [];
  if (!isWord(units[k], 'a', 'an', 'the', 'one')) return [];
  for (let j = k + 1; j < units.length && j <= k + 8; j++) {
    const u = units[j];
    // "the largest city controlled by Daesh in Iraq": an agent on the way does not end the description.
    if (u.kind === 'entity' && isWord(units[j - 1], 'by')) continue;
    if (isInnerHyphen(units, j)) continue; // "a multi-purpose barrage"
    if (u.kind === 'entity' || isPunctuation(u) || (u.kind === 'word' && !/^[a-z-]+$/.test(u.text)))
      return [];
    if (!LOCATIVE.has(u.lower) && u.lower !== 'on' && u.lower !== 'near') continue;
    const p = placeReachedFrom(units, j + 1);
    const place = units[p];
    if (!place || place.kind !== 'entity' || place.type !== 'place' || place.entity === source.entity)
      return [];
    return [
      { source: i, target: p, relation: 'located_in', trigger: u.text, triggerStart: j, triggerEnd: j },
    ];
  }
  return [];
}
