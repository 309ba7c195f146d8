import type { EntityType, MentionTitle } from '../types';
import type { LexEntity } from './lexicon';

/** Where a candidate came from, most reliable first; used to break ties between overlapping spans. */
export const SOURCE_PRIORITY = { rule: 3, lexicon: 2, tagger: 1 } as const;

/** A proposed mention over sentence words `[start, end)`, before overlap resolution. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  source: 'tagger' | 'lexicon' | 'rule';
  /** Name of the rule or lexicon group, for debugging and tests. */
  why: string;
  lexicon?: LexEntity;
  /** Country (lexicon id) qualifying an organization: "Mexican government" -> Mexico. */
  country?: string;
  title?: MentionTitle;
  /** Tagger spans only: the tagger's confidence, when it gives one. */
  score?: number;
}

/** A rule's candidate. */
export function ruleCandidate(start: number, end: number, type: EntityType, why: string): Candidate {
  return { start, end, type, source: 'rule', why };
}
