/**
 * Stage 2b, segment: sentences and tokens with exact offsets for every kept body region.
 * `sentence.text === doc.text.slice(start, end)` and likewise for tokens, always.
 *
 * - a heading region is one sentence, flagged `heading` (headlines have no final punctuation);
 * - a bullet item is one or more sentences without its bullet glyph or list number;
 * - other regions are split by segment/sentences.ts and tokenised by segment/tokens.ts;
 * - sentences over MAX_SENTENCE_TOKENS are cut at the best boundary (segment/cap.ts).
 * Linear in the text: every scanner is a single pass with bounded look-around.
 */
import type { CleanedDocument, SegmentedDocument, Sentence, Span } from './types';
import { capTokens } from './segment/cap';
import { isSpace } from './segment/chars';
import { skipBullet, splitSentences } from './segment/sentences';
import { tokenize } from './segment/tokens';

export { MAX_SENTENCE_TOKENS } from './segment/cap';

export function segmentDocument(doc: CleanedDocument): SegmentedDocument {
  const sentences: Sentence[] = [];
  doc.body.forEach((region, paragraph) => {
    const start = skipBullet(doc.text, trimStart(doc.text, region.start, region.end), region.end);
    const spans: Span[] = region.heading
      ? [trimmed(doc.text, start, region.end)]
      : splitSentences(doc.text, start, region.end);
    for (const span of spans) {
      if (span.end <= span.start) continue;
      for (const tokens of capTokens(tokenize(doc.text, span.start, span.end))) {
        if (tokens.length === 0) continue;
        const s = tokens[0].start;
        const e = tokens[tokens.length - 1].end;
        sentences.push({
          index: sentences.length,
          start: s,
          end: e,
          text: doc.text.slice(s, e),
          tokens,
          paragraph,
          heading: region.heading,
        });
      }
    }
  });
  return { ...doc, sentences };
}

function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  return s;
}

function trimmed(text: string, start: number, end: number): Span {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: trimStart(text, start, e), end: e };
}
