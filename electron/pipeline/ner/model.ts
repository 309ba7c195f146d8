/**
 * A trained NER model in memory, and tagging with it: features -> emission scores -> Viterbi.
 * Independent of where the model comes from (file, training run, test fixture).
 */
import { Decoder, type TransitionBounds } from './decoder';
import { FeatureExtractor, FEATURE_SET_VERSION } from './features';
import { Gazetteer } from './gazetteer';
import { labelType, type NerEntityType, type TokenSpan } from './labels';
import { NerModelError } from './model-error';
import { EmissionScorer } from './scorer';

/** What the model file records besides the weights. */
export interface NerModelMeta {
  format: 'plexus-ner';
  formatVersion: 1;
  featureSetVersion: number;
  labels: string[];
  /** The lexicons the features were computed with (category -> entries). */
  lexicons: Record<string, string[]>;
  /** Softmax temperature for confidences, calibrated on the dev split. */
  temperature: number;
  /** How it was trained: command, seed, epochs, split, dev scores, timings. */
  training: Record<string, unknown>;
}

export interface NerModelData {
  meta: NerModelMeta;
  /** One feature hash per weight row. */
  hashes: Int32Array;
  /** rows x labels. */
  weights: Float32Array;
  /** (labels + 1) x labels; the last row scores the sentence start. */
  transitions: Float32Array;
}

/** A tagged span of tokens (end exclusive) with the lowest confidence of its tokens. */
export interface ScoredSpan extends TokenSpan {
  confidence: number;
}

export interface TaggedToken {
  label: string;
  /** Score gap to the best analysis that labels this token differently (>= 0; larger is surer). */
  margin: number;
  /** Probability-like confidence in [0, 1] from the margins of all labels (calibrated on dev). */
  confidence: number;
}

export { NerModelError };

export class NerModel {
  readonly meta: NerModelMeta;
  readonly labels: readonly string[];
  private readonly scorer: EmissionScorer;
  private readonly transitions: Float32Array;
  private readonly decoder: Decoder;
  private readonly bounds: TransitionBounds;
  private emissions = new Float64Array(0);
  private path = new Int32Array(0);
  private margins = new Float64Array(0);
  private confidences = new Float64Array(0);
  /** Per label id: its entity type (undefined for O), and whether it is an I- label. */
  private readonly labelTypes: ReadonlyArray<NerEntityType | undefined>;
  private readonly inside: Uint8Array;

  constructor(data: NerModelData) {
    const L = data.meta.labels.length;
    if (data.meta.featureSetVersion !== FEATURE_SET_VERSION) {
      throw new NerModelError(
        `The NER model was trained with feature set v${data.meta.featureSetVersion}, this code computes ` +
          `v${FEATURE_SET_VERSION}; retrain it with npm run train:ner.`,
      );
    }
    if (data.weights.length !== data.hashes.length * L || data.transitions.length !== (L + 1) * L) {
      throw new NerModelError('The NER model weights do not match its feature and label counts.');
    }
    this.meta = data.meta;
    this.labels = data.meta.labels;
    const extractor = new FeatureExtractor(new Gazetteer(data.meta.lexicons));
    this.scorer = new EmissionScorer(data.hashes, data.weights, L, extractor);
    this.transitions = data.transitions;
    this.decoder = new Decoder(this.labels);
    this.bounds = this.decoder.bounds(this.transitions);
    this.labelTypes = this.labels.map(labelType);
    this.inside = Uint8Array.from(this.labels, (label) => (label.startsWith('I-') ? 1 : 0));
  }

  get featureCount(): number {
    return this.scorer.featureCount;
  }

  /** One IOB label per token. */
  tag(tokens: readonly string[]): string[] {
    const n = this.decode(tokens);
    const labels = new Array<string>(n);
    for (let t = 0; t < n; t++) labels[t] = this.labels[this.path[t]];
    return labels;
  }

  /** Labels plus per-token margin and confidence (temperature: override for calibration). */
  tagWithScores(tokens: readonly string[], temperature = this.meta.temperature): TaggedToken[] {
    const n = this.decode(tokens);
    if (this.margins.length < n) {
      this.margins = new Float64Array(this.path.length);
      this.confidences = new Float64Array(this.path.length);
    }
    const { margins, confidences } = this;
    if (n > 0) {
      this.decoder.margins(
        this.emissions,
        n,
        this.transitions,
        this.path,
        temperature,
        margins,
        confidences,
        this.bounds,
      );
    }
    const out: TaggedToken[] = new Array(n);
    for (let t = 0; t < n; t++) {
      out[t] = { label: this.labels[this.path[t]], margin: margins[t], confidence: confidences[t] };
    }
    return out;
  }

  /**
   * The tagged spans (as `labelsToSpans` reads the labels), each with the lowest confidence of its tokens:
   * what `tagWithScores` gives, for less work when only spans matter. Confidences are only computed for
   * the tokens of spans, and the backward pass only runs from the first span on (none without spans).
   */
  tagSpans(tokens: readonly string[]): ScoredSpan[] {
    const n = this.decode(tokens);
    const spans: ScoredSpan[] = [];
    const path = this.path;
    for (let t = 0; t < n; t++) {
      const type = this.labelTypes[path[t]];
      if (type === undefined) continue;
      // A span starts at its B- (or, leniently, at any change of type) and runs over the I- of its type.
      let end = t + 1;
      while (end < n && this.inside[path[end]] && this.labelTypes[path[end]] === type) end++;
      spans.push({ start: t, end, type, confidence: 1 });
      t = end - 1;
    }
    if (spans.length === 0) return spans;
    this.decoder.backward(this.emissions, n, this.transitions, spans[0].start, this.bounds);
    for (const span of spans) {
      let lowest = Infinity;
      for (let t = span.start; t < span.end; t++) {
        lowest = Math.min(lowest, this.decoder.confidence(t, path[t], this.meta.temperature));
      }
      span.confidence = lowest;
    }
    return spans;
  }

  /** Runs features + Viterbi; leaves the label ids in `this.path`. */
  private decode(tokens: readonly string[]): number {
    const n = tokens.length;
    if (n === 0) return 0;
    const L = this.labels.length;
    if (this.emissions.length < n * L) {
      this.emissions = new Float64Array(Math.max(n * L, this.emissions.length * 2));
      this.path = new Int32Array(Math.max(n, this.path.length * 2));
    }
    this.scorer.score(tokens, this.emissions);
    this.decoder.viterbi(this.emissions, n, this.transitions, this.path, this.bounds);
    return n;
  }
}
