import { describe, expect, it } from 'vitest';
import verbsFile from '../../../graph-data/models/verbs.json';
import { buildVerbLexicon, splitCsvLine } from '../../../electron/pipeline/relations/verb-lexicon';

describe('verb lexicon', () => {
  it.each([
    ['Sentence: 1,Thousands,NNS,O', ['Sentence: 1', 'Thousands', 'NNS', 'O']],
    [',"10,000",CD,O', ['', '10,000', 'CD', 'O']],
    [',"""",``,O', ['', '"', '``', 'O']],
    [',,,O', ['', '', '', 'O']],
  ])('splitCsvLine(%j)', (line, fields) => {
    expect(splitCsvLine(line)).toEqual(fields);
  });

  it('keeps lower-case forms tagged as verbs in most of their occurrences', () => {
    const rows = [
      ['leaves', 'VBZ'],
      ['leaves', 'VBZ'],
      ['leaves', 'NNS'],
      ['talks', 'NNS'],
      ['talks', 'NNS'],
      ['talks', 'VBZ'],
      ['ended', 'VBD'],
      ['ended', 'VBN'],
      ['ended', 'VBD'],
      ['Said', 'VBD'],
      ['rare', 'VB'],
    ];
    const csv = ['Sentence #,Word,POS,Tag', ...rows.map(([w, t]) => `,${w},${t},O`)].join('\n');
    expect(buildVerbLexicon(csv, { minCount: 3, minShare: 0.6 })).toEqual(['ended', 'leaves']);
  });

  it('ships a lexicon with common verbs and without common nouns', () => {
    const verbs = new Set(verbsFile.verbs);
    for (const w of ['said', 'leaves', 'ended', 'wants']) expect(verbs.has(w)).toBe(true);
    for (const w of ['officials', 'talks', 'strikes', 'government']) expect(verbs.has(w)).toBe(false);
  });
});
