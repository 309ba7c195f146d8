/**
 * Markdown -> text by blanking syntax with spaces of the same length, so every offset into the text is
 * also an offset into the file, and sentences read as prose ("**bold** [link](url)" -> "  bold    link      ").
 * Kept on purpose: ATX heading marks (`# `), which clean uses to flag headings, and list markers, which
 * segment strips from bullet items. Fenced code keeps its content but loses its fences.
 */

const FENCE = /^\s{0,3}(```|~~~)/;
const ATX_CLOSING = /(\s+#+)\s*$/;
const SETEXT_OR_RULE = /^\s{0,3}(?:=+|-+|(?:[-*_]\s*){3,})\s*$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]\n]{1,200}\]:\s+\S/;
const BLOCKQUOTE = /^(\s{0,3}>\s?)+/;
const TASK_BOX = /^(\s*(?:[-*+]|\d{1,3}[.)])\s+)(\[[ xX]\]\s)/;
/** `![alt](url)` / `[text](url)` / `[text][ref]` with bounded parts (no backtracking blow-up). */
const LINK = /(!?\[)([^\]\n]{0,300})(\]\([^)\n]{0,500}\)|\]\[[^\]\n]{0,100}\])/g;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]{1,500})>/g;
const INLINE_HTML = /<\/?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>\n]{0,300})?\/?>/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|~>])/g;

export function markdownToText(markdown: string): string {
  const lines = markdown.split('\n');
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) {
      inFence = !inFence;
      lines[i] = blank(line);
      continue;
    }
    if (inFence) continue;
    if (REFERENCE_DEFINITION.test(line) || TABLE_DIVIDER.test(line)) {
      lines[i] = blank(line);
      continue;
    }
    if (SETEXT_OR_RULE.test(line) && line.trim()) {
      lines[i] = blank(line);
      continue;
    }
    lines[i] = blankInline(blankBlockMarkers(line));
  }
  return lines.join('\n');
}

function blankBlockMarkers(line: string): string {
  let out = line.replace(BLOCKQUOTE, blank);
  out = out.replace(TASK_BOX, (_m, marker: string, box: string) => marker + blank(box));
  if (/^\s{0,3}#{1,6}\s/.test(out)) out = out.replace(ATX_CLOSING, blank);
  if (/^\s*\|/.test(out)) out = out.replace(/\|/g, ' ');
  return out;
}

function blankInline(line: string): string {
  if (!/[[\]<>`*_~\\]/.test(line)) return line;
  return blankEmphasis(
    line
      .replace(ESCAPE, (_m, c: string) => ' ' + c)
      .replace(LINK, (_m, open: string, label: string, target: string) => blank(open) + label + blank(target))
      .replace(AUTOLINK, (_m, url: string) => ' ' + url + ' ')
      .replace(INLINE_HTML, blank)
      .replace(/`+/g, blank),
  );
}

/**
 * Emphasis runs (`*`, `_`, `~~`) touching a word on one side only are markup; runs inside a word
 * (snake_case) or standing alone ("5 * 3") are text.
 */
function blankEmphasis(line: string): string {
  const firstNonSpace = line.search(/\S/);
  return line.replace(/[*_~]+/g, (run, offset: number) => {
    if (run.startsWith('~') && run.length < 2) return run;
    const before = offset > 0 ? line[offset - 1] : ' ';
    const after = offset + run.length < line.length ? line[offset + run.length] : ' ';
    const wordBefore = /[\p{L}\p{N}]/u.test(before);
    const wordAfter = /[\p{L}\p{N}]/u.test(after);
    const spaceBefore = /\s/.test(before);
    const spaceAfter = /\s/.test(after);
    if (wordBefore && wordAfter) return run;
    if (spaceBefore && spaceAfter) return run;
    // A list marker at the start of the line ("* item") is not emphasis.
    if (run === '*' && offset === firstNonSpace && spaceAfter) return run;
    return blank(run);
  });
}

function blank(s: string): string {
  return ' '.repeat(s.length);
}
