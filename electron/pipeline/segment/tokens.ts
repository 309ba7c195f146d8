/**
 * Penn-Treebank-like tokens with exact offsets, matching the conventions of the GMB corpus the NER tagger
 * learns from: punctuation split off, clitics split ("Mueller's" -> "Mueller" "'s", "don't" -> "do" "n't",
 * "can't" -> "ca" "n't"), abbreviations keep their period ("U.S.", "Gen.", "a.m."), hyphenated compounds
 * and numbers stay whole ("U.S.-Mexico", "4,700", "10:40", "17.09"), currency and percent signs split
 * ("$" "1.3", "30" "%"), quotes are tokens of their own (curly ones kept verbatim), URLs and e-mail
 * addresses are one token.
 *
 * One left-to-right pass over whitespace-separated chunks; each chunk is peeled from both ends, then its
 * core is split at dashes, quotes and brackets. Linear in the input.
 */
import type { Token } from '../types';
import * as abbreviations from './abbreviations';
import * as chars from './chars';

// Local bindings: these run once or more per character, and a module-namespace lookup per call is
// measurable when the code runs transpiled (tsx, vitest) rather than bundled.
const { keepsPeriod } = abbreviations;
const { isAlnum, isDigit, isSpace, PERIOD, ELLIPSIS } = chars;

const APOSTROPHE = 39;
const RIGHT_SINGLE = 0x2019;
const HYPHEN = 45;
const EM_DASH = 0x2014;
const EN_DASH = 0x2013;

/** Character roles in a chunk, as bit flags in a lookup table (Set lookups per character are slow). */
const LEADING = 1;
const TRAILING = 2;
const INTERNAL = 4;
const ROLE = new Uint8Array(0x2200);
const assign = (flag: number, codes: number[]) => codes.forEach((c) => (ROLE[c] |= flag));
/** Split off the front of a chunk: opening quotes and brackets, currency, hash, dashes, ellipsis, asterisk. */
assign(
  LEADING,
  [34, 0x201c, 0x201e, 0x2018, 0xab, 0x2039, 40, 91, 123, 0xbf, 0xa1, 36, 0xa3, 0x20ac, 0xa5, 35],
);
assign(LEADING, [EM_DASH, EN_DASH, ELLIPSIS, 42]);
/** Split off the end of a chunk (the period is decided separately). */
assign(TRAILING, [
  44,
  59,
  58,
  33,
  63,
  41,
  93,
  125,
  34,
  0x201d,
  0xbb,
  0x203a,
  37,
  ELLIPSIS,
  EM_DASH,
  EN_DASH,
  42,
]);
/** Split wherever they occur inside a chunk: they never belong to a word. */
assign(INTERNAL, [34, 0x201c, 0x201d, 0x201e, 40, 41, 91, 93, 123, 125, EM_DASH, EN_DASH, ELLIPSIS]);

const role = (c: number) => (c < 0x2200 ? ROLE[c] : 0);

const URL_START = /(?:https?:\/\/|www\.)/iy;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/y;
const CLITIC_AFTER_QUOTE = /^(?:s|d|m|ll|re|ve)(?![\p{L}\p{N}])/iu;
/** Longest word checked against the abbreviation lists (longer words are never abbreviations). */
const MAX_ABBREVIATION = 16;

/** Tokens of `text.slice(start, end)`, offsets into `text`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    let j = i;
    while (j < end && !isSpace(text.charCodeAt(j))) j++;
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    const nextIsDigit = k < end && isDigit(text.charCodeAt(k));
    tokenizeChunk(text, i, j, nextIsDigit, tokens);
    i = j;
  }
  return tokens;
}

/** No closures in the hot path: transpilers that keep function names make each one costly to create. */
function emit(text: string, out: Token[], start: number, end: number): void {
  out.push({ start, end, text: text.slice(start, end) });
}

function tokenizeChunk(text: string, start: number, end: number, nextIsDigit: boolean, out: Token[]): void {
  let a = start;
  let b = end;

  // Leading punctuation.
  while (a < b) {
    const c = text.charCodeAt(a);
    if (c === PERIOD && text.charCodeAt(a + 1) === PERIOD) {
      const e = runEnd(text, a, b, PERIOD);
      emit(text, out, a, e);
      a = e;
    } else if (c === HYPHEN && text.charCodeAt(a + 1) === HYPHEN) {
      const e = runEnd(text, a, b, HYPHEN);
      emit(text, out, a, e);
      a = e;
    } else if (c === HYPHEN && a + 1 < b && !isDigit(text.charCodeAt(a + 1))) {
      emit(text, out, a, a + 1);
      a++;
    } else if ((c === APOSTROPHE || c === RIGHT_SINGLE) && a + 1 < b && !keepsLeadingApostrophe(text, a, b)) {
      emit(text, out, a, a + 1);
      a++;
    } else if (role(c) & LEADING && a + 1 < b) {
      emit(text, out, a, a + 1);
      a++;
    } else break;
  }

  if (isUrlOrEmail(text, a, b)) {
    const trailing: Token[] = [];
    while (b > a + 1 && /[.,;:!?)\]"”’'>]/.test(text[b - 1])) {
      trailing.unshift({ start: b - 1, end: b, text: text[b - 1] });
      b--;
    }
    emit(text, out, a, b);
    out.push(...trailing);
    return;
  }

  // Trailing punctuation, collected right to left.
  const trailing: Array<[number, number]> = [];
  while (b > a + 1) {
    const c = text.charCodeAt(b - 1);
    if (c === PERIOD) {
      const s = runStart(text, a, b, PERIOD);
      if (b - s >= 2) {
        trailing.unshift([s, b]);
        b = s;
        continue;
      }
      const wordLength = b - 1 - a;
      if (wordLength <= MAX_ABBREVIATION && keepsPeriod(text.slice(a, b - 1), nextIsDigit)) break;
      trailing.unshift([b - 1, b]);
      b--;
    } else if (c === HYPHEN && text.charCodeAt(b - 2) === HYPHEN) {
      const s = runStart(text, a, b, HYPHEN);
      trailing.unshift([s, b]);
      b = s;
    } else if (c === HYPHEN || role(c) & TRAILING) {
      trailing.unshift([b - 1, b]);
      b--;
    } else if ((c === APOSTROPHE || c === RIGHT_SINGLE) && closesWord(text, a, b - 1)) {
      trailing.unshift([b - 1, b]);
      b--;
    } else break;
  }

  splitCore(text, a, b, out);
  for (const [s, e] of trailing) emit(text, out, s, e);
}

