import { describe, expect, it } from 'vitest';
import { tokenizeWords, wordKey, wordShape } from '../../../electron/pipeline/mentions/words';
import { TokenTrie } from '../../../electron/pipeline/mentions/trie';
import { capitalizedRuns } from '../../../electron/pipeline/mentions/runs';

describe('tokenizeWords', () => {
  it.each<[string, string[]]>([
    ['Mexico’s president', ['Mexico', '’s', 'president']],
    ['the U.S.-Mexico border', ['the', 'U.S.', '-', 'Mexico', 'border']],
    ['Robert S. Mueller said', ['Robert', 'S.', 'Mueller', 'said']],
    ['Gen. Mark Milley, 4,700 troops', ['Gen.', 'Mark', 'Milley', ',', '4,700', 'troops']],
    ['Al-Qaeda and Côte d’Ivoire', ['Al', '-', 'Qaeda', 'and', 'Côte', 'd’Ivoire']],
    ['“Remain in Mexico” policy', ['“', 'Remain', 'in', 'Mexico', '”', 'policy']],
    ['at 10:40 a.m. on 9/11', ['at', '10:40', 'a.m.', 'on', '9/11']],
  ])('%s', (text, expected) => {
    expect(tokenizeWords(text).map((w) => w.text)).toEqual(expected);
  });

  it('keeps document offsets and marks glued words', () => {
    const words = tokenizeWords('x U.S.-Mexico', 100);
    expect(words.map((w) => [w.start, w.end, w.spaceBefore])).toEqual([
      [100, 101, true],
      [102, 106, true],
      [106, 107, false],
      [107, 113, false],
    ]);
  });

  it.each<[string, string]>([
    ['U.S.', 'us'],
    ['Türk', 'turk'],
    ['Mexico’s', "mexico's"],
    ['López', 'lopez'],
  ])('key of %s is %s', (text, key) => expect(wordKey(text)).toBe(key));

  it.each<[string, string]>([
    ['CIA', 'upper'],
    ['U.S.', 'upper'],
    ['Mexico', 'title'],
    ['DoD', 'title'],
    ['iPhone', 'lower'],
    ['4,700', 'other'],
  ])('shape of %s is %s', (text, shape) => expect(wordShape(text)).toBe(shape));
});

describe('TokenTrie', () => {
  it('finds every entry starting at a position, shortest first', () => {
    const trie = new TokenTrie<string>();
    trie.insert(['gulf'], 'a');
    trie.insert(['gulf', 'of', 'mexico'], 'b');
    const matches = trie.matchesAt(['the', 'gulf', 'of', 'mexico', 'coast'], 1);
    expect(matches.map((m) => [m.end, m.values])).toEqual([
      [2, ['a']],
      [4, ['b']],
    ]);
    expect(trie.get(['gulf', 'of'])).toEqual([]);
  });
});

describe('capitalizedRuns', () => {
  const runs = (text: string) => {
    const words = tokenizeWords(text);
    return capitalizedRuns(words).map((r) =>
      words
        .slice(r.start, r.end)
        .map((w) => w.text)
        .join(' '),
    );
  };
  it.each<[string, string[]]>([
    ['the Centers for Disease Control and Prevention said', ['Centers for Disease Control and Prevention']],
    ['the Department of the Treasury and the Pentagon', ['Department of the Treasury', 'Pentagon']],
    [
      'Government of Iraq and the Kurdistan Regional Government',
      ['Government of Iraq', 'Kurdistan Regional Government'],
    ],
    ['under Title 50, Al-Qaeda', ['Title 50', 'Al - Qaeda']],
  ])('%s', (text, expected) => expect(runs(text)).toEqual(expected));
});
