/**
 * The fast scorer (per-type cached scores + context lookups) must give exactly the sum of the weights of
 * the flat feature list that training used.
 */
import { describe, expect, it } from 'vitest';
import { FeatureExtractor } from '../../../../electron/pipeline/ner/features';
import { Gazetteer } from '../../../../electron/pipeline/ner/gazetteer';
import { EmissionScorer } from '../../../../electron/pipeline/ner/scorer';
import { seededRandom } from '../../../../electron/pipeline/ner/random';

const LEXICONS = { country: ['Mexico', 'United States'], title: ['President'] };
const VOCAB = [
  'President',
  'Ana',
  'Lopez',
  'visited',
  'Mexico',
  'United',
  'States',
  'the',
  ',',
  '"',
  'US',
  '1999',
  'e-mail',
  'Ã‰lan',
  'NEWS',
];
const L = 5;

function sentences(count: number, random: () => number): string[][] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 12) }, () => VOCAB[Math.floor(random() * VOCAB.length)]),
  );
}

describe('EmissionScorer', () => {
  it('equals the sum over the flat feature list, for every token and label', () => {
    const random = seededRandom(11);
    const corpus = sentences(60, random);
    // Random weights for every feature the corpus produces, plus some features it never sees.
    const reference = new FeatureExtractor(new Gazetteer(LEXICONS));
    const weightOf = new Map<number, Float32Array>();
    for (const s of corpus) {
      const f = reference.extract(s);
      for (let k = 0; k < f.offsets[f.length]; k++) {
        if (!weightOf.has(f.hashes[k]) && random() < 0.8) {
          weightOf.set(
            f.hashes[k],
            Float32Array.from({ length: L }, () => (random() < 0.5 ? 0 : random() * 4 - 2)),
          );
        }
      }
    }
    const hashes = Int32Array.from(weightOf.keys());
    const dense = new Float32Array(hashes.length * L);
    [...weightOf.values()].forEach((w, r) => dense.set(w, r * L));
    const scorer = new EmissionScorer(hashes, dense, L, new FeatureExtractor(new Gazetteer(LEXICONS)));

    for (const s of corpus) {
      const fast = new Float64Array(s.length * L);
      scorer.score(s, fast);
      const f = reference.extract(s);
      for (let t = 0; t < s.length; t++) {
        for (let y = 0; y < L; y++) {
          let expected = 0;
          for (let k = f.offsets[t]; k < f.offsets[t + 1]; k++)
            expected += weightOf.get(f.hashes[k])?.[y] ?? 0;
          expect(fast[t * L + y]).toBeCloseTo(expected, 4);
        }
      }
    }
  });
});
