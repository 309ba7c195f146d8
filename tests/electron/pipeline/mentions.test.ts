/**
 * Mention stage, table-driven: `[sentence, expected named mentions as [text, type]]`, one table per source
 * (lexicons, rules, titles), plus coreference rows `[text, [[mention, antecedent]]]`.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../electron/pipeline/types';
import { annotate, corefs, named } from './mentions-helpers';

type Row = [string, Array<[string, EntityType]>];

describe('lexicon mentions', () => {
  it.each<Row>([
    [
      'Officials in the U.S. and the US said America and the United States agreed.',
      [
        ['U.S.', 'place'],
        ['US', 'place'],
        ['America', 'place'],
        ['United States', 'place'],
      ],
    ],
    [
      'The talks between Britain and the U.K. covered the United Kingdom.',
      [
        ['Britain', 'place'],
        ['U.K.', 'place'],
        ['United Kingdom', 'place'],
      ],
    ],
    // Acronyms only in capitals: "us" and "who" are words, "WHO" is the organization.
    [
      'Let us see who said what to the WHO in Washington.',
      [
        ['WHO', 'organization'],
        ['Washington', 'place'],
      ],
    ],
    [
      'The Pentagon, the State Department and the CIA briefed Congress and the Senate.',
      [
        ['Pentagon', 'organization'],
        ['State Department', 'organization'],
        ['CIA', 'organization'],
        ['Congress', 'organization'],
        ['Senate', 'organization'],
      ],
    ],
    [
      'NATO and the European Union met at the UN while Reuters and the Associated Press reported.',
      [
        ['NATO', 'organization'],
        ['European Union', 'organization'],
        ['UN', 'organization'],
        ['Reuters', 'organization'],
        ['Associated Press', 'organization'],
      ],
    ],
    [
      'He spoke to NBC News and the BBC about Latin America and the Middle East.',
      [
        ['NBC News', 'organization'],
        ['BBC', 'organization'],
        ['Latin America', 'place'],
        ['Middle East', 'place'],
      ],
    ],
    [
      'Ships crossed the Gulf of Mexico into the Caribbean and the Strait of Hormuz.',
      [
        ['Gulf of Mexico', 'place'],
        ['Caribbean', 'place'],
        ['Strait of Hormuz', 'place'],
      ],
    ],
    // The tagger may join a list; the lexicon keeps its names apart.
    [
      'Texas and California sued, and Chicago and Tokyo followed.',
      [
        ['Texas', 'place'],
        ['California', 'place'],
        ['Chicago', 'place'],
        ['Tokyo', 'place'],
      ],
    ],
    // Demonyms modifying people are not mentions of the country (annotation guidelines); a country's
    // troops are its armed forces, an organization that acts.
    [
      'Iraqi officials and Syrian refugees met American troops in Baghdad.',
      [
        ['American troops', 'organization'],
        ['Baghdad', 'place'],
      ],
    ],
    [
      'The Cold War ended before World War II was forgotten.',
      [
        ['Cold War', 'event'],
        ['World War II', 'event'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });

  it('records the lexicon entry, so nicknames resolve to one entity', () => {
    const doc = annotate('The Pentagon and the Department of Defense are one body.');
    expect(doc.mentions.map((m) => m.lexicon)).toEqual([
      'organization:department-of-defense',
      'organization:department-of-defense',
    ]);
  });
});

describe('rule mentions', () => {
  it.each<Row>([
    // Policies
    [
      'Congress passed the Posse Comitatus Act and the Patriot Act of 2001 long ago.',
      [
        ['Congress', 'organization'],
        ['Posse Comitatus Act', 'policy'],
        ['Patriot Act of 2001', 'policy'],
      ],
    ],
    [
      'The troops operate under Title 50, not Title 10.',
      [
        ['Title 50', 'policy'],
        ['Title 10', 'policy'],
      ],
    ],
    [
      'Plan Colombia and the Monroe Doctrine shaped the Bicentennial Framework and the Paris Agreement.',
      [
        ['Plan Colombia', 'policy'],
        ['Monroe Doctrine', 'policy'],
        ['Bicentennial Framework', 'policy'],
        ['Paris Agreement', 'policy'],
      ],
    ],
    [
      'The administration ended the “Remain in Mexico” policy and the "Catch and Release" program.',
      [
        ['Remain in Mexico', 'policy'],
        ['Catch and Release', 'policy'],
      ],
    ],
    [
      'Washington is designating six Mexican cartels as foreign terrorist organizations.',
      [
        ['Washington', 'place'],
        ['Mexican cartels', 'organization'],
        ['foreign terrorist organizations', 'policy'],
      ],
    ],
    ['The region joined the Colombia Peace Process.', [['Colombia Peace Process', 'policy']]],
    // Events
    [
      'Operation Just Cause removed him, long after the Vietnam War and World War II.',
      [
        ['Operation Just Cause', 'event'],
        ['Vietnam War', 'event'],
        ['World War II', 'event'],
      ],
    ],
    [
      'Leaders met at the G20 summit after the Mueller report and the 2020 presidential election.',
      [
        ['G20 summit', 'event'],
        ['Mueller report', 'event'],
        ['2020 presidential election', 'event'],
      ],
    ],
    // Organizations by head noun, demonym, country or leader
    [
      'The Joint Special Operations Command and the Mexican government met the Trump administration.',
      [
        ['Joint Special Operations Command', 'organization'],
        ['Mexican government', 'organization'],
        ['Trump administration', 'organization'],
      ],
    ],
    [
      'The Government of Iraq said Mexico’s current leadership had rebuffed the U.S. armed forces.',
      [
        ['Government of Iraq', 'organization'],
        ['Mexico’s current leadership', 'organization'],
        ['U.S. armed forces', 'organization'],
      ],
    ],
    // "drug cartels" as actors; the singular before a noun is a modifier.
    ['Troops will target drug cartels and drug cartel leadership.', [['drug cartels', 'organization']]],
    // "military" before an action noun is a modifier: the country acts (annotation decision 5).
    [
      'Mexico opposed U.S. military action.',
      [
        ['Mexico', 'place'],
        ['U.S.', 'place'],
      ],
    ],
    // Places
    [
      'Soldiers crossed the U.S.-Mexico border near the Rio Grande.',
      [
        ['U.S.-Mexico border', 'place'],
        ['Rio Grande', 'place'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe('titles and persons', () => {
  it.each<Row>([
    [
      'Secretary of Defense Pete Hegseth met Venezuelan President Nicolás Maduro and cartel leader Joaquín “El Chapo” Guzmán.',
      [
        ['Pete Hegseth', 'person'],
        ['Nicolás Maduro', 'person'],
        ['Joaquín “El Chapo” Guzmán', 'person'],
      ],
    ],
    [
      'Former Mexican President Andrés Manuel López Obrador criticized President Donald Trump.',
      [
        ['Andrés Manuel López Obrador', 'person'],
        ['Donald Trump', 'person'],
      ],
    ],
    // The title's domain is still a place mention.
    [
      'Minister for the Middle East, Tobias Ellwood, responded.',
      [
        ['Middle East', 'place'],
        ['Tobias Ellwood', 'person'],
      ],
    ],
    ['Detective Inspector Steven Jones arrested a man.', [['Steven Jones', 'person']]],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });

  it.each<[string, string, string, string]>([
    ['Secretary of Defense Pete Hegseth spoke.', 'Pete Hegseth', 'Secretary of Defense', 'leader'],
    [
      'Former Mexican President Andrés Manuel López Obrador spoke.',
      'Andrés Manuel López Obrador',
      'President',
      'leader',
    ],
    ['NBC News correspondent Courtney Kube reports.', 'Courtney Kube', 'correspondent', 'member'],
    ['PRESIDENT Donald Trump is preparing.', 'Donald Trump', 'PRESIDENT', 'leader'],
  ])('%s keeps the title of %s', (sentence, name, titleText, role) => {
    const person = annotate(sentence).mentions.find((m) => m.text === name);
    expect(person?.title?.text.endsWith(titleText)).toBe(true);
    expect(person?.title?.role).toBe(role);
  });
});

describe('cases found on unseen news', () => {
  it.each<Row>([
    // A title inside a tagged span makes it a person; the title is not the name.
    ['Police and Crime Commissioner Stephen Mold said it was tragic.', [['Stephen Mold', 'person']]],
    // "PM" is a title only in capitals; a time zone is no name.
    ['The crash happened around 8:30 p.m. BST on Monday.', []],
    // Religions, faiths and parties are not entities, nor part of a person's name.
    ['The decree was signed by the leader of Roman Catholic Christianity.', []],
    ['Democrat Patricia Spearman won the seat.', [['Patricia Spearman', 'person']]],
    // A title running past the tagged span: "Tongan Prime" is not a person.
    ['Sitting Tongan Prime Minister Akilisi Pohiva dies aged 78', [['Akilisi Pohiva', 'person']]],
    // "X and Y" where X is a name by itself; the head may stand before "of" or "for".
    [
      'The American Civil Liberties Union of Montana and Native American Rights Fund sued the state.',
      [
        ['American Civil Liberties Union of Montana', 'organization'],
        ['Native American Rights Fund', 'organization'],
      ],
    ],
    [
      'The United States District Court for the Western District of Virginia ruled.',
      [['United States District Court for the Western District of Virginia', 'organization']],
    ],
    [
      'Hurricane Dorian hit the Bahamas.',
      [
        ['Hurricane Dorian', 'event'],
        ['Bahamas', 'place'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});

describe('headings and capitals', () => {
  it.each<Row>([
    ['TENSION FEARS', []],
    ['CONGRESS CONTROVERSY', [['CONGRESS', 'organization']]],
    // In an all-caps line an acronym that is also a word is not trusted.
    ['WHO IS TO BLAME', []],
  ])('%s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });

  it('trusts a title-case heading only for words the body capitalises', () => {
    const doc = annotate(
      'Report Claims Cartels May Strike Mexico\n\nThe report said Mexico and Texas were at risk.',
    );
    const heading = doc.mentions.filter((m) => m.sentence === 0).map((m) => m.text);
    expect(heading).toEqual(['Mexico']);
  });
});

describe('coreference', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'President Donald Trump met Claudia Sheinbaum. The president left.',
      [['The president', 'Donald Trump']],
    ],
    [
      'Mexico rejected the plan. The country has its own army.',
      [
        ['The country', 'Mexico'],
        ['its', 'Mexico'],
      ],
    ],
    [
      'Officials told NBC News the plan was ready. A senior official told the outlet it was not.',
      [['the outlet', 'NBC News']],
    ],
    ['Secretary of Defense Pete Hegseth shared videos. He has made it clear.', [['He', 'Pete Hegseth']]],
    // A person named earlier in the sentence binds the pronoun.
    ['Venezuelan President Nicolás Maduro warned he has missiles.', [['he', 'Nicolás Maduro']]],
    ['Trump met Biden. He said nothing.', []], // two candidates, no dominant one: unclear, skipped
    [
      'The Trump administration plans raids. The administration denies it.',
      [['The administration', 'Trump administration']],
    ],
    [
      'He walked along the border wall near the U.S.-Mexico border. The border is long.',
      [['The border', 'U.S.-Mexico border']],
    ],
  ])('%s', (text, expected) => {
    expect(corefs(text)).toEqual(expected);
  });

  it('points antecedents at named mentions of the same document', () => {
    const doc = annotate('Claudia Sheinbaum spoke. She said her country would decide.');
    for (const m of doc.mentions.filter((x) => x.source === 'coref')) {
      expect(doc.mentions[m.antecedent!].source).not.toBe('coref');
      expect(doc.mentions[m.antecedent!].text).toBe('Claudia Sheinbaum');
    }
  });
});

describe('mention invariants', () => {
  it('gives verbatim text, token ranges inside the sentence and no overlaps', () => {
    const text =
      'President Donald Trump said Mexico’s National Guard and the Pentagon’s Joint Special Operations Command ' +
      'would act under Title 50. He did not say when.';
    const doc = annotate(text);
    let lastEnd = -1;
    for (const m of doc.mentions) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      const sentence = doc.sentences[m.sentence];
      expect(m.tokenStart).toBeGreaterThanOrEqual(0);
      expect(m.tokenEnd).toBeLessThanOrEqual(sentence.tokens.length);
      expect(sentence.tokens[m.tokenStart].start).toBeLessThanOrEqual(m.start);
      expect(m.start).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = m.end;
    }
    expect(doc.mentions.some((m) => m.text.endsWith('’s'))).toBe(false);
  });
});

describe('degenerate input', () => {
  it.each<[string, string]>([
    ['empty', ''],
    ['punctuation only', '!!! ... ??? “” — () [] {}'],
    ['one long line of capitals', 'Alpha Beta Gamma '.repeat(400)],
    ['unbalanced quotes and stray apostrophes', '“Remain in Mexico policy and ’s ’s ’ the “ “ Plan'],
    ['mixed scripts', 'Владимир Путин met 习近平 and محمد in Paris.'],
  ])('%s gives verbatim, non-overlapping mentions without throwing', (_name, text) => {
    const doc = annotate(text);
    let lastEnd = -1;
    for (const m of doc.mentions) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = m.end;
    }
  });
});
