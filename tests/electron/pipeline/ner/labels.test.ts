import { describe, expect, it } from 'vitest';
import {
  isAllowedTransition,
  labelType,
  labelsToSpans,
  NER_LABELS,
} from '../../../../electron/pipeline/ner/labels';

describe('labelsToSpans', () => {
  const rows: Array<[string, Array<[number, number, string]>]> = [
    ['O O O', []],
    ['B-per I-per O', [[0, 2, 'per']]],
    [
      'B-per B-per',
      [
        [0, 1, 'per'],
        [1, 2, 'per'],
      ],
    ],
    [
      'B-org I-org I-org O B-geo',
      [
        [0, 3, 'org'],
        [4, 5, 'geo'],
      ],
    ],
    // Lenient like conlleval: a stray I- starts a span, a type change closes one.
    ['O I-geo I-geo', [[1, 3, 'geo']]],
    [
      'B-per I-org',
      [
        [0, 1, 'per'],
        [1, 2, 'org'],
      ],
    ],
    ['B-tim', [[0, 1, 'tim']]],
    ['B-xyz O', []],
  ];
  it.each(rows)('%s', (labels, expected) => {
    const spans = labelsToSpans(labels.split(' '));
    expect(spans.map((s) => [s.start, s.end, s.type])).toEqual(expected);
  });
});

describe('labels', () => {
  it('has O plus B/I for the eight GMB types', () => {
    expect(NER_LABELS).toHaveLength(17);
    expect(NER_LABELS[0]).toBe('O');
    expect(NER_LABELS).toContain('I-gpe');
  });

  it.each([
    ['B-per', 'per'],
    ['I-geo', 'geo'],
    ['O', undefined],
    ['B-foo', undefined],
  ])('labelType(%s) = %s', (label, type) => expect(labelType(label)).toBe(type));

  it.each<[string | undefined, string, boolean]>([
    [undefined, 'B-per', true],
    [undefined, 'I-per', false],
    ['O', 'I-org', false],
    ['B-org', 'I-org', true],
    ['I-org', 'I-org', true],
    ['B-per', 'I-org', false],
    ['I-geo', 'O', true],
  ])('transition %s -> %s allowed: %s', (previous, current, allowed) =>
    expect(isAllowedTransition(previous, current)).toBe(allowed),
  );
});
