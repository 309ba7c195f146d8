/**
 * The committed model, through the public API. Rows are plain news sentences written for this test
 * (not taken from the seed articles), tokenised the way our segmenter does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  labelsToSpans,
  setNerModelPath,
  tagTokens,
  tagTokensWithScores,
  tagSpans,
  getNerModel,
} from '../../../../electron/pipeline/ner';

function spans(sentence: string): string[] {
  const tokens = sentence.split(' ');
  return labelsToSpans(tagTokens(tokens)).map((s) => `${tokens.slice(s.start, s.end).join(' ')}/${s.type}`);
}

describe('tagTokens with the committed model', () => {
  afterEach(() => setNerModelPath(undefined));

  it.each([
    ['Angela Merkel met officials in Berlin on Monday .', ['Angela Merkel/per', 'Berlin/geo', 'Monday/tim']],
    ['The United Nations said aid reached Syria .', ['United Nations/org', 'Syria/geo']],
    ['Officials in Kenya and Uganda disagreed .', ['Kenya/geo', 'Uganda/geo']],
    ['He spoke to reporters in New York .', ['New York/geo']],
    ['The company said profits rose .', []],
    ['Russian troops entered the town .', ['Russian/gpe']],
  ])('%s', (sentence, expected) => {
    expect(spans(sentence)).toEqual(expected);
  });

  it('reads curly quotes and split possessives like GMB text', () => {
    const tokens = [
      '\u201c',
      'Iran',
      '\u2019s',
      'nuclear',
      'programme',
      'is',
      'peaceful',
      ',',
      '\u201d',
      'he',
      'said',
      '.',
    ];
    const labels = tagTokens(tokens);
    expect(labels[1]).toBe('B-geo');
    expect(labels.filter((l) => l !== 'O')).toEqual(['B-geo']);
  });

  it('still finds names in an all-caps line', () => {
    expect(spans('PRESIDENT BARACK OBAMA VISITS KENYA')).toEqual(expect.arrayContaining(['KENYA/geo']));
  });

  it('gives labels identical to tagTokens, with margins and confidences', () => {
    const tokens = 'Prime Minister Shinzo Abe arrived in Washington .'.split(' ');
    const scored = tagTokensWithScores(tokens);
    expect(scored.map((t) => t.label)).toEqual(tagTokens(tokens));
    for (const t of scored) {
      expect(t.margin).toBeGreaterThanOrEqual(0);
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
    }
    // Punctuation is an easy O; the name is less certain than the full stop.
    expect(scored[7].confidence).toBeGreaterThan(0.95);
  });

  it('gives the spans with the lowest confidence of their tokens', () => {
    const tokens = 'Angela Merkel met officials in Berlin on Monday .'.split(' ');
    const scored = tagTokensWithScores(tokens);
    expect(tagSpans(tokens)).toEqual([
      { start: 0, end: 2, type: 'per', confidence: Math.min(scored[0].confidence, scored[1].confidence) },
      { start: 5, end: 6, type: 'geo', confidence: scored[5].confidence },
      { start: 7, end: 8, type: 'tim', confidence: scored[7].confidence },
    ]);
    expect(tagSpans('the company said profits rose .'.split(' '))).toEqual([]);
    expect(tagSpans([])).toEqual([]);
  });

  it('copes with odd tokens and very long input', () => {
    expect(tagTokens(['', ' ', '\u0000', 'x'.repeat(10_000), '\ud83d\ude00'])).toHaveLength(5);
    const long = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 'Kenya' : 'and'));
    const labels = tagTokens(long);
    expect(labels).toHaveLength(5000);
    expect(labels[0]).toBe('B-geo');
  });

  it('returns nothing for no tokens', () => {
    expect(tagTokens([])).toEqual([]);
    expect(tagTokensWithScores([])).toEqual([]);
  });

  it('records its training provenance', () => {
    const meta = getNerModel().meta;
    expect(meta.training.command).toMatch(/train:ner/);
    expect(typeof meta.training.seed).toBe('number');
  });

  it.each([
    ['a missing file', (dir: string) => path.join(dir, 'missing.json.gz')],
    ['a file that is not a model', (dir: string) => write(path.join(dir, 'bad.json.gz'), 'not a model')],
  ])('throws NerModelError for %s', (_what, make) => {
    setNerModelPath(make(mkdtempSync(path.join(tmpdir(), 'ner-'))));
    expect(() => tagTokens(['Hello'])).toThrowError(expect.objectContaining({ name: 'NerModelError' }));
  });
});

function write(file: string, text: string): string {
  writeFileSync(file, text);
  return file;
}
