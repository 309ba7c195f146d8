import type { Sentence } from '../types';

/** Sentence tokens covering `[start, end)`, end exclusive (a mention may sit inside a token: "U.S.-Mexico"). */
export function tokenRange(sentence: Sentence, start: number, end: number): [number, number] {
  const { tokens } = sentence;
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = Math.max(0, tokens.length - 1);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  return [first, Math.min(tokens.length, last + 1)];
}
