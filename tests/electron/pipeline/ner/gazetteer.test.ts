import { describe, expect, it } from 'vitest';
import {
  Gazetteer,
  LEX_BEGIN,
  LEX_INSIDE,
  parseLexiconText,
  phraseTokens,
} from '../../../../electron/pipeline/ner/gazetteer';

const lexicons = {
  country: ['United States', 'US', 'Mexico', 'Georgia'],
  'first-name': ['Georgia', 'Donald'],
  organization: ['WHO', 'Fed', 'United Nations'],
};

/** Match codes per token for one category, as B/I/- letters. */
function codes(gazetteer: Gazetteer, sentence: string, category: string): string {
  const tokens = sentence.split(' ');
  const out = new Int32Array(tokens.length);
  gazetteer.match(
    tokens,
    tokens.map((t) => t.toLowerCase()),
    out,
  );
  const shift = gazetteer.categories.indexOf(category) * 2;
  return Array.from(out, (code) => {
    const m = (code >>> shift) & 3;
    return m === LEX_BEGIN ? 'B' : m === LEX_INSIDE ? 'I' : '-';
  }).join('');
}

describe('Gazetteer', () => {
  const gazetteer = new Gazetteer(lexicons);
  it.each([
    ['the United States and Mexico', 'country', '-BI-B'],
    // Acronyms only match all-caps tokens, capitalised entries only capitalised tokens.
    ['the united states', 'country', '---'],
    ['THE UNITED STATES', 'country', '-BI'],
    ['US troops told us', 'country', 'B---'],
    ['the WHO said who', 'organization', '-B--'],
    ['the Fed fed them', 'organization', '-B--'],
    ['Georgia voted', 'country', 'B-'],
    ['Georgia voted', 'first-name', 'B-'],
    ['the United Nations', 'organization', '-BI'],
    ['United', 'organization', '-'],
  ])('%s [%s] -> %s', (sentence, category, expected) => {
    expect(codes(gazetteer, sentence, category)).toBe(expected);
  });

  it.each([
    ['New York', 'BI'],
    ['York and New', 'B-B'],
    ['New York York', 'BIB'],
    // "York City" also matches at "York", but "New York City" already covers it.
    ['New York City', 'BII'],
    ['York City', 'BI'],
  ])('longest entry first, one-token entries last: %s -> %s', (sentence, expected) => {
    const places = new Gazetteer({ place: ['New', 'York', 'New York', 'York City', 'New York City'] });
    expect(codes(places, sentence, 'place')).toBe(expected);
  });

  it('sorts categories so feature ids do not depend on file order', () => {
    expect(gazetteer.categories).toEqual(['country', 'first-name', 'organization']);
  });
});

describe('lexicon text', () => {
  it('skips comments and blank lines and removes duplicates', () => {
    expect(parseLexiconText('# countries\nMexico\n\nPeru # comment\nMexico\r\n')).toEqual(['Mexico', 'Peru']);
  });

  it.each([
    ['Kenya', ['Kenya']],
    [' Kenya ', ['Kenya']],
    ['U.N.', ['U.N.']],
    ['AT&T', ['AT&T']],
    ['-LRB-', ['(']],
    ["Britain's", ['Britain', "'s"]],
    ['`Kenya', ["'Kenya"]],
  ])('phrase %j -> %j', (phrase, expected) => {
    expect(phraseTokens(phrase)).toEqual(expected);
  });

  it('splits phrases like the segmenter, possessive included', () => {
    expect(phraseTokens("People's  Republic")).toEqual(['People', "'s", 'Republic']);
    expect(phraseTokens('C\u00f4te d\u2019Ivoire')).toEqual(['C\u00f4te', "d'Ivoire"]);
  });
});
