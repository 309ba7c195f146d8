import { describe, expect, it } from 'vitest';
import { normalizeToken } from '../../../../electron/pipeline/ner/normalize';

describe('normalizeToken', () => {
  it.each([
    ['Mexico', 'Mexico'],
    ['\u201c', '"'],
    ['\u201d', '"'],
    ['\u2019s', "'s"],
    ['``', '"'],
    ["''", '"'],
    ['-LRB-', '('],
    ['\u2014', '--'],
    ['U.S.\u2013Mexico', 'U.S.-Mexico'],
    ['\u2026', '...'],
    ['Sébastien', 'Sébastien'],
    ["Korea's", "Korea's"],
  ])('%s -> %s', (input, expected) => expect(normalizeToken(input)).toBe(expected));
});
