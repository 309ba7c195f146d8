/**
 * General-knowledge lexicon matching (countries, demonyms, titles, first names, organisation cue words...).
 * Lexicons become features, never decisions: the perceptron learns from GMB how far to trust each list,
 * so "Jordan" in the first-name list and in the country list is settled by context.
 *
 * The lists live in `graph-data/lexicons/ner/<category>.txt` and are copied into the model file at
 * training time, so a model always sees exactly the lexicons it was trained with.
 */
import { normalizeToken } from './normalize';

/** Per-token, per-category match code: 0 none, 1 first token of an entry, 2 later token of an entry. */
export const LEX_BEGIN = 1;
export const LEX_INSIDE = 2;
/** Two bits per category in one int per token. */
export const MAX_CATEGORIES = 15;

export interface Entry {
  /** Lower-cased tokens. */
  tokens: string[];
  /** Per token: CASE_ANY, CASE_INITIAL ("Shell" only matches a capitalised token) or CASE_UPPER ("WHO"). */
  casing: Uint8Array;
  category: number;
}

const CASE_ANY = 0;
const CASE_INITIAL = 1;
const CASE_UPPER = 2;

/**
 * What the lexicons say about one token string, wherever it occurs (cached per word type by the feature
 * extractor): the one-token entries it matches, and the longer entries that start with it.
 */
export interface TypeMatches {
  /** LEX_BEGIN in the two bits of every category with a one-token entry matching this token. */
  single: number;
  /** Entries of two tokens or more whose first token this is, longest first. */
  multi: readonly Entry[] | undefined;
}

const NO_MATCHES: TypeMatches = { single: 0, multi: undefined };

export class Gazetteer {
  readonly categories: readonly string[];
  /** One-token entries by their (lower-cased) token: category << 2 | casing, per entry. */
  private readonly singles = new Map<string, number[]>();
  /** Longer entries by their first token, longest first. */
  private readonly byFirstToken = new Map<string, Entry[]>();
  private readonly maxLength: number;

