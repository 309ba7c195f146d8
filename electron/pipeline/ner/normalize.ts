/**
 * Token normalisation: our segmenter keeps the text's own characters (curly quotes, dashes, ellipses),
 * GMB was written with ASCII punctuation. Features are computed on the normalised form so both look alike
 * to the model; offsets are untouched because only the feature input changes.
 */

const REPLACEMENTS: ReadonlyArray<[RegExp, string]> = [
  [/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"'],
  [/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'"],
  [/\u2014|\u2015/g, '--'],
  [/[\u2010\u2011\u2012\u2013\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u00a0\u2007\u202f]/g, ' '],
];

const PTB_BRACKETS: Readonly<Record<string, string>> = {
  '-LRB-': '(',
  '-RRB-': ')',
  '-LSB-': '[',
  '-RSB-': ']',
  '-LCB-': '{',
  '-RCB-': '}',
  '``': '"',
  "''": '"',
};

// Fast path: almost every token is printable ASCII without backquotes.
const NEEDS_WORK = /[^\x20-\x5f\x61-\x7e]|^-[LR][RSC]B-$|^''$/;

export function normalizeToken(token: string): string {
  if (!NEEDS_WORK.test(token)) return token;
  const bracket = PTB_BRACKETS[token];
  if (bracket !== undefined) return bracket;
  let out = token;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}
