/**
 * GMB test-split evaluation of the NER tagger: entity level (exact span and type), per type with geo and
 * gpe merged on both sides, plus the micro-average over per, org and geo+gpe (target >= 0.85).
 */
import { scoreTagger } from '../../electron/pipeline/ner/evaluate';
import { GMB_MAIN_TYPES } from '../../electron/pipeline/ner/metrics';
import type { NerModel } from '../../electron/pipeline/ner/model';
import { getNerModel } from '../../electron/pipeline/ner/tagger';
import { loadGmbSplit, type GmbSentence } from './datasets';
import { rowFromCounts, type QualityRow } from './entity-rows';

export const GMB_SUITE = 'gmb-test';
const PER_TYPE = ['per', 'org', 'geo+gpe', 'eve', 'art'] as const;

export function evaluateGmb(sharedDir: string, model: NerModel = getNerModel()): QualityRow[] {
  return gmbRows(loadGmbSplit(sharedDir, 'test'), (tokens) => model.tag(tokens));
}

/** Rows for any tagger on any labelled sentences (the scorer behind `evaluateGmb`). */
export function gmbRows(
  sentences: readonly GmbSentence[],
  tag: (tokens: readonly string[]) => readonly string[],
  suite = GMB_SUITE,
): QualityRow[] {
  const scorer = scoreTagger(tag, sentences);
  const rows = PER_TYPE.map((type) => rowFromCounts(suite, type, scorer.total([type])));
  rows.push(
    rowFromCounts(
      suite,
      'micro per/org/geo+gpe',
      scorer.total(GMB_MAIN_TYPES),
      'exact span + type; target F1 >= 0.85',
    ),
  );
  return rows;
}
