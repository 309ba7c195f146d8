/** The row shape every quality suite returns (printed as one table by `npm run eval`). */
import { prf, type Counts } from '../../electron/pipeline/ner/metrics';

export interface QualityRow {
  suite: string;
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Gold items behind the row (true positives + false negatives). */
  support: number;
  note?: string;
}

export function rowFromCounts(suite: string, label: string, counts: Counts, note?: string): QualityRow {
  const { precision, recall, f1 } = prf(counts);
  const row: QualityRow = { suite, label, precision, recall, f1, support: counts.tp + counts.fn };
  if (note) row.note = note;
  return row;
}