  constructor(lexicons: Readonly<Record<string, readonly string[]>>) {
    this.categories = Object.keys(lexicons).sort();
    if (this.categories.length > MAX_CATEGORIES) {
      throw new RangeError(`At most ${MAX_CATEGORIES} lexicon categories are supported.`);
    }
    let maxLength = 0;
    this.categories.forEach((name, category) => {
      for (const phrase of lexicons[name]) {
        const original = phraseTokens(phrase);
        if (original.length === 0) continue;
        maxLength = Math.max(maxLength, original.length);
        if (original.length === 1) {
          // Most entries (common words, names, countries): no object per entry, the model loads faster.
          const lower = original[0].toLowerCase();
          const list = this.singles.get(lower);
          const packed = (category << 2) | casingOf(original[0]);
          if (list) list.push(packed);
          else this.singles.set(lower, [packed]);
          continue;
        }
        const tokens = original.map((t) => t.toLowerCase());
        const list = this.byFirstToken.get(tokens[0]) ?? [];
        list.push({ tokens, casing: Uint8Array.from(original, casingOf), category });
        this.byFirstToken.set(tokens[0], list);
      }
    });
    // Longest entries first, so the first match found per category is the longest.
    for (const list of this.byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.maxLength = maxLength;
  }

  /** The lexicon matches of a token string (`token` normalised, `lowerToken` the same lower-cased). */
  typeMatches(token: string, lowerToken: string): TypeMatches {
    const multi = this.byFirstToken.get(lowerToken);
    const singles = this.singles.get(lowerToken);
    if (!multi && !singles) return NO_MATCHES;
    let single = 0;
    for (const packed of singles ?? []) {
      if (casingMatches(packed & 3, token, lowerToken)) single |= LEX_BEGIN << ((packed >>> 2) * 2);
    }
    return { single, multi };
  }

  /**
   * Writes one match code per token into `out` (2 bits per category). `tokens` are normalised,
   * `lowerTokens` the same lower-cased. Matching ignores case except where an entry demands it: a
   * capitalised entry ("Shell", "Fed") needs a capitalised token, an acronym ("WHO", "US") an all-caps one,
   * so "shell", "fed", "who" and "us" never match. Per category, the longest entry starting at a token
   * wins; later overlapping matches of the same category do not overwrite tokens already covered.
   * `types[i]` may be passed from a cache: `typeMatches(tokens[i], lowerTokens[i])`.
   */
  match(
    tokens: readonly string[],
    lowerTokens: readonly string[],
    out: Int32Array,
    types: readonly TypeMatches[] = tokens.map((t, i) => this.typeMatches(t, lowerTokens[i])),
  ): void {
    const n = lowerTokens.length;
    out.fill(0, 0, n);
    for (let i = 0; i < n; i++) {
      const { single, multi } = types[i];
      if (single === 0 && !multi) continue;
      // Categories (as their two bits) that a longer entry matched here, or that cover this token already.
      let taken = categoryMask(out[i]);
      if (multi) {
        for (const entry of multi) {
          const shift = entry.category * 2;
          if ((taken >>> shift) & 3) continue;
          if (!matchesAt(entry, tokens, lowerTokens, i)) continue;
          taken |= 3 << shift;
          out[i] |= LEX_BEGIN << shift;
          for (let k = 1; k < entry.tokens.length; k++) out[i + k] |= LEX_INSIDE << shift;
        }
      }
      out[i] |= single & ~taken;
    }
  }

  /** Entries whose first token is `lowerToken`, longest first. */
  startingWith(lowerToken: string): readonly Entry[] | undefined {
    const multi = this.byFirstToken.get(lowerToken) ?? [];
    const singles = (this.singles.get(lowerToken) ?? []).map((packed) => ({
      tokens: [lowerToken],
      casing: Uint8Array.of(packed & 3),
      category: packed >>> 2,
    }));
    return multi.length + singles.length > 0 ? [...multi, ...singles] : undefined;
  }

  get longestEntry(): number {
    return this.maxLength;
  }
}

/** Both bits of every category that has a match code in `code` (0b01 or 0b10 -> 0b11). */
function categoryMask(code: number): number {
  const any = (code | (code >>> 1)) & 0x55555555;
  return any | (any << 1);
}

/** Lexicon phrases are written as text ("United States", "Britain's"); split like our segmenter would. */
export function phraseTokens(phrase: string): string[] {
  // Fast path for the usual one-word ASCII entry ("Kenya", "said", "U.N."): the model loads faster.
  if (ONE_ASCII_WORD.test(phrase)) return [normalizeToken(phrase)];
  return phrase
    .trim()
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .flatMap((t) => (/^(.+)('s)$/i.test(t) ? [t.slice(0, -2), t.slice(-2)] : [t]))
    .map((t) => normalizeToken(t));
}

/** No space, no apostrophe or backquote (possessives, quotes), nothing normalizeToken would change. */
const ONE_ASCII_WORD = /^[\x21-\x26\x28-\x5f\x61-\x7e]+$/;

function casingOf(token: string): number {
  // The Unicode letter class is slow to run on thousands of entries; ASCII ones do without it.
  const letters = /[^\p{ASCII}]/u.test(token)
    ? token.replace(/[^\p{L}]/gu, '')
    : token.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return CASE_UPPER;
  if (letters.length > 0 && letters[0] !== letters[0].toLowerCase()) return CASE_INITIAL;
  return CASE_ANY;
}

function casingMatches(required: number, token: string, lower: string): boolean {
  if (required === CASE_ANY) return true;
  if (required === CASE_UPPER) return token === token.toUpperCase();
  return token.charCodeAt(0) !== lower.charCodeAt(0);
}

function matchesAt(entry: Entry, tokens: readonly string[], lower: readonly string[], at: number): boolean {
  const n = entry.tokens.length;
  if (at + n > lower.length) return false;
  for (let k = 0; k < n; k++) {
    if (k > 0 && lower[at + k] !== entry.tokens[k]) return false;
    if (!casingMatches(entry.casing[k], tokens[at + k], lower[at + k])) return false;
  }
  return true;
}

/** Parses a lexicon file: one entry per line, `#` starts a comment, blank lines ignored. */
export function parseLexiconText(text: string): string[] {
  const entries: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line) entries.push(line);
  }
  return [...new Set(entries)];
}
