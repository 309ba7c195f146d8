/**
 * Resolve stage, table-driven: texts (one document each) -> the entities expected, as
 * `[label, type, aliases that must be listed]`, plus rows that must stay apart.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType, Mention } from '../../../electron/pipeline/types';
import { chooseLabel, chooseType } from '../../../electron/pipeline/resolve/canonical';
import { acronymDefinedAfter, initials, isAcronym } from '../../../electron/pipeline/resolve/acronyms';
import { aliasKey, matchKey } from '../../../electron/pipeline/resolve/normalize';
import { resolveTexts } from './mentions-helpers';

type Expected = [label: string, type: EntityType, aliases: string[]];

function entityOf(texts: string[], alias: string) {
  const state = resolveTexts(texts);
  return state.entities.find((e) => e.aliases.includes(alias));
}

describe('merging every way of naming one thing', () => {
  it.each<[string, string[], Expected]>([
    [
      'full name, surname and titled name',
      ['President Donald Trump spoke. Trump left. Donald Trump returned.'],
      ['Donald Trump', 'person', ['Donald Trump', 'Trump']],
    ],
    [
      'surname in another document',
      ['Donald Trump spoke.', 'On Friday, Trump left the talks in Geneva.'],
      ['Donald Trump', 'person', ['Trump']],
    ],
    [
      'middle initial',
      ['Special counsel Robert S. Mueller wrote.', 'Robert Mueller testified.'],
      ['Robert S. Mueller', 'person', ['Robert Mueller']],
    ],
    [
      'country aliases',
      ['The U.S. and the US, America and the United States are one.'],
      ['United States', 'place', ['U.S.', 'US', 'America', 'United States']],
    ],
    [
      'institution nickname',
      ['The Pentagon spoke.', 'The Department of Defense denied it.'],
      ['Department of Defense', 'organization', ['Pentagon', 'Department of Defense']],
    ],
    [
      'explicit acronym',
      [
        'Cartels were designated as Foreign Terrorist Organizations (FTOs) last year.',
        'FTOs face sanctions.',
      ],
      ['Foreign Terrorist Organizations', 'policy', ['FTOs']],
    ],
    [
      'acronym by initials across documents',
      ['JSOC officers were there.', 'The Joint Special Operations Command denied it.'],
      ['Joint Special Operations Command', 'organization', ['JSOC']],
    ],
    [
      'an organization without its head noun, in its document',
      ['Germany banned airline Kelvor Air. Kelvor has been sanctioned since 2011.'],
      ['Kelvor Air', 'organization', ['Kelvor Air', 'Kelvor']],
    ],
    [
      'a name in another language, in brackets after the body',
      [
        'The Supreme Court of Justice (Oberster Gerichtshof) of Austria asked. The Oberster Gerichtshof ruled.',
      ],
      ['Oberster Gerichtshof', 'organization', ['Supreme Court of Justice', 'Oberster Gerichtshof']],
    ],
    [
      'case variants',
      ['CONGRESS CONTROVERSY\n\nCongress voted on Friday.'],
      ['Congress', 'organization', ['Congress', 'CONGRESS']],
    ],
    ['possessive base form', ['Mexico’s president spoke in Mexico.'], ['Mexico', 'place', ['Mexico']]],
    [
      'British and American spellings',
      [
        'The Organisation of Islamic Cooperation met.',
        'The Organization of Islamic Cooperation (OIC) agreed.',
      ],
      ['Organization of Islamic Cooperation', 'organization', ['Organisation of Islamic Cooperation', 'OIC']],
    ],
    [
      'an acronym takes the type of its rule-found expansion',
      ['The Ballot Interference Prevention Act (BIPA) passed.', 'BIPA was challenged. BIPA limits ballots.'],
      ['Ballot Interference Prevention Act', 'policy', ['BIPA']],
    ],
    [
      'drug cartels of a corpus about one country’s cartels',
      ['Six Mexican cartels were designated.', 'Troops target drug cartels.'],
      ['Mexican cartels', 'organization', ['Mexican cartels', 'drug cartels']],
    ],
    [
      'a country’s government however named',
      ['The Mexican government refused.', 'Mexico’s government said no.'],
      ['Mexican government', 'organization', ['Mexican government', 'Mexico’s government']],
    ],
  ])('%s', (_name, texts, [label, type, aliases]) => {
    const entity = entityOf(texts, aliases[0]);
    expect(entity?.label).toBe(label);
    expect(entity?.type).toBe(type);
    for (const alias of aliases) expect(entity?.aliases).toContain(alias);
  });

  it('collects the documents and mentions of an entity', () => {
    const state = resolveTexts(['Donald Trump spoke.', 'Trump left.', 'Mexico answered.']);
    const trump = state.entities.find((e) => e.label === 'Donald Trump')!;
    expect(trump.docs).toEqual(['doc0.txt', 'doc1.txt']);
    expect(trump.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'Trump']);
    expect(trump.id).toBe('person:donald-trump');
  });
});

describe('keeping different things apart', () => {
  it.each<[string, string[], string[]]>([
    ['two people sharing a surname', ['Michael Smith met John Smith.'], ['Michael Smith', 'John Smith']],
    [
      'a surname shared by two full names stays its own node',
      ['Michael Smith met John Smith. Smith said nothing.'],
      ['Michael Smith', 'John Smith', 'Smith'],
    ],
    [
      'a surname shared by two full names, one named far more often: that one',
      [
        'Elon Varga died. Elon Varga was 68. Elon Varga served long. His wife Maya Varga spoke. Varga was mourned.',
      ],
      ['Elon Varga', 'Maya Varga'],
    ],
    [
      'two full names across documents',
      ['Michael Smith spoke.', 'John Smith answered.', 'Smith left.'],
      ['Michael Smith', 'John Smith', 'Smith'],
    ],
    [
      'national bodies of two countries',
      ['The National Guard patrolled Texas.', 'Mexico deployed its National Guard.'],
      ['National Guard', 'Mexican National Guard'],
    ],
    [
      'a short form in another document stays apart',
      ['Germany banned airline Kelvor Air.', 'Shoppers went to retailer Kelvor on Friday.'],
      ['Kelvor Air', 'Kelvor'],
    ],
    [
      'a place in brackets after a person is no other name',
      ['Senator Bernie Sanders (Vermont) spoke.'],
      ['Bernie Sanders'],
    ],
    [
      'drug cartels of a corpus naming two countries’ cartels',
      ['Mexican cartels and Colombian cartels fought.', 'Troops target drug cartels.'],
      ['Mexican cartels', 'Colombian cartels', 'drug cartels'],
    ],
  ])('%s', (_name, texts, labels) => {
    const state = resolveTexts(texts);
    const found = state.entities
      .filter((e) => e.type === 'person' || e.type === 'organization')
      .map((e) => e.label);
    expect(found.sort()).toEqual([...labels].sort());
  });
});

describe('resolution invariants', () => {
  const texts = [
    'President Donald Trump said the Pentagon and JSOC would act. He said Mexico’s leadership agreed. The president left.',
    'The Joint Special Operations Command and the U.S. National Guard met.',
  ];

  it('sets an existing entity on every mention kept, with unique readable ids', () => {
    const state = resolveTexts(texts);
    const ids = new Set(state.entities.map((e) => e.id));
    expect(ids.size).toBe(state.entities.length);
    for (const id of ids) expect(id).toMatch(/^(person|organization|place|policy|event):[a-z0-9-]+$/);
    for (const doc of state.documents) for (const m of doc.mentions) expect(ids.has(m.entity!)).toBe(true);
  });

  it('attaches coreference mentions to their antecedent entity without making them aliases', () => {
    const state = resolveTexts(texts);
    const trump = state.entities.find((e) => e.label === 'Donald Trump')!;
    const corefTexts = trump.mentions.filter((m) => m.source === 'coref').map((m) => m.text);
    expect(corefTexts).toEqual(['He', 'The president']);
    expect(trump.aliases).not.toContain('He');
    expect(trump.aliases).not.toContain('The president');
    for (const doc of state.documents)
      for (const m of doc.mentions)
        if (m.antecedent !== undefined) expect(doc.mentions[m.antecedent].entity).toBe(m.entity);
  });
});

describe('canonical label and type', () => {
  const mention = (text: string, type: EntityType, source: Mention['source']): Mention => ({
    docId: 'd',
    sentence: 0,
    tokenStart: 0,
    tokenEnd: 1,
    start: 0,
    end: text.length,
    text,
    type,
    source,
  });

  it.each<[string, Array<[string, EntityType, Mention['source']]>, string, EntityType]>([
    [
      'expansion over acronym',
      [
        ['JSOC', 'organization', 'tagger'],
        ['JSOC', 'organization', 'tagger'],
        ['Joint Special Operations Command', 'organization', 'rule'],
      ],
      'Joint Special Operations Command',
      'organization',
    ],
    [
      'full name over surname',
      [
        ['Trump', 'person', 'tagger'],
        ['Trump', 'person', 'tagger'],
        ['Donald Trump', 'person', 'tagger'],
      ],
      'Donald Trump',
      'person',
    ],
    [
      'rules outvote the tagger',
      [
        ['FTOs', 'organization', 'tagger'],
        ['Foreign Terrorist Organizations', 'policy', 'rule'],
      ],
      'Foreign Terrorist Organizations',
      'policy',
    ],
    [
      'mixed case over capitals, base form over possessive',
      [
        ['CONGRESS', 'organization', 'lexicon'],
        ['Trump’s administration', 'organization', 'rule'],
        ['Trump administration', 'organization', 'rule'],
      ],
      'Trump administration',
      'organization',
    ],
  ])('%s', (_name, rows, label, type) => {
    const mentions = rows.map(([text, t, source]) => mention(text, t, source));
    expect(chooseType(mentions)).toBe(type);
    expect(chooseLabel(mentions, type)).toBe(label);
  });
});

describe('normal forms and acronyms', () => {
  it.each<[string, string, string]>([
    ['the United States', 'united states', 'united states'],
    ['Mexico’s', 'mexico', 'mexico'],
    ['U.S.', 'u.s.', 'us'],
    ['Trump’s administration', "trump's administration", 'trump administration'],
    ['López  Obrador', 'lópez obrador', 'lopez obrador'],
  ])('%s', (text, alias, match) => {
    expect(aliasKey(text)).toBe(alias);
    expect(matchKey(text)).toBe(match);
  });

  it.each<[string, boolean]>([
    ['JSOC', true],
    ['FTOs', true],
    ['U.S.', true],
    ['NATO', true],
    ['Mexico', false],
    ['A', false],
    // Mostly capitals with a few small letters inside.
    ['AfCFTA', true],
    ['UOKiK', true],
    ['McDonald', false],
    ['TikTok', false],
  ])('isAcronym(%s) = %s', (text, expected) => expect(isAcronym(text)).toBe(expected));

  it.each<[string, string]>([
    ['Joint Special Operations Command', 'JSOC'],
    ['Centers for Disease Control and Prevention', 'CDCP'],
    ['Foreign Terrorist Organizations', 'FTO'],
  ])('initials of %s', (name, letters) => expect(initials(name)).toBe(letters));

  it('an acronym the document defines is a mention wherever it is written, joined to its long form', () => {
    const state = resolveTexts([
      'Ministers signed the Velmoran Free Trade Area (VFTA) treaty. One goal of VFTA is trade. The VFTA grew.',
    ]);
    const vfta = state.entities.find((e) => e.aliases.includes('VFTA'));
    expect(vfta?.label).toBe('Velmoran Free Trade Area');
    expect(vfta?.type).toBe('policy');
    expect(vfta?.mentions.filter((m) => m.text === 'VFTA')).toHaveLength(3);
  });

  it('reads an acronym defined in parentheses after a name', () => {
    const text = 'designated as Foreign Terrorist Organizations (FTOs), which';
    expect(acronymDefinedAfter(text, text.indexOf(' (FTOs)'))).toBe('FTOs');
    expect(acronymDefinedAfter(text, 5)).toBeUndefined();
  });
});

describe('degenerate corpora', () => {
  it('resolves an empty corpus and documents without mentions', () => {
    expect(resolveTexts([]).entities).toEqual([]);
    expect(resolveTexts(['', 'nothing named here at all.']).entities).toEqual([]);
  });
});
