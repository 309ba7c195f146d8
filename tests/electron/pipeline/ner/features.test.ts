import { describe, expect, it } from 'vitest';
import { FeatureExtractor, IDENTITY_SLOTS } from '../../../../electron/pipeline/ner/features';
import { Gazetteer } from '../../../../electron/pipeline/ner/gazetteer';

function featureSets(extractor: FeatureExtractor, tokens: string[]): Array<Set<number>> {
  const f = extractor.extract(tokens);
  return tokens.map((_, t) => new Set(f.hashes.slice(f.offsets[t], f.offsets[t + 1])));
}

describe('FeatureExtractor', () => {
  const extractor = new FeatureExtractor(new Gazetteer({ country: ['Mexico'] }));

  it('is deterministic and independent of earlier calls (buffers are reused)', () => {
    const first = featureSets(extractor, ['Troops', 'went', 'to', 'Mexico', '.']);
    featureSets(
      extractor,
      'a much longer sentence that grows every internal buffer of the extractor'.split(' '),
    );
    expect(featureSets(extractor, ['Troops', 'went', 'to', 'Mexico', '.'])).toEqual(first);
  });

  it('sees curly and straight quotes alike', () => {
    expect(featureSets(extractor, ['\u201c', 'Mexico', '\u2019s'])).toEqual(
      featureSets(extractor, ['"', 'Mexico', "'s"]),
    );
  });

  it('folds digits so that years share word features', () => {
    const a = featureSets(extractor, ['in', '1990'])[1];
    const b = featureSets(extractor, ['in', '2024'])[1];
    expect(a).toEqual(b);
  });

  it('shares word features across casing but keeps shape features apart', () => {
    const lower = featureSets(extractor, ['mexico'])[0];
    const title = featureSets(extractor, ['Mexico'])[0];
    const shared = [...lower].filter((h) => title.has(h));
    expect(shared.length).toBeGreaterThan(3);
    expect(shared.length).toBeLessThan(title.size);
  });

  it('adds lexicon features for matched tokens and their neighbours', () => {
    const [, matched] = featureSets(extractor, ['to', 'Mexico']);
    const [, unmatched] = featureSets(extractor, ['to', 'Texaco']);
    expect(matched.size).toBeGreaterThan(unmatched.size);
  });

  it('puts the word-identity features in the documented slots', () => {
    const a = extractor.extract(['Troops', 'went']).hashes.slice();
    const b = extractor.extract(['Soldiers', 'went']).hashes.slice();
    // Changing only the word changes its identity slots; the short-shape trigram (next slot) stays.
    for (const slot of IDENTITY_SLOTS) expect(a[slot]).not.toBe(b[slot]);
    expect(a[IDENTITY_SLOTS.length]).toBe(b[IDENTITY_SLOTS.length]);
  });

  it('handles an empty sentence', () => {
    expect(extractor.extract([]).length).toBe(0);
  });
});
