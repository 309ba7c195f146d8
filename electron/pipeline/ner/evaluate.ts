/** Scores a tagger on IOB-labelled sentences (used for the dev split during training and by the eval). */
import { labelsToSpans } from './labels';
import { SpanScorer, gmbEvalType, GMB_MAIN_TYPES, prf, type Scores } from './metrics';

export interface LabelledSentence {
  words: readonly string[];
  tags: readonly string[];
}

export function scoreTagger(
  tag: (tokens: readonly string[]) => readonly string[],
  sentences: readonly LabelledSentence[],
  mapType: (type: string) => string | undefined = gmbEvalType,
): SpanScorer {
  const scorer = new SpanScorer(mapType);
  for (const s of sentences) scorer.add(labelsToSpans(s.tags), labelsToSpans(tag(s.words)));
  return scorer;
}

/** Micro-average over per, org and geo+gpe: the number early stopping and the target use. */
export function mainScore(scorer: SpanScorer): Scores {
  return prf(scorer.total(GMB_MAIN_TYPES));
}
