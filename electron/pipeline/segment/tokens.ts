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
import { keepsPeriod } from './abbreviations';
import { isAlnum, isDigit, isSpace, PERIOD, ELLIPSIS } from './chars';

const APOSTROPHE = 39;
const RIGHT_SINGLE = 0x2019;
const HYPHEN = 45;
const EM_DASH = 0x2014;
const EN_DASH = 0x2013;

/** Split off the front of a chunk: opening quotes and brackets, currency, hash, dashes. */
const LEADING = new Set([
  34,
  0x201c,
  0x201e,
  0x2018,
  0xab,
  0x2039,
  40,
  91,
  123,
  0xbf,
  0xa1,
  36,
  0xa3,
  0x20ac,
  0xa5,
  35,
  EM_DASH,
  EN_DASH,
  ELLIPSIS,
  42,
]);
/** Split off the end of a chunk (the period is decided separately). */
const TRAILING = new Set([
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
const INTERNAL = new Set([34, 0x201c, 0x201d, 0x201e, 40, 41, 91, 93, 123, 125, EM_DASH, EN_DASH, ELLIPSIS]);

const URL_START = /^(?:https?:\/\/|www\.)/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
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

function tokenizeChunk(text: string, start: number, end: number, nextIsDigit: boolean, out: Token[]): void {
  const push = (s: number, e: number) => out.push({ start: s, end: e, text: text.slice(s, e) });
  let a = start;
  let b = end;

  // Leading punctuation.
  while (a < b) {
    const c = text.charCodeAt(a);
    if (c === PERIOD && text.charCodeAt(a + 1) === PERIOD) {
      const e = runEnd(text, a, b, PERIOD);
      push(a, e);
      a = e;
    } else if (c === HYPHEN && text.charCodeAt(a + 1) === HYPHEN) {
      const e = runEnd(text, a, b, HYPHEN);
      push(a, e);
      a = e;
    } else if (c === HYPHEN && a + 1 < b && !isDigit(text.charCodeAt(a + 1))) {
      push(a, a + 1);
      a++;
    } else if ((c === APOSTROPHE || c === RIGHT_SINGLE) && a + 1 < b && !keepsLeadingApostrophe(text, a, b)) {
      push(a, a + 1);
      a++;
    } else if (LEADING.has(c) && a + 1 < b) {
      push(a, a + 1);
      a++;
    } else break;
  }

  if (isUrlOrEmail(text, a, b)) {
    const trailing: Token[] = [];
    while (b > a + 1 && /[.,;:!?)\]"”’'>]/.test(text[b - 1])) {
      trailing.unshift({ start: b - 1, end: b, text: text[b - 1] });
      b--;
    }
    push(a, b);
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
    } else if (c === HYPHEN || TRAILING.has(c)) {
      trailing.unshift([b - 1, b]);
      b--;
    } else if ((c === APOSTROPHE || c === RIGHT_SINGLE) && closesWord(text, a, b - 1)) {
      trailing.unshift([b - 1, b]);
      b--;
    } else break;
  }

  splitCore(text, a, b, push);
  for (const [s, e] of trailing) push(s, e);
}

/** Inside a chunk: dashes, double quotes, brackets and ellipses are tokens; the pieces between are words. */
function splitCore(text: string, a: number, b: number, push: (s: number, e: number) => void): void {
  let piece = a;
  let j = a;
  while (j < b) {
    const c = text.charCodeAt(j);
    let e = -1;
    if (INTERNAL.has(c)) e = j + 1;
    else if (c === HYPHEN && text.charCodeAt(j + 1) === HYPHEN) e = runEnd(text, j, b, HYPHEN);
    else if (c === PERIOD && text.charCodeAt(j + 1) === PERIOD) e = runEnd(text, j, b, PERIOD);
    if (e < 0) {
      j++;
      continue;
    }
    if (piece < j) splitClitic(text, piece, j, push);
    push(j, e);
    piece = e;
    j = e;
  }
  if (piece < b) splitClitic(text, piece, b, push);
}

/** "don't" -> "do" "n't"; "Mueller’s" -> "Mueller" "’s"; "we're" -> "we" "'re"; "O'Connor" stays whole. */
function splitClitic(text: string, a: number, b: number, push: (s: number, e: number) => void): void {
  const len = b - a;
  if (
    len >= 4 &&
    isApostrophe(text.charCodeAt(b - 2)) &&
    lower(text, b - 1) === 't' &&
    lower(text, b - 3) === 'n'
  ) {
    push(a, b - 3);
    push(b - 3, b);
    return;
  }
  for (const size of [2, 3]) {
    const k = b - size;
    if (k <= a || !isApostrophe(text.charCodeAt(k)) || !isAlnum(text.charCodeAt(k - 1))) continue;
    const suffix = text.slice(k + 1, b).toLowerCase();
    if (
      (size === 2 && (suffix === 's' || suffix === 'd' || suffix === 'm')) ||
      (size === 3 && /^(ll|re|ve)$/.test(suffix))
    ) {
      push(a, k);
      push(k, b);
      return;
    }
  }
  push(a, b);
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

function lower(text: string, i: number): string {
  return text[i].toLowerCase();
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

function isUrlOrEmail(text: string, a: number, b: number): boolean {
  if (b - a < 5) return false;
  const head = text.slice(a, Math.min(b, a + 300));
  return URL_START.test(head) || (head.includes('@') && EMAIL.test(head));
}
