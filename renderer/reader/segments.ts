/**
 * Splits an article into paragraphs of styled segments for the evidence reader (pure): recognised entity
 * mentions become clickable marks, the evidence sentence is highlighted, and the parts the cleaner set aside
 * (newsletter blocks, photo credits, bios, comments...) are flagged with its reason so the reader can show
 * them de-emphasised. Offsets index `text` (UTF-16), as everywhere in the pipeline; bad offsets from an old
 * or foreign graph are clamped or dropped.
 */
export interface MentionSpan {
  start: number;
  end: number;
  entity: string;
  type: string;
}

/** A region the cleaner removed from the article, with its reason (`newsletter`, `photo-credit`...). */
export interface RemovedSpan {
  start: number;
  end: number;
  reason: string;
}

export interface Segment {
  text: string;
  start: number;
  mention?: MentionSpan;
  highlight: boolean;
  /** Set inside a removed region that is part of a kept line (a trailing photo credit): its reason. */
  removed?: string;
}

export interface Paragraph {
  start: number;
  segments: Segment[];
  /** Set when the whole paragraph is outside the article: the cleaner's reason. */
  removed?: string;
}

/** What the reader draws: article paragraphs, and runs of removed paragraphs with their reasons. */
export type ArticleBlock =
  { kind: 'text'; paragraph: Paragraph } | { kind: 'removed'; reasons: string[]; paragraphs: Paragraph[] };

/** Mentions sorted, clamped to the text, overlaps resolved in favour of the earlier (then longer) one. */
export function cleanMentions(text: string, mentions: readonly MentionSpan[]): MentionSpan[] {
  const valid = mentions
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MentionSpan[] = [];
  let lastEnd = -1;
  for (const m of valid) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

/** Paragraph ranges: blank lines separate paragraphs; single newlines inside one stay as line breaks. */
export function paragraphRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const re = /\n\s*\n/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text))) {
    if (match.index > start) ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges.filter((r) => text.slice(r.start, r.end).trim().length > 0);
}

/** Removed spans clamped to the text, sorted, empty ones dropped. */
export function cleanRemoved(text: string, removed: readonly RemovedSpan[]): RemovedSpan[] {
  return removed
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.end > r.start)
    .sort((a, b) => a.start - b.start);
}

/** The reason of the removed span covering all the visible characters of `[start, end)`, if any. */
function coveringReason(text: string, start: number, end: number, removed: readonly RemovedSpan[]) {
  const slice = text.slice(start, end);
  const first = start + (slice.length - slice.trimStart().length);
  const last = end - (slice.length - slice.trimEnd().length);
  return removed.find((r) => r.start <= first && r.end >= last)?.reason;
}

/**
 * Blocks of text to segment: paragraphs, split further where whole lines change between article and
 * removed (the cleaner works line by line, and a bio line can follow an article line without a blank).
 */
function blockRanges(text: string, removed: readonly RemovedSpan[]) {
  const blocks: Array<{ start: number; end: number; removed?: string }> = [];
  for (const paragraph of paragraphRanges(text)) {
    if (removed.length === 0) {
      blocks.push(paragraph);
      continue;
    }
    let lineStart = paragraph.start;
    while (lineStart < paragraph.end) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline === -1 || newline >= paragraph.end ? paragraph.end : newline;
      const reason = text.slice(lineStart, lineEnd).trim()
        ? coveringReason(text, lineStart, lineEnd, removed)
        : undefined;
      const last = blocks.at(-1);
      if (last && last.end >= paragraph.start && last.removed === reason) last.end = lineEnd;
      else blocks.push({ start: lineStart, end: lineEnd, ...(reason ? { removed: reason } : {}) });
      lineStart = lineEnd + 1;
    }
  }
  return blocks;
}

export function segmentArticle(
  text: string,
  mentions: readonly MentionSpan[],
  highlight?: { start: number; end: number },
  removedSpans: readonly RemovedSpan[] = [],
): Paragraph[] {
  const marks = cleanMentions(text, mentions);
  const removed = cleanRemoved(text, removedSpans);
  const hl = highlight && highlight.end > highlight.start ? highlight : undefined;
  return blockRanges(text, removed).map(({ start, end, removed: blockReason }) => {
    const cuts = new Set<number>([start, end]);
    const inside = (a: number) => a > start && a < end;
    for (const m of marks) {
      if (m.end <= start || m.start >= end) continue;
      cuts.add(Math.max(start, m.start));
      cuts.add(Math.min(end, m.end));
    }
    if (hl) for (const p of [hl.start, hl.end]) if (inside(p)) cuts.add(p);
    if (!blockReason) for (const r of removed) for (const p of [r.start, r.end]) if (inside(p)) cuts.add(p);
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const mention = marks.find((m) => m.start <= a && m.end >= b);
      const reason = blockReason ? undefined : removed.find((r) => r.start <= a && r.end >= b)?.reason;
      segments.push({
        text: text.slice(a, b),
        start: a,
        mention,
        highlight: !!hl && a >= hl.start && b <= hl.end,
        ...(reason ? { removed: reason } : {}),
      });
    }
    return { start, segments, ...(blockReason ? { removed: blockReason } : {}) };
  });
}

/**
 * Groups consecutive removed paragraphs into one block listing their reasons in order, so a comment thread
 * or the furniture around a headline (date line, share prompt, repeated title) folds as one.
 */
export function articleBlocks(paragraphs: readonly Paragraph[]): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const paragraph of paragraphs) {
    const last = blocks.at(-1);
    if (!paragraph.removed) blocks.push({ kind: 'text', paragraph });
    else if (last?.kind === 'removed') {
      last.paragraphs.push(paragraph);
      if (!last.reasons.includes(paragraph.removed)) last.reasons.push(paragraph.removed);
    } else blocks.push({ kind: 'removed', reasons: [paragraph.removed], paragraphs: [paragraph] });
  }
  return blocks;
}

/** The cleaner's reason codes in words; an unknown code is shown with its dashes as spaces. */
const REASON_LABELS: Record<string, string> = {
  'affiliate-disclosure': 'affiliate disclosure',
  newsletter: 'newsletter block',
  'share-prompt': 'share or app prompt',
  'comment-prompt': 'invitation to comment',
  taxonomy: 'tags and categories',
  'read-more': 'related-article link',
  'orphan-link': 'stray link text',
  'photo-credit': 'photo credit',
  copyright: 'copyright notice',
  byline: 'byline',
  'author-bio': 'author bio',
  code: 'page code',
  'stray-markup': 'stray markup',
  'link-line': 'bare link',
  'date-line': 'date line',
  'reader-comments': 'reader comments',
  'repeated-line': 'repeated headline or line',
};

export function removedReasonLabel(reason: string): string {
  return REASON_LABELS[reason] ?? reason.replace(/[-_]+/g, ' ').trim();
}

/**
 * Splits a sentence around occurrences of the given names (longest first, case-insensitive, whole words),
 * so an evidence sentence can show which words are the two entities.
 */
export function emphasise(sentence: string, names: readonly string[]): Array<{ text: string; hit: boolean }> {
  const terms = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  if (terms.length === 0) return [{ text: sentence, hit: false }];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: Array<{ text: string; hit: boolean }> = [];
  let last = 0;
  for (const match of sentence.matchAll(re)) {
    const start = match.index ?? 0;
    if (start > last) out.push({ text: sentence.slice(last, start), hit: false });
    out.push({ text: match[0], hit: true });
    last = start + match[0].length;
  }
  if (last < sentence.length) out.push({ text: sentence.slice(last), hit: false });
  return out;
}
