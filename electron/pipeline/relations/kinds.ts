/**
 * Words that say what kind of thing a name is, and the short phrases news wraps around place names:
 *   "Anbar province", "the Al Bu Nimr tribe"     -> the kind noun belongs to the name (not a modifier)
 *   "in northern Iraq", "in the city of Mosul",  -> the place reached is Iraq, Mosul, Palmyra
 *   "in the ancient site of Palmyra"
 * General English; nothing here names a thing.
 */
import { isPunctuation, isVerbLike, isWord } from './reading';
import { COORDINATORS, DETERMINERS, PREPOSITIONS } from './vocabulary';
import type { Unit } from './words';

/** Nouns naming a kind of place ("Anbar province", "the city of Mosul"). */
export const PLACE_KIND_NOUNS = new Set(
  `province district region city state county governorate area town village territory prefecture oblast
   municipality neighbourhood neighborhood suburb capital island port site enclave valley`.split(/\s+/),
);

/** Nouns naming a kind of group ("the Al Bu Nimr tribe", "the Hamas movement"). */
export const GROUP_KIND_NOUNS = new Set(
  `tribe clan group movement militia organisation organization network faction party coalition alliance
   federation sect brigade brigades battalion front`.split(/\s+/),
);

/** Nouns for a part of a place: "the centre of", "the outskirts of", "the north of". */
const POSITION_NOUNS = new Set(
  'centre center heart middle outskirts suburbs edge north south east west interior coast'.split(' '),
);

/** Compass and position words before a place name: "northern Iraq", "north-east Syria". */
const COMPASS =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|(?:north|south)-?(?:east|west)(?:ern)?|far|upper|lower)$/;

export function isCompassWord(u: Unit | undefined): boolean {
  return !!u && u.kind === 'word' && COMPASS.test(u.lower);
}

/**
 * Whether the entity at `pos` is followed by the noun of its own kind ("Anbar province", "the X tribe"),
 * which ends the phrase: the pair names the entity itself, not something it modifies.
 */
export function ownKindNounAt(units: readonly Unit[], pos: number): boolean {
  const u = units[pos];
  const next = units[pos + 1];
  if (!next || next.kind !== 'word' || !/^[a-z]/.test(next.text)) return false;
  const kinds =
    u.type === 'place' ? PLACE_KIND_NOUNS : u.type === 'organization' ? GROUP_KIND_NOUNS : undefined;
  if (!kinds?.has(next.lower)) return false;
  return endsNounPhrase(units, pos + 2);
}

/** Whether no noun continues the phrase at `k` ("... tribe in", "... tribe.", "... tribe has"). */
function endsNounPhrase(units: readonly Unit[], k: number): boolean {
  const u = units[k];
  if (!u || u.kind === 'entity' || isPunctuation(u)) return true;
  if (PREPOSITIONS.has(u.lower) || DETERMINERS.has(u.lower) || COORDINATORS.has(u.lower)) return true;
  if (/^(who|which|that|whose|where|when|as)$/.test(u.lower)) return true;
  return isVerbLike(units, k);
}

/**
 * The place entity a locative phrase starting at `k` reaches: determiners and compass words are skipped
 * ("the northern Iraq"), and so is a kind-of-place noun with its "of" ("the (ancient) city of Mosul").
 * Returns the unit index, or -1.
 */
export function placeReachedFrom(units: readonly Unit[], k: number): number {
  let p = k;
  while (units[p] && (DETERMINERS.has(units[p].lower) || isCompassWord(units[p]))) p++;
  // "in the centre of Afghanistan's Maidan Wardak province": the position, then the place.
  if (POSITION_NOUNS.has(units[p]?.lower ?? '') && isWord(units[p + 1], 'of')) {
    p += 2;
    while (units[p] && DETERMINERS.has(units[p].lower)) p++;
  }
  // "Afghanistan's Maidan Wardak province": the possessed place is the one reached.
  if (units[p]?.kind === 'entity' && isWord(units[p + 1], "'s") && units[p + 2]?.kind === 'entity')
    return p + 2;
  if (units[p]?.kind === 'entity') return p;
  // "the (ancient) city of Mosul", "the town of Sinjar": at most two modifiers before the kind noun.
  for (let q = p; q <= p + 2 && units[q]?.kind === 'word'; q++) {
    if (!/^[a-z-]+$/.test(units[q].text)) return -1;
    if (PLACE_KIND_NOUNS.has(units[q].lower) && units[q + 1]?.lower === 'of') {
      let r = q + 2;
      while (units[r] && DETERMINERS.has(units[r].lower)) r++;
      return units[r]?.kind === 'entity' ? r : -1;
    }
  }
  return -1;
}
