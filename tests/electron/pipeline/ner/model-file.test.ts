import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  decodeModel,
  decodeSortedHashes,
  encodeModel,
  encodeSortedHashes,
} from '../../../../electron/pipeline/ner/model-file';
import { NerModel, NerModelError, type NerModelData } from '../../../../electron/pipeline/ner/model';
import { FEATURE_SET_VERSION } from '../../../../electron/pipeline/ner/features';

const labels = ['O', 'B-per', 'I-per'];

function tinyModel(): NerModelData {
  return {
    meta: {
      format: 'plexus-ner',
      formatVersion: 1,
      featureSetVersion: FEATURE_SET_VERSION,
      labels,
      lexicons: { country: ['Mexico'] },
      temperature: 2,
      training: { seed: 1 },
    },
    hashes: Int32Array.from([5, -7, 123456789, -2000000000]),
    weights: Float32Array.from([1, -0.5, 0, 0, 0, 0, 0.001, 0.002, -0.001, 12.5, 0, -3]),
    transitions: Float32Array.from({ length: (labels.length + 1) * labels.length }, (_, i) => i / 10),
  };
}

describe('model file', () => {
  it('round-trips metadata, features and weights (within int8 quantisation)', () => {
    const data = tinyModel();
    const back = decodeModel(encodeModel(data));
    expect(back.meta).toEqual(data.meta);
    // The all-zero row is dropped; the others come back, sorted by unsigned hash.
    expect(Array.from(back.hashes).sort()).toEqual([5, 123456789, -2000000000].sort());
    const row = (d: NerModelData, h: number) => {
      const i = Array.from(d.hashes).indexOf(h);
      return Array.from(d.weights.subarray(i * 3, i * 3 + 3));
    };
    for (const h of [5, 123456789, -2000000000]) {
      const original = row(data, h);
      const max = Math.max(...original.map(Math.abs));
      row(back, h).forEach((w, y) => expect(Math.abs(w - original[y])).toBeLessThanOrEqual(max / 254 + 1e-9));
    }
    expect(back.transitions[5]).toBeCloseTo(0.5, 4);
  });

  it('prunes rows whose weights are all tiny', () => {
    const back = decodeModel(encodeModel(tinyModel(), { pruneBelow: 0.01 }));
    expect(Array.from(back.hashes)).not.toContain(123456789);
    expect(back.hashes).toHaveLength(2);
  });

  it.each([
    ['not gzip', Buffer.from('hello')],
    ['gzip but not JSON', gzipSync(Buffer.from('{oops'))],
    ['JSON of the wrong shape', gzipSync(Buffer.from(JSON.stringify({ meta: { format: 'other' } })))],
  ])('rejects %s with NerModelError', (_what, bytes) => {
    expect(() => decodeModel(bytes)).toThrowError(expect.objectContaining({ name: 'NerModelError' }));
  });

  it('rejects a truncated weight table', () => {
    const file = JSON.parse(gunzipSync(encodeModel(tinyModel())).toString());
    file.weights = Buffer.from([1, 2, 3]).toString('base64');
    expect(() => decodeModel(gzipSync(Buffer.from(JSON.stringify(file))))).toThrow(NerModelError);
  });

  it('refuses a model built for another feature set', () => {
    const data = tinyModel();
    data.meta.featureSetVersion = FEATURE_SET_VERSION + 1;
    expect(() => new NerModel(data)).toThrowError(expect.objectContaining({ name: 'NerModelError' }));
  });

  it('delta-encodes sorted hashes as varints', () => {
    const sorted = [0, 1, 127, 128, 300, 2 ** 31, 2 ** 32 - 1];
    const bytes = encodeSortedHashes(sorted);
    expect(Array.from(decodeSortedHashes(bytes, sorted.length), (h) => h >>> 0)).toEqual(sorted);
    expect(() => decodeSortedHashes(bytes.subarray(0, bytes.length - 1), sorted.length)).toThrow(
      NerModelError,
    );
  });
});
