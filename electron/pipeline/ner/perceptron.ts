/**
 * Structured averaged perceptron (Collins 2002) over Viterbi-decoded label sequences.
 * Weights are updated only when the decoded sequence is wrong: +1 for the gold label's features and
 * transitions, -1 for the predicted ones. Averaging uses the usual trick: keep w and u = sum(step * delta);
 * the average of all intermediate weight vectors is w - u / step, computed once at the end of an epoch.
 */
import { Decoder } from './decoder';

/** One training sentence with features already mapped to weight rows. */
export interface TrainingInstance {
  /** Rows of token t: rows[offsets[t] .. offsets[t + 1]). */
  rows: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
  /** 1 for features that identify the word itself (word, word bigrams): what word dropout hides. */
  identity: Uint8Array;
}

/**
 * Word dropout: with probability `wordDropout` an entity token's identity features (its word, its word
 * bigrams) are hidden while learning from the sentence, so the model also learns to recognise names it
 * has never seen from shape, affixes and context. Non-entity tokens (label 0, `O`) are never hidden:
 * their words ("said", "the") are exactly what the model should memorise.
 */
export interface LearnOptions {
  wordDropout: number;
  random: () => number;
}

export class AveragedPerceptron {
  readonly labelCount: number;
  readonly rowCount: number;
  private readonly w: Float64Array;
  private readonly u: Float64Array;
  private readonly trans: Float64Array;
  private readonly transU: Float64Array;
  private step = 1;
  private readonly decoder: Decoder;
  private emissions = new Float64Array(0);
  private predicted = new Int32Array(0);
  private dropped = new Uint8Array(0);

  constructor(labels: readonly string[], rowCount: number) {
    const L = labels.length;
    this.labelCount = L;
    this.rowCount = rowCount;
    this.w = new Float64Array(rowCount * L);
    this.u = new Float64Array(rowCount * L);
    this.trans = new Float64Array((L + 1) * L);
    this.transU = new Float64Array((L + 1) * L);
    this.decoder = new Decoder(labels);
  }

  /** Decodes one instance with the current weights and learns from it. Returns the token errors. */
  learn(instance: TrainingInstance, options?: LearnOptions): number {
    const n = instance.gold.length;
    if (this.dropped.length < n) this.dropped = new Uint8Array(n * 2);
    for (let t = 0; t < n; t++) {
      const entity = instance.gold[t] !== 0;
      this.dropped[t] =
        entity && options && options.wordDropout > 0 && options.random() < options.wordDropout ? 1 : 0;
    }
    const predicted = this.predict(instance);
    let errors = 0;
    for (let t = 0; t < n; t++) if (predicted[t] !== instance.gold[t]) errors++;
    if (errors > 0) this.update(instance, predicted, n);
    this.step++;
    return errors;
  }

  /** The averaged weights (what gets saved and evaluated). */
  averaged(): { weights: Float32Array; transitions: Float32Array } {
    return {
      weights: average(this.w, this.u, this.step),
      transitions: average(this.trans, this.transU, this.step),
    };
  }

  private predict(instance: TrainingInstance): Int32Array {
    const n = instance.gold.length;
    const L = this.labelCount;
    if (this.emissions.length < n * L) {
      this.emissions = new Float64Array(n * L * 2);
      this.predicted = new Int32Array(n * 2);
    }
    const e = this.emissions;
    e.fill(0, 0, n * L);
    const { rows, offsets, identity } = instance;
    for (let t = 0; t < n; t++) {
      const drop = this.dropped[t];
      for (let k = offsets[t]; k < offsets[t + 1]; k++) {
        if (drop && identity[k]) continue;
        const base = rows[k] * L;
        for (let y = 0; y < L; y++) e[t * L + y] += this.w[base + y];
      }
    }
    this.decoder.viterbi(e, n, this.trans, this.predicted);
    return this.predicted;
  }

  private update(instance: TrainingInstance, predicted: Int32Array, n: number): void {
    const L = this.labelCount;
    const { rows, offsets, gold, identity } = instance;
    const c = this.step;
    for (let t = 0; t < n; t++) {
      const g = gold[t];
      const p = predicted[t];
      const drop = this.dropped[t];
      if (g !== p) {
        for (let k = offsets[t]; k < offsets[t + 1]; k++) {
          if (drop && identity[k]) continue;
          const base = rows[k] * L;
          this.w[base + g] += 1;
          this.u[base + g] += c;
          this.w[base + p] -= 1;
          this.u[base + p] -= c;
        }
      }
      const gPrev = t === 0 ? L : gold[t - 1];
      const pPrev = t === 0 ? L : predicted[t - 1];
      if (gPrev !== pPrev || g !== p) {
        this.trans[gPrev * L + g] += 1;
        this.transU[gPrev * L + g] += c;
        this.trans[pPrev * L + p] -= 1;
        this.transU[pPrev * L + p] -= c;
      }
    }
  }
}

function average(w: Float64Array, u: Float64Array, step: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i] - u[i] / step;
  return out;
}
