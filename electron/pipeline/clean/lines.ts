/** Line view of a document for the cleaning rules: trimmed bounds, the gap before each line. */

export interface Line {
  /** Position among the non-blank lines. */
  index: number;
  /** Trimmed bounds in `doc.text`. */
  start: number;
  end: number;
  /** `doc.text.slice(start, end)`. */
  text: string;
  /** Newlines between the previous non-blank line and this one (1 = adjacent, 2 = one blank line...). */
  gapBefore: number;
}

const isBlank = (c: number) =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);

/** Non-blank lines with trimmed offsets, in one linear pass. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let newlines = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    let start = lineStart;
    let end = i;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      lines.push({ index: lines.length, start, end, text: text.slice(start, end), gapBefore: newlines });
      newlines = 0;
    }
    newlines++;
    lineStart = i + 1;
  }
  return lines;
}

/** Curly quotes and apostrophes to straight ones, so rules match either spelling. */
export function straightQuotes(s: string): string {
  return s.replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"');
}

/** Lines at least this long are compared verbatim: scraped duplicate paragraphs are exact copies. */
const VERBATIM_KEY_LENGTH = 200;

/**
 * Comparison key for repeated lines: for title-length lines case, quotes, spacing and final punctuation
 * are ignored (the same headline is often re-typed with straight quotes); long lines compare verbatim.
 */
export function lineKey(s: string): string {
  if (s.length >= VERBATIM_KEY_LENGTH) return s;
  const key = straightQuotes(s).toLowerCase().replace(/\s+/g, ' ');
  let end = key.length;
  while (end > 0 && ' .!?:;,'.includes(key[end - 1])) end--;
  return key.slice(0, end);
}
