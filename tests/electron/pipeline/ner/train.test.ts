import { describe, expect, it } from 'vitest';
import { trainNer } from '../../../../electron/pipeline/ner/train';
import { NerModel } from '../../../../electron/pipeline/ner/model';
import { decodeModel, encodeModel } from '../../../../electron/pipeline/ner/model-file';
import type { GmbSentence } from '../../../../electron/pipeline/ner/gmb';
import { seededRandom } from '../../../../electron/pipeline/ner/random';

const FIRST = ['Anna', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiro'];
const LAST = ['Novak', 'Okafor', 'Petrov', 'Quist', 'Rossi', 'Sato', 'Tanaka', 'Ulloa'];
const PLACES = ['Lima', 'Oslo', 'Quito', 'Riga', 'Sofia', 'Tunis'];
const VERBS = ['visited', 'left', 'praised', 'toured'];

/** A synthetic corpus: "<First> <Last> <verb> <Place> ." with per and geo tags. */
function corpus(size: number, seed: number): GmbSentence[] {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: size }, (_, index) => ({
    index,
    words: [pick(FIRST), pick(LAST), pick(VERBS), pick(PLACES), '.'],
    tags: ['B-per', 'I-per', 'O', 'B-geo', 'O'],
  }));
}

describe('trainNer', () => {
  const options = {
    epochs: 3,
    patience: 2,
    minCount: 1,
    augmentUpper: 0,
    augmentTitle: 0,
    commonWordMinCount: 0,
  };

  it('learns a synthetic pattern and generalises to unseen names from context', () => {
    const { data, epochs } = trainNer(corpus(300, 7), { country: [] }, options);
    expect(epochs.length).toBeGreaterThan(0);
    expect(epochs[epochs.length - 1].devF1).toBeGreaterThan(0.95);
    const model = new NerModel(data);
    expect(model.tag(['Zoe', 'Yilmaz', 'visited', 'Lima', '.'])).toEqual([
      'B-per',
      'I-per',
      'O',
      'B-geo',
      'O',
    ]);
    // Survives the trip through the model file.
    const reloaded = new NerModel(decodeModel(encodeModel(data)));
    expect(reloaded.tag(['Anna', 'Sato', 'toured', 'Riga', '.'])).toEqual([
      'B-per',
      'I-per',
      'O',
      'B-geo',
      'O',
    ]);
  });

  it('is deterministic for a seed', () => {
    const a = trainNer(corpus(120, 3), {}, { ...options, seed: 5, augmentTitle: 0.3, wordDropout: 0.2 });
    const b = trainNer(corpus(120, 3), {}, { ...options, seed: 5, augmentTitle: 0.3, wordDropout: 0.2 });
    expect(Array.from(a.data.weights)).toEqual(Array.from(b.data.weights));
    expect(Array.from(a.data.hashes)).toEqual(Array.from(b.data.hashes));
  });

  it('records how the model was trained', () => {
    const { data } = trainNer(corpus(60, 1), {}, { ...options, epochs: 1, command: 'test run', seed: 9 });
    expect(data.meta.training).toMatchObject({ command: 'test run', seed: 9, bestEpoch: 1 });
    expect(data.meta.temperature).toBeGreaterThan(0);
  });

  it('derives the common-word lexicon from lower-case training words only', () => {
    const sentences = corpus(100, 2);
    const { data } = trainNer(sentences, {}, { ...options, epochs: 1, commonWordMinCount: 5 });
    expect(data.meta.lexicons['common-word']).toEqual(['left', 'praised', 'toured', 'visited']);
  });

  it('rejects a corpus with an unknown tag', () => {
    const bad = corpus(20, 1);
    bad[3].tags[0] = 'B-xyz';
    expect(() => trainNer(bad, {}, options)).toThrowError(
      expect.objectContaining({ name: 'CorpusFormatError' }),
    );
  });
});
