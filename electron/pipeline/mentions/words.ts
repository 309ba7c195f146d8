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
export function tokenizeWords(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  const re = new RegExp(WORD_RE.source, 'gu');
  let previousEnd = 0;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    const index = match.index;
    let raw = match[0];
    const spaceBefore = index === 0 || index > previousEnd;
    // A possessive or contraction tail becomes its own word ("Mexico's" -> "Mexico" + "'s").
    const possessive = /^(.+?)(['’]s)$/iu.exec(raw);
    if (possessive && /\p{L}/u.test(possessive[1])) {
      push(words, possessive[1], offset + index, spaceBefore);
      push(words, possessive[2], offset + index + possessive[1].length, false);
      previousEnd = index + raw.length;
      continue;
    }
    // Keep the period of abbreviations and single-letter initials ("Gen.", "S.").
    const next = text[index + raw.length];
    if (next === '.' && /^\p{L}+$/u.test(raw) && (isInitial(raw) || ABBREVIATIONS.has(raw.toLowerCase()))) {
      raw += '.';
      re.lastIndex = index + raw.length;
    }
    push(words, raw, offset + index, spaceBefore);
    previousEnd = index + raw.length;
  }
  return words;
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

/** The matching key of one word: "U.S." -> "us", "Türk" -> "turk", "Mexico’s" -> "mexico's". */
export function wordKey(text: string): string {
  return foldAccents(text).toLowerCase().replace(/’/g, "'").replace(/\./g, '') || text;
}

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

export function wordShape(text: string): WordShape {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return 'other';
  if (!/\p{Ll}/u.test(letters)) return 'upper';
  if (/^\p{Lu}/u.test(letters)) return 'title';
  return 'lower';
}

/** Splits a lexicon phrase the same way sentences are split, and returns the keys. */
export function phraseKeys(phrase: string): string[] {
  return tokenizeWords(phrase).map((w) => w.key);
}
