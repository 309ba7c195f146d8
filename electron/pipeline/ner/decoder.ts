/**
 * First-order Viterbi decoding over label transitions, with IOB constraints (an `I-x` only continues an
 * `x` span) as hard limits, and max-marginals to report how sure the tagger is about each token.
 *
 * Transitions are a (L + 1) x L matrix: row `p` scores moving from label p to each label; row L is the
 * sentence start. Buffers are reused between calls (one Decoder per model).
 */
import { isAllowedTransition } from './labels';

const FORBIDDEN = -1e30;

/**
 * Margin added to the pruning bounds so that float rounding (relative errors ~1e-16 on scores up to
 * ~1e6) can never exclude a label that could win: excluding fewer labels never changes a result.
 */
function slack(score: number, spread: number): number {
  return 1e-9 * (1 + Math.abs(score) + spread);
}

export class Decoder {
  readonly labelCount: number;
  /** 1 where the transition (row: previous label or start, column: label) is allowed. */
  readonly allowed: Uint8Array;
  /** Labels allowed after every label (O and B-x): the decoder scans all predecessors for them. */
  private readonly openLabels: Int32Array;
  /** The other labels (I-x), and for the k-th of them its allowed predecessors (B-x, I-x). */
  private readonly restrictedLabels: Int32Array;
  private readonly restrictedBefore: { offsets: Int32Array; labels: Int32Array };
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private back = new Int32Array(0);
  private readonly candidates: Int32Array;

  constructor(labels: readonly string[]) {
    const L = labels.length;
    this.labelCount = L;
    this.candidates = new Int32Array(L);
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

  /**
   * Best label sequence for `n` tokens. `emissions[t * L + y]` scores label y at token t.
   * Writes label ids into `out` and returns the path score.
   *
   * Hot loop of the tagger: labels that may follow any label (O, B-x) scan every previous label in one
   * tight loop; an I-x looks at its two possible predecessors only. Ties go to the lowest label id.
   */
  viterbi(emissions: Float64Array, n: number, transitions: ArrayLike<number>, out: Int32Array): number {
    const L = this.labelCount;
    this.ensure(n);
    if (n === 0) return 0;
    const alpha = this.alpha;
    const back = this.back;
    const allowed = this.allowed;
    const open = this.openLabels;
    const restricted = this.restrictedLabels;
    const before = this.restrictedBefore;
    for (let y = 0; y < L; y++) {
      alpha[y] = allowed[L * L + y] ? emissions[y] + transitions[L * L + y] : FORBIDDEN;
    }
    const { column } = this.spreads(transitions);
    const candidates = this.candidates;
    for (let t = 1; t < n; t++) {
      const prev = (t - 1) * L;
      const cur = t * L;
      // A previous label whose score trails the best by more than any column of the transition matrix
      // spans cannot win any transition (strictly), so only the others are scanned, in label order.
      let top = FORBIDDEN;
      for (let p = 0; p < L; p++) if (alpha[prev + p] > top) top = alpha[prev + p];
      const floor = top - column - slack(top, column);
      let count = 0;
      for (let p = 0; p < L; p++) if (alpha[prev + p] >= floor) candidates[count++] = p;
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
  ): void {
    const L = this.labelCount;
    const alpha = this.alpha;
    const beta = this.beta;
    const open = this.openLabels;
    const restricted = this.restrictedLabels;
    const before = this.restrictedBefore;
    const { row } = this.spreads(transitions);
    const candidates = this.candidates;
    for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
    for (let t = n - 2; t >= 0; t--) {
      const next = (t + 1) * L;
      const cur = t * L;
      // Every label may be followed by an open label; those whose score from here on trails the best by
      // more than any row of the transition matrix spans (over open labels) cannot be the best follower.
      let top = FORBIDDEN;
      for (let k = 0; k < open.length; k++) {
        const z = open[k];
        if (emissions[next + z] + beta[next + z] > top) top = emissions[next + z] + beta[next + z];
      }
      const floor = top - row - slack(top, row);
      let count = 0;
      for (let k = 0; k < open.length; k++) {
        const z = open[k];
        if (emissions[next + z] + beta[next + z] >= floor) candidates[count++] = z;
      }
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
   * How much the transition scores into one open label vary over previous labels (`column`), and how
   * much the scores from one label into the open labels vary (`row`): the bounds that let Viterbi and
   * the backward pass skip labels that cannot win. Recomputed per call, as training changes transitions.
   */
  private spreads(transitions: ArrayLike<number>): { column: number; row: number } {
    const L = this.labelCount;
    const open = this.openLabels;
    let column = 0;
    for (let k = 0; k < open.length; k++) {
      let min = Infinity;
      let max = -Infinity;
      for (let p = 0; p < L; p++) {
        min = Math.min(min, transitions[p * L + open[k]]);
        max = Math.max(max, transitions[p * L + open[k]]);
      }
      column = Math.max(column, max - min);
    }
    let row = 0;
    for (let y = 0; y < L; y++) {
      let min = Infinity;
      let max = -Infinity;
      for (let k = 0; k < open.length; k++) {
        min = Math.min(min, transitions[y * L + open[k]]);
        max = Math.max(max, transitions[y * L + open[k]]);
      }
      row = Math.max(row, max - min);
    }
    return { column, row };
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
