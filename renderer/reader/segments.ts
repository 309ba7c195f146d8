/**
 * Splits an article into paragraphs of styled segments for the evidence reader (pure): recognised entity
 * mentions become clickable marks, the evidence sentence is highlighted. Offsets index `text` (UTF-16),
 * as everywhere in the pipeline; bad offsets from an old or foreign graph are clamped or dropped.
 */
export interface MentionSpan {
  start: number;
  end: number;
  entity: string;
  type: string;
}

export interface Segment {
  text: string;
  start: number;
  mention?: MentionSpan;
  highlight: boolean;
}

export interface Paragraph {
  start: number;
  segments: Segment[];
}

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

export function segmentArticle(
  text: string,
  mentions: readonly MentionSpan[],
  highlight?: { start: number; end: number },
): Paragraph[] {
  const marks = cleanMentions(text, mentions);
  const hl = highlight && highlight.end > highlight.start ? highlight : undefined;
  return paragraphRanges(text).map(({ start, end }) => {
    const cuts = new Set<number>([start, end]);
    for (const m of marks) {
      if (m.end <= start || m.start >= end) continue;
      cuts.add(Math.max(start, m.start));
      cuts.add(Math.min(end, m.end));
    }
    if (hl) {
      if (hl.start > start && hl.start < end) cuts.add(hl.start);
      if (hl.end > start && hl.end < end) cuts.add(hl.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const mention = marks.find((m) => m.start <= a && m.end >= b);
      segments.push({
        text: text.slice(a, b),
        start: a,
        mention,
        highlight: !!hl && a >= hl.start && b <= hl.end,
      });
    }
    return { start, segments };
  });
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
