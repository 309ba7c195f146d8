/**
 * Rules that need more than one line: headings, hard-wrapped paragraphs, boilerplate blocks (an "About
 * the author" section, a promo heading over a newsletter pitch), reader comments after the article.
 */
import type { Line } from './lines';
import { straightQuotes } from './lines';

const BULLET = /^(?:[•·‣◦▪▫■□●○◆◇►▸➢➤✓✔*+]|[-–—](?=\s)|\(?\d{1,3}[.)](?=\s)|[a-z]\)(?=\s))/;

export function isBullet(text: string): boolean {
  return BULLET.test(text);
}

const MAX_HEADING_CHARS = 150;
const MAX_HEADING_WORDS = 20;
/** Longer lines are headings only in Title Case; a long sentence-case line is a sentence missing its period. */
const MAX_SENTENCE_CASE_HEADING_WORDS = 12;
const MINOR_WORDS = new Set(
  'a an the and or but nor of in on at to for from by with as vs into onto over under after before about'.split(
    ' ',
  ),
);

/**
 * A heading, headline, dek or section title: a short line that starts like a title and does not end like
 * a sentence or a clause (no final . , ; :). `headline` (the first line of a document) may also end with
 * ? or !; elsewhere such lines are questions and exclamations (interview questions, quotes).
 */
export function looksLikeHeading(text: string, headline = false): boolean {
  if (text.length > MAX_HEADING_CHARS || isBullet(text)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(#]/u.test(text) || !/\p{L}/u.test(text)) return false;
  if (/[.,;:…।。][\s"”’')\]]*$/.test(text)) return false;
  if (/[!?][\s"”’')\]]*$/.test(text) && (!headline || /[!?]["”’']$/.test(text))) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_HEADING_WORDS) return false;
  return headline || words.length <= MAX_SENTENCE_CASE_HEADING_WORDS || titleCaseShare(words) >= 0.6;
}

function titleCaseShare(words: string[]): number {
  const content = words.filter((w) => /\p{L}/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / Math.max(1, content.length);
}

const ABOUT_AUTHOR = /^about the (author|writer|reporter|contributors?)\s*:?$/i;

/**
 * An "About the author" heading and what follows it up to the next heading-like line.
 * Returns the indices (into `lines`) to remove.
 */
export function authorBioBlock(lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!ABOUT_AUTHOR.test(lines[i].text)) continue;
    out.push(i);
    for (let j = i + 1; j < lines.length && !looksLikeHeading(lines[j].text); j++) out.push(j);
  }
  return out;
}

const FIRST_PERSON = /\b(i|i'm|i've|i'd|i'll|me|my|mine|myself|you|your|you're|lol|imo|imho)\b/gi;
const MAX_TAIL_SHARE = 0.4;

/**
 * Reader comments pasted after the article: the lines after the document's widest gap, when that gap is
 * wider than the usual paragraph gap (at least two blank lines), the tail is a small part of the document,
 * and it talks like a person rather than reports (first/second person outside quotes).
 * Returns the index of the first comment line, or undefined.
 */
export function readerCommentsStart(lines: readonly Line[], textLength: number): number | undefined {
  if (lines.length < 4) return undefined;
  const usualGap = mostCommon(lines.slice(1).map((l) => l.gapBefore));
  let start: number | undefined;
  for (let i = lines.length - 1; i > 0; i--) {
    if (lines[i].gapBefore >= Math.max(3, usualGap + 2)) {
      start = i;
      break;
    }
  }
  if (start === undefined) return undefined;
  const tailChars = textLength - lines[start].start;
  if (tailChars > textLength * MAX_TAIL_SHARE) return undefined;
  const tail = lines
    .slice(start)
    .map((l) => l.text)
    .join(' ');
  return isConversational(tail) ? start : undefined;
}

/** First- or second-person talk, counted outside quotations. */
export function isConversational(text: string): boolean {
  const unquoted = straightQuotes(text).replace(/"[^"]*"/g, ' ');
  const words = unquoted.split(/\s+/).filter(Boolean).length;
  const personal = unquoted.match(FIRST_PERSON)?.length ?? 0;
  return personal >= 2 && personal / Math.max(1, words) >= 0.02;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 1;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** A line ending a sentence or clause: final punctuation, possibly followed by closing quotes or brackets. */
const TERMINAL = /[.!?:;…][\s"”’')\]]*$/;
const WRAP_MAX_WIDTH = 100;

/**
 * Hard-wrapped text (e-mails, plain-text exports at ~72 columns) breaks sentences across lines. A document
 * is hard-wrapped when its lines are short and most of them come close to the longest one.
 */
export function isHardWrapped(lines: readonly Line[]): boolean {
  if (lines.length < 5) return false;
  // A loop, not Math.max(...lines): a spread of 100k+ lines overflows the call stack.
  const width = lines.reduce((max, l) => Math.max(max, l.text.length), 0);
  if (width > WRAP_MAX_WIDTH) return false;
  const adjacent = lines.filter((_l, i) => i + 1 < lines.length && lines[i + 1].gapBefore === 1);
  const full = adjacent.filter((l) => l.text.length >= width * 0.6).length;
  return adjacent.length >= lines.length / 2 && full >= adjacent.length * 0.6;
}

/** Should line `b` continue the paragraph of line `a` (directly below it)? */
export function continuesParagraph(a: Line, b: Line, hardWrapped: boolean): boolean {
  if (b.gapBefore !== 1 || isBullet(b.text)) return false;
  if (hardWrapped) return !(TERMINAL.test(a.text) && a.text.length < 40) && !looksLikeHeadingLine(a, b);
  return a.text.length >= 40 && !TERMINAL.test(a.text) && /^\p{Ll}/u.test(b.text);
}

/** In wrapped text, a short title-like line followed by a blank-free paragraph is still a heading. */
function looksLikeHeadingLine(a: Line, b: Line): boolean {
  return looksLikeHeading(a.text) && a.text.length < 0.6 * b.text.length;
}
