/**
 * First-order Viterbi decoding over label transitions, with IOB constraints (an `I-x` only continues an
 * `x` span) as hard limits, and max-marginals to report how sure the tagger is about each token.
 *
 * Transitions are a (L + 1) x L matrix: row `p` scores moving from label p to each label; row L is the
 * sentence start. Buffers are reused between calls (one Decoder per model).
 */
import { isAllowedTransition } from './labels';

const FORBIDDEN = -1e30;

export class Decoder {
  readonly labelCount: number;
  /** 1 where the transition (row: previous label or start, column: label) is allowed. */
  readonly allowed: Uint8Array;
  /** For each label, the previous labels (or L for the start) allowed before it. */
  private readonly allowedBefore: Int32Array[];
  /** For each label, the next labels allowed after it. */
  private readonly allowedAfter: Int32Array[];
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private back = new Int32Array(0);

  constructor(labels: readonly string[]) {
    const L = labels.length;
    this.labelCount = L;
    this.allowed = new Uint8Array((L + 1) * L);
    for (let p = 0; p <= L; p++) {
      for (let y = 0; y < L; y++) {
        this.allowed[p * L + y] = isAllowedTransition(p === L ? undefined : labels[p], labels[y]) ? 1 : 0;
      }
    }
    this.allowedBefore = labels.map((_, y) => {
      const before: number[] = [];
      for (let p = 0; p < L; p++) if (this.allowed[p * L + y]) before.push(p);
      return Int32Array.from(before);
    });
    this.allowedAfter = labels.map((_, p) => {
      const after: number[] = [];
      for (let y = 0; y < L; y++) if (this.allowed[p * L + y]) after.push(y);
      return Int32Array.from(after);
    });
  }

  /**
   * Best label sequence for `n` tokens. `emissions[t * L + y]` scores label y at token t.
   * Writes label ids into `out` and returns the path score.
   */
  viterbi(emissions: Float64Array, n: number, transitions: ArrayLike<number>, out: Int32Array): number {
    const L = this.labelCount;
    this.ensure(n);
    const alpha = this.alpha;
    const back = this.back;
    const allowed = this.allowed;
    const allowedBefore = this.allowedBefore;
    if (n === 0) return 0;
    for (let y = 0; y < L; y++) {
      alpha[y] = allowed[L * L + y] ? emissions[y] + transitions[L * L + y] : FORBIDDEN;
    }
    for (let t = 1; t < n; t++) {
      const prev = (t - 1) * L;
      const cur = t * L;
      for (let y = 0; y < L; y++) {
        let best = FORBIDDEN;
        let arg = 0;
        const before = allowedBefore[y];
        for (let b = 0; b < before.length; b++) {
          const p = before[b];
          const s = alpha[prev + p] + transitions[p * L + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        alpha[cur + y] = best + emissions[cur + y];
        back[cur + y] = arg;
      }
    }
    const last = (n - 1) * L;
    let bestY = 0;
    for (let y = 1; y < L; y++) if (alpha[last + y] > alpha[last + bestY]) bestY = y;
    const score = alpha[last + bestY];
    out[n - 1] = bestY;
    for (let t = n - 1; t > 0; t--) out[t - 1] = back[t * L + out[t]];
    return score;
  }

  /**
   * After `viterbi` on the same input: for each token, the score gap between the best path and the best
   * path that gives this token another label (a max-marginal margin; >= 0, larger is surer), and a
   * probability-like confidence: a softmax over max-marginals at the given temperature.
   */
  margins(
    emissions: Float64Array,
    n: number,
    transitions: ArrayLike<number>,
    path: Int32Array,
    temperature: number,
    margins: Float64Array,
    confidences: Float64Array,
  ): void {
    const L = this.labelCount;
    const alpha = this.alpha;
    const beta = this.beta;
    const allowedAfter = this.allowedAfter;
    for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
    for (let t = n - 2; t >= 0; t--) {
      const next = (t + 1) * L;
      for (let y = 0; y < L; y++) {
        let best = FORBIDDEN;
        const after = allowedAfter[y];
        for (let a = 0; a < after.length; a++) {
          const z = after[a];
          const s = transitions[y * L + z] + emissions[next + z] + beta[next + z];
          if (s > best) best = s;
        }
        beta[t * L + y] = best;
      }
    }
    for (let t = 0; t < n; t++) {
      const row = t * L;
      const chosen = path[t];
      const best = alpha[row + chosen] + beta[row + chosen];
      let second = FORBIDDEN;
      let partition = 0;
      for (let y = 0; y < L; y++) {
        const m = alpha[row + y] + beta[row + y];
        if (m <= FORBIDDEN / 2) continue;
        if (y !== chosen && m > second) second = m;
        partition += Math.exp((m - best) / temperature);
      }
      margins[t] = second <= FORBIDDEN / 2 ? Infinity : best - second;
      confidences[t] = 1 / partition;
    }
  }

  private ensure(n: number): void {
    const size = n * this.labelCount;
    if (this.alpha.length >= size) return;
    const cap = Math.max(size, this.alpha.length * 2, 64 * this.labelCount);
    this.alpha = new Float64Array(cap);
    this.beta = new Float64Array(cap);
    this.back = new Int32Array(cap);
  }
}
