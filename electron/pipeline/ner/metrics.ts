/**
 * Entity-level scoring: a predicted span counts only when its exact boundaries and its type match a gold
 * span (CoNLL convention). Types can be merged or dropped through `mapType` (e.g. geo and gpe -> geo+gpe).
 */

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall, F1 from counts; 0 (not NaN) when a denominator is empty. */
export function prf({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** Accumulates per-type counts over many sentences or documents. */
export class SpanScorer {
  readonly counts = new Map<string, Counts>();

  constructor(private readonly mapType: (type: string) => string | undefined = (t) => t) {}

  add(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
    const goldKeys = new Map<string, string>();
    for (const span of gold) {
      const type = this.mapType(span.type);
      if (type === undefined) continue;
      goldKeys.set(`${span.start}:${span.end}:${type}`, type);
      this.entry(type).fn++;
    }
    const seen = new Set<string>();
    for (const span of predicted) {
      const type = this.mapType(span.type);
      if (type === undefined) continue;
      const key = `${span.start}:${span.end}:${type}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = this.entry(type);
      if (goldKeys.has(key)) {
        entry.tp++;
        entry.fn--;
      } else entry.fp++;
    }
  }

  /** Counts of one type, or summed over several types (micro-average). */
  total(types: readonly string[]): Counts {
    const sum: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const type of types) {
      const c = this.counts.get(type);
      if (!c) continue;
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    return sum;
  }

  private entry(type: string): Counts {
    let c = this.counts.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.counts.set(type, c);
    }
    return c;
  }
}

/** GMB evaluation types: geo and gpe merged (both gold and predicted); tim and nat not scored. */
export function gmbEvalType(type: string): string | undefined {
  if (type === 'geo' || type === 'gpe') return 'geo+gpe';
  if (type === 'per' || type === 'org' || type === 'eve' || type === 'art') return type;
  return undefined;
}

/** The headline metric: micro-average over these. */
export const GMB_MAIN_TYPES = ['per', 'org', 'geo+gpe'] as const;
