/**
 * Sentence boundaries inside one body region (a paragraph or a line), in one left-to-right pass.
 *
 * A boundary is a run of . ! ? … plus any closing quotes/brackets, followed by whitespace, when:
 * - the period does not end an abbreviation that always continues ("Gen.", "e.g.", "Mr."),
 * - after a possibly-final abbreviation or an initial ("U.S.", "a.m.", "S."), the next word is a typical
 *   sentence opener ("the U.S. The ..."), not a name ("Robert S. Mueller", "U.S. Army"),
 * - the next word does not start in lower case ("“Enough!” he said", "approx. five"),
 * - it is not inside a short quotation that closes later in the region ("He said: “A. B.”" stays whole).
 *   Quotes are paired first; an opening quote that never closes suppresses nothing, so a stray quote
 *   cannot swallow the rest of the paragraph.
 */
import type { Span } from '../types';
import * as abbreviations from './abbreviations';
import * as chars from './chars';

// Local bindings: the scanner calls these per character (see the note in tokens.ts).
const { abbreviationKind, isNumberAbbreviation, SENTENCE_STARTERS } = abbreviations;
const { isAlnum, isCloser, isDigit, isLower, isOpener, isSpace, isTerminator, isUpper, PERIOD } = chars;

/** Quotations longer than this are split into sentences like any other text. */
const MAX_ATOMIC_QUOTE_CHARS = 400;
/** Words longer than this are never looked up as abbreviations or sentence openers. */
const MAX_WORD = 20;

const BULLET_MARK = /^(?:[•·‣◦▪▫■□●○◆◇►▸➢➤✓✔*+]|[-–—](?=\s)|\(?\d{1,3}[.)](?=\s)|[a-z]\)(?=\s))\s*/;

/** Where a region's text starts once a bullet glyph or list number is skipped. */
export function skipBullet(text: string, start: number, end: number): number {
  const m = BULLET_MARK.exec(text.slice(start, Math.min(end, start + 8)));
  return m ? start + m[0].length : start;
}

export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const quotes = pairQuotes(text, start, end);
  let q = 0;
  let sentenceStart = start;
  let wordStart = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      wordStart = i + 1;
      i++;
      continue;
    }
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    // The terminator run and its closing quotes/brackets.
    let j = i;
    while (j < end && isTerminator(text.charCodeAt(j))) j++;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j < end && !isSpace(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    while (q < quotes.length && quotes[q].end <= i) q++;
    // A closing quote set off by a space ("... tomorrow.' \"") still ends this sentence.
    if (q < quotes.length && quotes[q].start < i && quotes[q].end === k + 1) {
      j = k + 1;
      k = j;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
    }
    // Inside a quotation that closes after this point (a quote closed by this very run is over).
    const insideQuote = q < quotes.length && quotes[q].start < i && quotes[q].end > j;
    if (k < end && !insideQuote && isBoundary(text, wordStart, i, j, k, end)) {
      spans.push({ start: sentenceStart, end: j });
      sentenceStart = k;
    }
    wordStart = k;
    i = k;
  }
  const last = trimEnd(text, sentenceStart, end);
  if (last > sentenceStart) {
    // Stray closing punctuation at the end of a region belongs to the sentence before it.
    if (spans.length > 0 && !hasWordCharacter(text, sentenceStart, last)) spans[spans.length - 1].end = last;
    else spans.push({ start: sentenceStart, end: last });
  }
  return spans;
}

function hasWordCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAlnum(text.charCodeAt(i))) return true;
  return false;
}

/** Is the terminator run `text[i..j)` (after the word `text[wordStart..i)`) a sentence end, given the next word at k? */
function isBoundary(text: string, wordStart: number, i: number, j: number, k: number, end: number): boolean {
  const next = firstLetterOrDigit(text, k, end);
  const nextCode = next < end ? text.charCodeAt(next) : 0;
  if (isLower(nextCode)) return lowercaseContinuation(text, wordStart, i, j);
  const run = text.slice(i, Math.min(j, i + 8));
  const single = run.charCodeAt(0) === PERIOD && (run.length === 1 || !isTerminator(run.charCodeAt(1)));
  if (!single) return true;
  const word = i - wordStart <= MAX_WORD ? stripOpeners(text.slice(wordStart, i)) : '';
  if (isNumberAbbreviation(word) && isDigit(nextCode)) return false;
  const kind = abbreviationKind(word);
  if (kind === 'never-final') return false;
  if (kind === 'maybe-final' || kind === 'initial') return SENTENCE_STARTERS.has(nextWord(text, next, end));
  return true;
}

/**
 * A lower-case word after a terminator usually continues the sentence ("“Enough!” he said", "e.g. this",
 * "approx. five"); after an ordinary long word and a plain period it starts one that begins with a
 * lower-case name ("... the command line. youtube-dl is ...").
 */
function lowercaseContinuation(text: string, wordStart: number, i: number, j: number): boolean {
  if (text.charCodeAt(i) !== PERIOD || j - i > 1) return false;
  const word = stripOpeners(text.slice(wordStart, Math.min(i, wordStart + MAX_WORD + 1)));
  return word.length > 3 && /^[\p{L}-]+$/u.test(word) && abbreviationKind(word) === undefined;
}

function firstLetterOrDigit(text: string, k: number, end: number): number {
  let n = k;
  while (n < end && n < k + 4 && isOpener(text.charCodeAt(n))) n++;
  return n;
}

function nextWord(text: string, from: number, end: number): string {
  let e = from;
  while (e < end && e < from + MAX_WORD && (isUpper(text.charCodeAt(e)) || isLower(text.charCodeAt(e)))) e++;
  return text.slice(from, e);
}

function stripOpeners(word: string): string {
  let s = 0;
  while (s < word.length && isOpener(word.charCodeAt(s))) s++;
  return s ? word.slice(s) : word;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * Double-quotation spans in a region, each from its opening to its closing mark. Curly quotes say which
 * side they are; a straight " opens after a space or bracket and closes otherwise. An opening mark with no
 * closing one is dropped. Only short quotations are returned (long ones are split normally).
 */
export function pairQuotes(text: string, start: number, end: number): Span[] {
  const pairs: Span[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let side: 'open' | 'close' | undefined;
    if (c === 0x201c || c === 0x201e || c === 0xab) side = 'open';
    else if (c === 0x201d || c === 0xbb) side = 'close';
    else if (c === 34) {
      // A straight quote opens after a space or bracket and before a word; closes after a word; a quote
      // with space on both sides closes an open quotation, if there is one.
      const before = i > start ? text.charCodeAt(i - 1) : 32;
      const after = i + 1 < end ? text.charCodeAt(i + 1) : 32;
      const openBefore = isSpace(before) || before === 40 || before === 91 || before === 0x2014;
      if (!openBefore) side = 'close';
      else if (!isSpace(after)) side = 'open';
      else if (open >= 0) side = 'close';
    }
    if (side === 'open') open = i;
    else if (side === 'close' && open >= 0) {
      if (i - open <= MAX_ATOMIC_QUOTE_CHARS) pairs.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return pairs;
}
