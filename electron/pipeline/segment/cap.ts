/**
 * Bounded sentences: a "sentence" of thousands of words (a table flattened to text, a missing full stop)
 * would make every later stage slow and its evidence useless, so it is cut into pieces of at most
 * MAX_SENTENCE_TOKENS at the best boundary available: after a ; then a : then a , and otherwise anywhere.
 */
import type { Token } from '../types';

export const MAX_SENTENCE_TOKENS = 120;
/** Pieces shorter than this are avoided when choosing where to cut. */
const MIN_PIECE_TOKENS = 20;

const PREFERRED_CUTS = [[';'], [':'], [',', '—', '–', '--']];

/** Splits a token list into consecutive pieces of at most `max` tokens. */
export function capTokens(tokens: Token[], max = MAX_SENTENCE_TOKENS): Token[][] {
  if (tokens.length <= max) return [tokens];
  const pieces: Token[][] = [];
  let from = 0;
  while (tokens.length - from > max) {
    const cut = bestCut(tokens, from, from + max);
    pieces.push(tokens.slice(from, cut));
    from = cut;
  }
  pieces.push(tokens.slice(from));
  return pieces;
}

/** Index of the first token of the next piece, in (from + MIN_PIECE_TOKENS, limit]. */
function bestCut(tokens: Token[], from: number, limit: number): number {
  for (const marks of PREFERRED_CUTS) {
    for (let i = limit - 1; i >= from + MIN_PIECE_TOKENS; i--) {
      if (marks.includes(tokens[i].text)) return i + 1;
    }
  }
  return limit;
}
