/**
 * Stage 2a, clean: which parts of `doc.text` are the article. Everything else (affiliate and newsletter
 * blocks, share prompts, photo credits, bios, reader comments, repeated titles, lone dates...) is listed in
 * `removed` with a reason; `body` keeps the rest as paragraph regions, headings flagged. Offsets always
 * index the original `doc.text`; nothing is rewritten.
 *
 * General rules only (see clean/rules.ts); conservative by design: losing article text is worse than
 * keeping a line of boilerplate. A lone date line becomes the document date when it has none.
 */
import type { CleanedDocument, SourceDocument, Span } from './types';
import { parseLoneDate } from './read/dates';
import { lineKey, splitLines, type Line } from './clean/lines';
import { matchLineRule, trailingCredit } from './clean/rules';
import {
  authorBioBlock,
  continuesParagraph,
  isHardWrapped,
  looksLikeHeading,
  readerCommentsStart,
} from './clean/structure';

type Removed = CleanedDocument['removed'][number];

interface LineState {
  line: Line;
  removed?: string;
  /** Kept part of the line (a markdown heading mark or a trailing credit may be cut off). */
  keepStart: number;
  keepEnd: number;
  heading: boolean;
}

/** A short title-like line directly above a newsletter pitch is its promo heading ("Unlock your ..."). */
const MAX_PROMO_HEADING_WORDS = 12;

export function cleanDocument(doc: SourceDocument): CleanedDocument {
  const lines = splitLines(doc.text);
  const states: LineState[] = lines.map((line) => ({
    line,
    keepStart: line.start,
    keepEnd: line.end,
    heading: false,
  }));
  const removedParts: Removed[] = [];

  applyLineRules(states);
  for (const i of authorBioBlock(lines)) states[i].removed ??= 'author-bio';
  removePromoHeadings(states);
  const commentsStart = readerCommentsStart(lines, doc.text.length);
  if (commentsStart !== undefined) {
    for (const s of states.slice(commentsStart)) s.removed ??= 'reader-comments';
  }
  cutTrailingCredits(states, removedParts);
  removeRepeatedLines(states, doc.title);
  markHeadings(states, doc.format);

  const date = doc.date ?? firstLoneDate(states);
  const body = buildBody(states);
  const removed = [
    ...states
      .filter((s) => s.removed)
      .map((s) => ({ start: s.line.start, end: s.line.end, reason: s.removed! })),
    ...removedParts,
  ].sort((a, b) => a.start - b.start);
  return { ...doc, ...(date ? { date } : {}), body, removed };
}

function applyLineRules(states: LineState[]): void {
  for (const s of states) {
    s.removed = matchLineRule(s.line.text, { index: s.line.index, total: states.length });
  }
}

function removePromoHeadings(states: LineState[]): void {
  // Never the first line: that is the article's own headline.
  for (let i = states.length - 2; i >= 1; i--) {
    const text = states[i].line.text;
    if (states[i].removed || states[i + 1].removed !== 'newsletter') continue;
    if (looksLikeHeading(text) && text.split(/\s+/).length <= MAX_PROMO_HEADING_WORDS) {
      states[i].removed = 'newsletter';
    }
  }
}

function cutTrailingCredits(states: LineState[], removedParts: Removed[]): void {
  for (const s of states) {
    if (s.removed) continue;
    const cut = trailingCredit(s.line.text);
    if (!cut) continue;
    const start = s.line.start + cut.start;
    s.keepEnd = trimEnd(s.line.text, cut.start) + s.line.start;
    removedParts.push({
      start: start + leadingSpaces(s.line.text, cut.start),
      end: s.line.end,
      reason: 'photo-credit',
    });
  }
}

/**
 * A line repeating an earlier kept line is dropped when it is title-like or a whole paragraph
 * (scrapers often repeat headlines); short repeated answers like "Yes." in an interview are kept.
 */
function removeRepeatedLines(states: LineState[], title: string | undefined): void {
  const seen = new Set<string>();
  if (title) seen.add(lineKey(title));
  let first = true;
  for (const s of states) {
    if (s.removed) continue;
    const text = s.line.text;
    const key = lineKey(text.startsWith('#') ? text.replace(/^#{1,6}\s+/, '') : text);
    // The first kept line is the headline even when it equals the metadata title.
    if (first) {
      first = false;
      seen.add(key);
      continue;
    }
    if (seen.has(key) && (looksLikeHeading(text) || text.length >= 80)) s.removed = 'repeated-line';
    else seen.add(key);
  }
}

function markHeadings(states: LineState[], format: SourceDocument['format']): void {
  const firstKept = states.find((s) => !s.removed);
  for (const s of states) {
    if (s.removed) continue;
    const mdHeading = format === 'md' ? /^#{1,6}\s+/.exec(s.line.text) : null;
    if (mdHeading) {
      s.keepStart = s.line.start + mdHeading[0].length;
      s.heading = true;
    } else {
      s.heading = looksLikeHeading(s.line.text, s === firstKept);
    }
  }
}

function firstLoneDate(states: LineState[]): string | undefined {
  for (const s of states) {
    if (s.removed !== 'date-line') continue;
    const iso = parseLoneDate(s.line.text)?.iso;
    if (iso) return iso;
  }
  return undefined;
}

/** Kept lines as regions; adjacent lines of one hard-wrapped or broken paragraph become one region. */
function buildBody(states: LineState[]): CleanedDocument['body'] {
  const kept = states.filter((s) => !s.removed && s.keepEnd > s.keepStart);
  const wrapped = isHardWrapped(kept.map((s) => s.line));
  const body: CleanedDocument['body'] = [];
  let previous: LineState | undefined;
  for (const s of kept) {
    const region: Span & { heading: boolean } = { start: s.keepStart, end: s.keepEnd, heading: s.heading };
    const last = body[body.length - 1];
    const adjacent = previous !== undefined && previous.line.index + 1 === s.line.index;
    if (last && adjacent && continuesParagraph(previous!.line, s.line, wrapped)) {
      // A line continued by the next one was a broken sentence, not a heading.
      last.end = region.end;
      last.heading = false;
    } else {
      body.push(region);
    }
    previous = s;
  }
  return body;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

function leadingSpaces(text: string, from: number): number {
  let n = 0;
  while (from + n < text.length && /\s/.test(text[from + n])) n++;
  return n;
}
