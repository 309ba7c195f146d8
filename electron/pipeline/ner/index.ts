/**
 * Statistical named-entity tagger (averaged structured perceptron trained on GMB). Public surface for
 * the pipeline: `tagTokens`, `tagTokensWithScores`, `labelsToSpans`.
 */
export {
  tagTokens,
  tagTokensWithScores,
  tagSpans,
  getNerModel,
  setNerModelPath,
  loadNerModel,
  nerModelLoadMs,
} from './tagger';
export { NerModel, NerModelError, type ScoredSpan, type TaggedToken } from './model';
export {
  labelsToSpans,
  labelType,
  NER_LABELS,
  NER_ENTITY_TYPES,
  type NerEntityType,
  type TokenSpan,
} from './labels';
export { normalizeToken } from './normalize';