/** Inside a chunk: dashes, double quotes, brackets and ellipses are tokens; the pieces between are words. */
function splitCore(text: string, a: number, b: number, out: Token[]): void {
  let piece = a;
  let j = a;
  while (j < b) {
    const c = text.charCodeAt(j);
    let e = -1;
    if (role(c) & INTERNAL) e = j + 1;
    else if (c === HYPHEN && text.charCodeAt(j + 1) === HYPHEN) e = runEnd(text, j, b, HYPHEN);
    else if (c === PERIOD && text.charCodeAt(j + 1) === PERIOD) e = runEnd(text, j, b, PERIOD);
    if (e < 0) {
      j++;
      continue;
    }
    if (piece < j) splitClitic(text, piece, j, out);
    emit(text, out, j, e);
    piece = e;
    j = e;
  }
  if (piece < b) splitClitic(text, piece, b, out);
}

/** "don't" -> "do" "n't"; "Mueller’s" -> "Mueller" "’s"; "we're" -> "we" "'re"; "O'Connor" stays whole. */
function splitClitic(text: string, a: number, b: number, out: Token[]): void {
  const k2 = b - 2;
  const k3 = b - 3;
  if (k2 > a && isApostrophe(text.charCodeAt(k2))) {
    const last = text.charCodeAt(b - 1) | 32; // lower-cased ASCII letter
    if (last === 116 /* t */ && k3 > a && (text.charCodeAt(k3) | 32) === 110 /* n */) {
      emit(text, out, a, k3);
      emit(text, out, k3, b);
      return;
    }
    if (
      (last === 115 /* s */ || last === 100 /* d */ || last === 109) /* m */ &&
      isAlnum(text.charCodeAt(k2 - 1))
    ) {
      emit(text, out, a, k2);
      emit(text, out, k2, b);
      return;
    }
  }
  if (k3 > a && isApostrophe(text.charCodeAt(k3)) && isAlnum(text.charCodeAt(k3 - 1))) {
    const suffix = text.slice(k3 + 1, b).toLowerCase();
    if (suffix === 'll' || suffix === 're' || suffix === 've') {
      emit(text, out, a, k3);
      emit(text, out, k3, b);
      return;
    }
  }
  emit(text, out, a, b);
}

/** A leading apostrophe that is part of the token: a clitic on its own ("'s") or a year ("'80s"). */
function keepsLeadingApostrophe(text: string, a: number, b: number): boolean {
  if (isDigit(text.charCodeAt(a + 1))) return true;
  return CLITIC_AFTER_QUOTE.test(text.slice(a + 1, Math.min(b, a + 5)));
}

/** A final apostrophe closes a plural possessive ("parents'") or a quotation, not a word like "Dunkin'". */
function closesWord(text: string, a: number, apostrophe: number): boolean {
  if (apostrophe <= a) return false;
  const before = text.charCodeAt(apostrophe - 1);
  return before === 115 || before === 83 || !isAlnum(before);
}

function isApostrophe(c: number): boolean {
  return c === APOSTROPHE || c === RIGHT_SINGLE;
}

function runEnd(text: string, from: number, limit: number, code: number): number {
  let e = from;
  while (e < limit && text.charCodeAt(e) === code) e++;
  return e;
}

function runStart(text: string, limit: number, to: number, code: number): number {
  let s = to;
  while (s > limit && text.charCodeAt(s - 1) === code) s--;
  return s;
}

/** URLs start with a scheme or "www."; an e-mail address has an @ inside the chunk. Checked in place, no slicing. */
function isUrlOrEmail(text: string, a: number, b: number): boolean {
  if (b - a < 5) return false;
  const first = text.charCodeAt(a) | 32;
  if (first === 104 /* h */ || first === 119 /* w */) {
    URL_START.lastIndex = a;
    if (URL_START.test(text)) return true;
  }
  for (let i = a + 1; i < b - 3; i++) {
    if (text.charCodeAt(i) === 64 /* @ */) {
      EMAIL.lastIndex = a;
      return EMAIL.test(text) && EMAIL.lastIndex <= b;
    }
  }
  return false;
}
