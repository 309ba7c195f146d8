import { describe, expect, it } from 'vitest';
import {
  articleBlocks,
  cleanMentions,
  emphasise,
  paragraphRanges,
  removedReasonLabel,
  segmentArticle,
  type RemovedSpan,
} from '../../renderer/reader/segments';

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

describe('removed regions (page furniture the cleaner set aside)', () => {
  const article = [
    'Trump warned Mexico. (Jane Doe/Getty Images)',
    'About the author',
    'Jane Doe is a reporter.',
    '',
    'Sheinbaum rejected the plan.',
    '',
    'Great article!',
    '',
    'I disagree.',
  ].join('\n');
  const span = (fragment: string, reason: string): RemovedSpan => {
    const start = article.indexOf(fragment);
    return { start, end: start + fragment.length, reason };
  };
  const removed = [
    span('(Jane Doe/Getty Images)', 'photo-credit'),
    span('About the author', 'author-bio'),
    span('Jane Doe is a reporter.', 'author-bio'),
    span('Great article!', 'reader-comments'),
    span('I disagree.', 'reader-comments'),
  ];
  const paragraphs = segmentArticle(article, [], undefined, removed);
  const text = (p: { segments: Array<{ text: string }> }) => p.segments.map((s) => s.text).join('');

  it('splits whole removed lines off their paragraph, keeping every character once', () => {
    expect(paragraphs.map((p) => [text(p), p.removed ?? null])).toEqual([
      ['Trump warned Mexico. (Jane Doe/Getty Images)', null],
      ['About the author\nJane Doe is a reporter.', 'author-bio'],
      ['Sheinbaum rejected the plan.', null],
      ['Great article!', 'reader-comments'],
      ['I disagree.', 'reader-comments'],
    ]);
  });

  it('flags a removed part of a kept line inline, with its reason', () => {
    expect(paragraphs[0].segments.map((s) => [s.text, s.removed ?? null])).toEqual([
      ['Trump warned Mexico. ', null],
      ['(Jane Doe/Getty Images)', 'photo-credit'],
    ]);
  });

  it('folds consecutive removed paragraphs into one block listing their reasons', () => {
    expect(
      articleBlocks(paragraphs).map((b) =>
        b.kind === 'text' ? ['text', text(b.paragraph)] : [b.reasons, b.paragraphs.length],
      ),
    ).toEqual([
      ['text', 'Trump warned Mexico. (Jane Doe/Getty Images)'],
      [['author-bio'], 1],
      ['text', 'Sheinbaum rejected the plan.'],
      [['reader-comments'], 2],
    ]);
    const mixed = segmentArticle('Kept.\n\nA\n\nB', [], undefined, [
      { start: 7, end: 8, reason: 'date-line' },
      { start: 10, end: 11, reason: 'share-prompt' },
    ]);
    expect(articleBlocks(mixed).map((b) => (b.kind === 'text' ? 'text' : b.reasons))).toEqual([
      'text',
      ['date-line', 'share-prompt'],
    ]);
  });

  it('ignores removed spans outside the text', () => {
    const out = segmentArticle('One line.', [], undefined, [{ start: 40, end: 90, reason: 'newsletter' }]);
    expect(out.map((p) => [text(p), p.removed ?? null])).toEqual([['One line.', null]]);
  });

  it.each([
    ['newsletter', 'newsletter block'],
    ['reader-comments', 'reader comments'],
    ['photo-credit', 'photo credit'],
    ['some-new_reason', 'some new reason'],
  ])('names the reason %s as "%s"', (reason, label) => {
    expect(removedReasonLabel(reason)).toBe(label);
  });
});
