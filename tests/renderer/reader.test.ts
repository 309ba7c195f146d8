import { describe, expect, it } from 'vitest';
import { cleanMentions, emphasise, paragraphRanges, segmentArticle } from '../../renderer/reader/segments';

const text = 'Trump warned Mexico.\n\nSheinbaum rejected the plan. Mexico said no.';
const mentions = [
  { start: 0, end: 5, entity: 'trump', type: 'person' },
  { start: 13, end: 19, entity: 'mexico', type: 'place' },
  { start: 22, end: 31, entity: 'sheinbaum', type: 'person' },
  { start: 51, end: 57, entity: 'mexico', type: 'place' },
];

describe('article segmentation', () => {
  it('splits paragraphs on blank lines', () => {
    expect(paragraphRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Trump warned Mexico.',
      'Sheinbaum rejected the plan. Mexico said no.',
    ]);
    expect(paragraphRanges('\n\n  \n\nOne')).toEqual([{ start: 6, end: 9 }]);
  });

  it('marks mentions and highlights the evidence sentence', () => {
    const [first, second] = segmentArticle(text, mentions, { start: 22, end: 50 });
    expect(first.segments.map((s) => [s.text, s.mention?.entity ?? null, s.highlight])).toEqual([
      ['Trump', 'trump', false],
      [' warned ', null, false],
      ['Mexico', 'mexico', false],
      ['.', null, false],
    ]);
    expect(second.segments.map((s) => [s.text, s.mention?.entity ?? null, s.highlight])).toEqual([
      ['Sheinbaum', 'sheinbaum', true],
      [' rejected the plan.', null, true],
      [' ', null, false],
      ['Mexico', 'mexico', false],
      [' said no.', null, false],
    ]);
  });

  it('keeps every character exactly once', () => {
    const joined = segmentArticle(text, mentions, { start: 3, end: 40 })
      .map((p) => p.segments.map((s) => s.text).join(''))
      .join('\n\n');
    expect(joined).toBe(text);
  });

  it.each([
    [
      'overlapping',
      [
        { start: 0, end: 10, entity: 'a', type: 'x' },
        { start: 5, end: 12, entity: 'b', type: 'x' },
      ],
      ['a'],
    ],
    [
      'out of range',
      [
        { start: -5, end: 3, entity: 'a', type: 'x' },
        { start: 900, end: 950, entity: 'b', type: 'x' },
      ],
      ['a'],
    ],
    ['empty', [{ start: 4, end: 4, entity: 'a', type: 'x' }], []],
    [
      'nested keeps the outer',
      [
        { start: 2, end: 4, entity: 'inner', type: 'x' },
        { start: 0, end: 10, entity: 'outer', type: 'x' },
      ],
      ['outer'],
    ],
  ])('cleans %s mentions', (_name, input, expected) => {
    expect(cleanMentions('0123456789abcdef', input).map((m) => m.entity)).toEqual(expected);
  });
});

describe('emphasise', () => {
  const hits = (sentence: string, names: string[]) =>
    emphasise(sentence, names)
      .filter((p) => p.hit)
      .map((p) => p.text);

  it.each([
    [
      'President Donald Trump warned Mexico.',
      ['Donald Trump', 'Trump', 'Mexico'],
      ['Donald Trump', 'Mexico'],
    ],
    ["Mexico's president rejected it.", ['Mexico'], ['Mexico']],
    ['Mexicans protested.', ['Mexico'], []],
    ['The U.S. and US troops', ['U.S.', 'US'], ['U.S.', 'US']],
    ['nothing here', [], []],
    ['a (b) [c]', ['(b)', '[c]'], ['(b)', '[c]']],
    ['abc', ['a.c'], []], // names are literal text, not patterns
  ])('%s', (sentence, names, expected) => {
    expect(hits(sentence, names)).toEqual(expected);
  });

  it('keeps the sentence intact', () => {
    const s = 'Sheinbaum said Trump and trump.';
    expect(
      emphasise(s, ['Trump'])
        .map((p) => p.text)
        .join(''),
    ).toBe(s);
  });
});
