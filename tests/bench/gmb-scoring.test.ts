import { describe, expect, it } from 'vitest';
import { gmbRows } from '../../bench/quality/gmb';
import type { GmbSentence } from '../../bench/quality/datasets';

function sentence(index: number, words: string, tags: string): GmbSentence {
  return { index, words: words.split(' '), tags: tags.split(' ') };
}

const gold = [
  sentence(0, 'John Smith visited Paris', 'B-per I-per O B-geo'),
  sentence(1, 'The Acme Corp said', 'O B-org I-org O'),
  sentence(2, 'British troops left', 'B-gpe O O'),
];

/** A fake tagger returning fixed predictions per sentence (by its first word). */
function fixed(predictions: Record<string, string>) {
  return (tokens: readonly string[]) => predictions[tokens[0]].split(' ');
}

function row(rows: ReturnType<typeof gmbRows>, label: string) {
  const r = rows.find((x) => x.label === label);
  if (!r) throw new Error(`no row ${label}`);
  return r;
}

describe('GMB scorer', () => {
  it('scores a perfect tagger 1.0 with the gold support', () => {
    const rows = gmbRows(gold, (tokens) => gold.find((s) => s.words[0] === tokens[0])!.tags);
    expect(row(rows, 'micro per/org/geo+gpe')).toMatchObject({ precision: 1, recall: 1, f1: 1, support: 4 });
    expect(row(rows, 'geo+gpe').support).toBe(2);
  });

  it('counts a wrong type and a partial span as both a false positive and a false negative', () => {
    const rows = gmbRows(
      gold,
      fixed({
        John: 'B-per O O B-geo', // partial person span: FP + FN; Paris right
        The: 'O B-per I-per O', // right span, wrong type: org FN, per FP
        British: 'B-geo O O', // gpe gold, geo predicted: right after merging geo+gpe
      }),
    );
    const per = row(rows, 'per');
    expect(per).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(row(rows, 'org')).toMatchObject({ precision: 0, recall: 0, support: 1 });
    expect(row(rows, 'geo+gpe')).toMatchObject({ precision: 1, recall: 1, support: 2 });
    // Micro: tp 2 (Paris, British), fp 2 (John, Acme Corp as per), fn 2 (John Smith, Acme Corp).
    const micro = row(rows, 'micro per/org/geo+gpe');
    expect(micro.precision).toBeCloseTo(0.5);
    expect(micro.recall).toBeCloseTo(0.5);
    expect(micro.f1).toBeCloseTo(0.5);
  });

  it('gives precision 2/3 and recall 1/2 for a tagger with one extra and two missed spans', () => {
    const rows = gmbRows(gold, fixed({ John: 'B-per I-per O O', The: 'O O O O', British: 'B-gpe B-org O' }));
    const micro = row(rows, 'micro per/org/geo+gpe');
    expect(micro.precision).toBeCloseTo(2 / 3);
    expect(micro.recall).toBeCloseTo(2 / 4);
    expect(micro.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  });
});
