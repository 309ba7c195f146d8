/**
 * First-order Viterbi decoding over label transitions, with IOB constraints (an `I-x` only continues an
 * `x` span) as hard limits, and max-marginals to report how sure the tagger is about each token.
 *
 * Transitions are a (L + 1) x L matrix: row `p` scores moving from label p to each label; row L is the
 * sentence start. Buffers are reused between calls (one Decoder per model).
 *
 * Speed (this runs on every token of every corpus) without changing a single result:
 *   - an I-x can only follow B-x or I-x, so it looks at those two predecessors only; the other labels
 *     ("open": O and B-x, which may follow anything) take the best over all previous labels;
 *   - a previous label whose score trails the best one by more than the transition scores into any open
 *     label vary cannot win a transition into an open label (it loses strictly), so it is skipped: most
 *     tokens are clear-cut and only a few of the 17 labels stay in play. The backward pass does the same
 *     over next labels. The labels kept are scanned in label order, so ties go to the lowest label id,
 *     as in a plain scan.
 */
import { isAllowedTransition } from './labels';

const FORBIDDEN = -1e30;

/**
 * Per transition matrix: how much the transitions into one open label vary over previous labels (the
 * largest such spread, `column`), and how much the transitions from one label into the open labels vary
 * (`row`).
 */
export interface TransitionBounds {
  column: number;
  row: number;
}

export class Decoder {
  readonly labelCount: number;
  /** 1 where the transition (row: previous label or start, column: label) is allowed. */
  readonly allowed: Uint8Array;
  /** Labels allowed after every label (O and B-x). */
  private readonly openLabels: Int32Array;
  /** The other labels (I-x), and for the k-th of them its allowed predecessors (B-x, I-x). */
  private readonly restrictedLabels: Int32Array;
  private readonly restrictedBefore: { offsets: Int32Array; labels: Int32Array };
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private back = new Int32Array(0);
  /** Labels still in play at one token (scratch). */
  private readonly candidates: Int32Array;
  /** Scores of the open labels at one token (scratch). */
  private readonly keys: Float64Array;

  constructor(labels: readonly string[]) {
    const L = labels.length;
    this.labelCount = L;
    this.candidates = new Int32Array(L);
    this.keys = new Float64Array(L);
    this.allowed = new Uint8Array((L + 1) * L);
    for (let p = 0; p <= L; p++) {
      for (let y = 0; y < L; y++) {
        this.allowed[p * L + y] = isAllowedTransition(p === L ? undefined : labels[p], labels[y]) ? 1 : 0;
      }
    }
    const before = labels.map((_, y) => labels.flatMap((__, p) => (this.allowed[p * L + y] ? [p] : [])));
    const ids = labels.map((_, y) => y);
    this.openLabels = Int32Array.from(ids.filter((y) => before[y].length === L));
    this.restrictedLabels = Int32Array.from(ids.filter((y) => before[y].length < L));
    const restrictedBefore = Array.from(this.restrictedLabels, (y) => before[y]);
    const offsets = [0];
    for (const list of restrictedBefore) offsets.push(offsets[offsets.length - 1] + list.length);
    this.restrictedBefore = {
      offsets: Int32Array.from(offsets),
      labels: Int32Array.from(restrictedBefore.flat()),
    };
  }

  /** The bounds the search uses; compute once per transition matrix (it changes during training only). */
  bounds(transitions: ArrayLike<number>): TransitionBounds {
    const L = this.labelCount;
    const open = this.openLabels;
    const spread = (values: number[]): number => Math.max(...values) - Math.min(...values);
    const labels = Array.from({ length: L }, (_, y) => y);
    const column = Math.max(...Array.from(open, (y) => spread(labels.map((p) => transitions[p * L + y]))));
    const row = Math.max(...labels.map((y) => spread(Array.from(open, (z) => transitions[y * L + z]))));
    return { column, row };
  }

