import { describe, expect, it } from 'vitest';
import { createSearchIndex, normalize } from '../../renderer/search/index';
import { model, sampleModel } from './helpers';

const index = createSearchIndex(sampleModel().graph);

describe('entity search', () => {
  const cases: Array<[string, string]> = [
    // [query, expected first hit]
    ['Donald Trump', 'trump'],
    ['trump', 'trump'],
    ['sheinbam', 'sheinbaum'], // typo
    ['Shein', 'sheinbaum'], // prefix
    ['hegsteh', 'hegseth'], // transposition
    ['department of defense', 'pentagon'], // alias
    ['mexic', 'mexico'], // prefix beats the longer "Mexican cartels"
    ['caribbean', 'strikes'],
    ['MEXICO', 'mexico'],
  ];
  it.each(cases)('"%s" finds %s first', (query, expected) => {
    expect(index.search(query)[0]?.id).toBe(expected);
  });

  it('says which alias matched', () => {
    const [hit] = index.search('Department of Defense');
    expect(hit).toMatchObject({
      id: 'pentagon',
      label: 'Pentagon',
      type: 'organization',
      alias: 'Department of Defense',
    });
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzqxw')).toEqual([]);
  });

  it('ranks an exact name above a more-mentioned fuzzy match', () => {
    const m = model(
      [
        ['a', 'Iran', 'place', { mentions: 1 }],
        ['b', 'Iraq', 'place', { mentions: 50 }],
      ],
      [],
    );
    expect(
      createSearchIndex(m.graph)
        .search('Iran')
        .map((h) => h.id),
    ).toEqual(['a', 'b']);
  });

  it('limits results', () => {
    expect(index.search('m', 2).length).toBeLessThanOrEqual(2);
  });

  it.each([
    ['U.S.', 'us'],
    ['México', 'mexico'],
    ["Mexico's", 'mexicos'],
    ['U.S.-Mexico border', 'us mexico border'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});
