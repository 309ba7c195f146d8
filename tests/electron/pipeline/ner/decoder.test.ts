import { describe, expect, it } from 'vitest';
import { Decoder } from '../../../../electron/pipeline/ner/decoder';

const labels = ['O', 'B-per', 'I-per', 'B-org', 'I-org'];
const L = labels.length;

function emissions(rows: number[][]): Float64Array {
  return Float64Array.from(rows.flat());
}

function decode(rows: number[][], transitions = new Float64Array((L + 1) * L)): string[] {
  const decoder = new Decoder(labels);
  const out = new Int32Array(rows.length);
  decoder.viterbi(emissions(rows), rows.length, transitions, out);
  return Array.from(out, (y) => labels[y]);
}

describe('Decoder', () => {
  it('picks the best label per token when transitions are neutral', () => {
    expect(
      decode([
        [0, 5, 0, 0, 0],
        [0, 0, 5, 0, 0],
        [5, 0, 0, 0, 0],
      ]),
    ).toEqual(['B-per', 'I-per', 'O']);
  });

  it('never starts a sentence or follows O with an I- label', () => {
    // I-per scores best on its own at token 0, but is not allowed there.
    expect(decode([[0, 3, 9, 0, 0]])).toEqual(['B-per']);
    expect(
      decode([
        [9, 0, 0, 0, 0],
        [0, 0, 0, 3, 9],
      ]),
    ).toEqual(['O', 'B-org']);
  });

  it('does not continue a span with another type', () => {
    const path = decode([
      [0, 9, 0, 0, 0],
      [0, 0, 0, 0, 9],
    ]);
    expect(path).not.toEqual(['B-per', 'I-org']);
  });

  it('uses transition scores', () => {
    const transitions = new Float64Array((L + 1) * L);
    transitions[1 * L + 2] = 10; // B-per -> I-per strongly preferred
    expect(
      decode(
        [
          [0, 5, 0, 0, 0],
          [4, 0, 3, 0, 0],
        ],
        transitions,
      ),
    ).toEqual(['B-per', 'I-per']);
  });

  it('reports a margin and a confidence per token', () => {
    const decoder = new Decoder(labels);
    const e = emissions([
      [0, 8, 0, 0, 0],
      [1, 0, 1.5, 0, 0],
    ]);
    const path = new Int32Array(2);
    const transitions = new Float64Array((L + 1) * L);
    decoder.viterbi(e, 2, transitions, path);
    const margins = new Float64Array(2);
    const confidences = new Float64Array(2);
    decoder.margins(e, 2, transitions, path, 1, margins, confidences);
    // Best path B-per I-per = 9.5; best without B-per first is O O = 1.
    expect(margins[0]).toBeCloseTo(8.5, 6);
    expect(margins[1]).toBeCloseTo(0.5, 6);
    expect(confidences[0]).toBeGreaterThan(0.99);
    expect(confidences[1]).toBeGreaterThan(0.3);
    expect(confidences[1]).toBeLessThan(0.7);
  });
});
