/**
 * Fine-grained words for matching, independent of the segmenter's tokenization: possessive `'s`, hyphens and
 * punctuation are separate words; dotted acronyms ("U.S.") and abbreviations ("Gen.", "S.") keep their dots.
 * Every word knows its document offsets, so matches map back to the sentence's tokens and to `doc.text`.
 */

export type WordShape = 'upper' | 'title' | 'lower' | 'other';

export interface Word {
  text: string;
  /** Matching key: accent-folded, lower-cased, dots dropped, curly apostrophes straightened. */
  key: string;
  start: number;
  end: number;
  shape: WordShape;
  /** Whitespace (or the sentence start) precedes the word: "U.S.-Mexico" has none before "-" and "Mexico". */
  spaceBefore: boolean;
}

/** Abbreviations that keep their trailing period (titles, name suffixes, common short forms). */
const ABBREVIATIONS = new Set(
  (
    'gen sen rep gov lt col capt sgt adm dr mr mrs ms mx jr sr st mt ft prof rev maj brig cpl pvt cmdr ' +
    'gens sens reps supt insp det no inc corp co ltd dept univ assn bros messrs vs etc'
  ).split(' '),
);

const WORD_RE =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:/]\p{N}+)*|[^\s]/gu;

/** Splits `text` (found at `offset` in the document) into words. */
const wordPattern = new RegExp(WORD_RE.source, 'gu');

export function tokenizeWords(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  const re = wordPattern;
  re.lastIndex = 0;
  let previousEnd = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    const index = match.index;
    let raw = match[0];
    const spaceBefore = index === 0 || index > previousEnd;
    // A possessive or contraction tail becomes its own word ("Mexico's" -> "Mexico" + "'s").
    if (raw.length > 2 && (raw.includes("'") || raw.includes('’'))) {
      const possessive = /^(.+?)(['’]s)$/iu.exec(raw);
      if (possessive && /\p{L}/u.test(possessive[1])) {
        push(words, possessive[1], offset + index, spaceBefore);
        push(words, possessive[2], offset + index + possessive[1].length, false);
        previousEnd = index + raw.length;
        continue;
      }
    }
    // Keep the period of abbreviations and single-letter initials ("Gen.", "S.").
    if (text.charCodeAt(index + raw.length) === 46 && raw.length <= 4 && isLettersOnly(raw)) {
      if (isInitial(raw) || ABBREVIATIONS.has(raw.toLowerCase())) {
        raw += '.';
        re.lastIndex = index + raw.length;
      }
    }
    push(words, raw, offset + index, spaceBefore);
    previousEnd = index + raw.length;
  }
  return words;
}

function isLettersOnly(raw: string): boolean {
  return /^\p{L}+$/u.test(raw);
}

function isInitial(raw: string): boolean {
  return raw.length === 1 && /\p{Lu}/u.test(raw);
}

function push(words: Word[], text: string, start: number, spaceBefore: boolean): void {
  words.push({
    text,
    key: wordKey(text),
    start,
    end: start + text.length,
    shape: wordShape(text),
    spaceBefore,
  });
}

/** Keys already computed: news vocabulary repeats, and the key is on every word's path. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/** The matching key of one word: "U.S." -> "us", "Türk" -> "turk", "Mexico’s" -> "mexico's". */
export function wordKey(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  let key = keyCache.get(text);
  if (key === undefined) {
    const folded = isAscii(text) ? text : foldAccents(text).replace(/’/g, "'");
    key = folded.toLowerCase().replace(/\./g, '') || text;
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

/** ASCII without dots or apostrophes: the key is the lower-case text (most words of English news). */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || c === 46 || c === 39) return false;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Letters only: no lower case -> upper; first letter capital -> title; else lower. Fast path for ASCII. */
export function wordShape(text: string): WordShape {
  let letters = 0;
  let firstUpper = false;
  let anyLower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let upper: boolean;
    let lower: boolean;
    if (c < 128) {
      upper = c >= 65 && c <= 90;
      lower = c >= 97 && c <= 122;
    } else {
      const ch = text[i];
      const isLetter = /\p{L}/u.test(ch);
      upper = isLetter && /\p{Lu}/u.test(ch);
      lower = isLetter && !upper && /\p{Ll}/u.test(ch);
      if (isLetter && !upper && !lower) lower = true; // letters without case (CJK, Arabic): treat as words
    }
    if (!upper && !lower) continue;
    if (letters === 0) firstUpper = upper;
    letters++;
    if (lower) anyLower = true;
  }
  if (letters === 0) return 'other';
  if (!anyLower) return 'upper';
  return firstUpper ? 'title' : 'lower';
}

/** Splits a lexicon phrase the same way sentences are split, and returns the keys. */
export function phraseKeys(phrase: string): string[] {
  return tokenizeWords(phrase).map((w) => w.key);
}