  /**
   * Best label sequence for `n` tokens. `emissions[t * L + y]` scores label y at token t.
   * Writes label ids into `out` and returns the path score.
   */
  viterbi(
    emissions: Float64Array,
    n: number,
    transitions: ArrayLike<number>,
    out: Int32Array,
    bounds: TransitionBounds = this.bounds(transitions),
  ): number {
    const L = this.labelCount;
    this.ensure(n);
    if (n === 0) return 0;
    const alpha = this.alpha;
    const back = this.back;
    const allowed = this.allowed;
    const open = this.openLabels;
    const restricted = this.restrictedLabels;
    const before = this.restrictedBefore;
    const candidates = this.candidates;
    for (let y = 0; y < L; y++) {
      alpha[y] = allowed[L * L + y] ? emissions[y] + transitions[L * L + y] : FORBIDDEN;
    }
    for (let t = 1; t < n; t++) {
      const prev = (t - 1) * L;
      const cur = t * L;
      const count = this.contenders(alpha, prev, bounds.column);
      for (let k = 0; k < open.length; k++) {
        const y = open[k];
        let best = FORBIDDEN;
        let arg = 0;
        for (let c = 0; c < count; c++) {
          const p = candidates[c];
          const s = alpha[prev + p] + transitions[p * L + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        alpha[cur + y] = best + emissions[cur + y];
        back[cur + y] = arg;
      }
      for (let k = 0; k < restricted.length; k++) {
        const y = restricted[k];
        let best = FORBIDDEN;
        let arg = 0;
        for (let b = before.offsets[k]; b < before.offsets[k + 1]; b++) {
          const p = before.labels[b];
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
    bounds: TransitionBounds = this.bounds(transitions),
  ): void {
    const L = this.labelCount;
    const alpha = this.alpha;
    const beta = this.beta;
    this.backward(emissions, n, transitions, 0, bounds);
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

  /**
   * The backward pass of the max-marginals, for tokens `from` .. n - 1 (after `viterbi` on the same
   * input); then `margin` and `confidence` can be asked for those tokens.
   */
  backward(
    emissions: Float64Array,
    n: number,
    transitions: ArrayLike<number>,
    from: number,
    bounds: TransitionBounds = this.bounds(transitions),
  ): void {
    const L = this.labelCount;
    const beta = this.beta;
    const keys = this.keys;
    const candidates = this.candidates;
    const open = this.openLabels;
    const restricted = this.restrictedLabels;
    const before = this.restrictedBefore;
    for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
    for (let t = n - 2; t >= from; t--) {
      const next = (t + 1) * L;
      const cur = t * L;
      // Every label may be followed by an open label...
      keys.fill(FORBIDDEN);
      for (let k = 0; k < open.length; k++) keys[open[k]] = emissions[next + open[k]] + beta[next + open[k]];
      const count = this.contenders(keys, 0, bounds.row);
      for (let y = 0; y < L; y++) {
        let best = FORBIDDEN;
        for (let c = 0; c < count; c++) {
          const z = candidates[c];
          const s = transitions[y * L + z] + emissions[next + z] + beta[next + z];
          if (s > best) best = s;
        }
        beta[cur + y] = best;
      }
      // ...and by the restricted labels that may continue it.
      for (let k = 0; k < restricted.length; k++) {
        const z = restricted[k];
        for (let b = before.offsets[k]; b < before.offsets[k + 1]; b++) {
          const y = before.labels[b];
          const s = transitions[y * L + z] + emissions[next + z] + beta[next + z];
          if (s > beta[cur + y]) beta[cur + y] = s;
        }
      }
    }
  }

  /** Score gap between the best path and the best one giving token t another label than `chosen`. */
  margin(t: number, chosen: number): number {
    const L = this.labelCount;
    const row = t * L;
    const best = this.alpha[row + chosen] + this.beta[row + chosen];
    let second = FORBIDDEN;
    for (let y = 0; y < L; y++) {
      const m = this.alpha[row + y] + this.beta[row + y];
      if (y !== chosen && m > second && m > FORBIDDEN / 2) second = m;
    }
    return second <= FORBIDDEN / 2 ? Infinity : best - second;
  }

  /** Softmax of token t's max-marginals at `temperature`, for label `chosen`. */
  confidence(t: number, chosen: number, temperature: number): number {
    const L = this.labelCount;
    const row = t * L;
    const best = this.alpha[row + chosen] + this.beta[row + chosen];
    let partition = 0;
    for (let y = 0; y < L; y++) {
      const m = this.alpha[row + y] + this.beta[row + y];
      if (m <= FORBIDDEN / 2) continue;
      partition += Math.exp((m - best) / temperature);
    }
    return 1 / partition;
  }

  /**
   * Writes into `candidates`, in label order, the labels whose `scores[at + y]` is within `spread` of the
   * best (plus a margin for rounding: keeping more labels never changes a result). Returns how many.
   */
  private contenders(scores: Float64Array, at: number, spread: number): number {
    const L = this.labelCount;
    let top = FORBIDDEN;
    for (let y = 0; y < L; y++) if (scores[at + y] > top) top = scores[at + y];
    const floor = top - spread - 1e-9 * (1 + Math.abs(top) + spread);
    let count = 0;
    for (let y = 0; y < L; y++) if (scores[at + y] >= floor) this.candidates[count++] = y;
    return count;
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
