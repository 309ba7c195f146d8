import type { Mention, SegmentedDocument } from '../types';
import type { SentenceContext } from './context';

/** Placeholder until coreference lands: returns the named mentions sorted. */
export function addCoreferences(
  _doc: SegmentedDocument,
  _sentences: SentenceContext[],
  mentions: Mention[],
): Mention[] {
  return [...mentions].sort((a, b) => a.start - b.start);
}
