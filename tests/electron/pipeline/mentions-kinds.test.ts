/**
 * Names typed by a kind noun written next to them (`mentions/rules-kinds.ts`), table-driven
 * `[sentence, expected named mentions]`: one row per pattern, and negative rows where it could over-fire.
 * Invented sentences; general patterns, no corpus names.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../electron/pipeline/types';
import { named } from './mentions-helpers';

type Row = [string, Array<[string, EntityType]>];

describe('kind nouns type the names next to them', () => {
  it.each<Row>([
    // Kind noun before the name.
    ['The deal was signed by retailer Brokmart on Friday.', [['Brokmart', 'organization']]],
    [
      'Officials said property developer Zelto Investment bought the site.',
      [['Zelto Investment', 'organization']],
    ],
    ['Lawyer fees were paid to the lawyer Tomasz Wrenk.', [['Tomasz Wrenk', 'person']]],
    // A lone letter after a kind noun is no name.
    ['He was the best scientist I have ever known.', []],
    // A given name after an ambiguous kind: a person holds the role.
    ['Its alleged producer John Marrick was arrested.', [['John Marrick', 'person']]],
    // Name before its kind, after a determiner.
    ['Buyers include the Kelvaro chain and others.', [['Kelvaro', 'organization']]],
    [
      'The Velnor Unity party was founded in 2001 and the Velnor Unity Party won.',
      [
        ['Velnor Unity party', 'organization'],
        ['Velnor Unity Party', 'organization'],
      ],
    ],
    // "a Christmas party" is no party name.
    ['They held a Christmas party at the office.', []],
    // Apposition.
    [
      'Reports came from Zorvatsk, an independent human rights center, on Thursday.',
      [['Zorvatsk', 'organization']],
    ],
    ['UOKZ, the Polish anti-monopoly agency, has to approve the sale.', [['UOKZ', 'organization']]],
    ['The bus reached Veltrana, a city in the north, at noon.', [['Veltrana', 'place']]],
    [
      'The group met Marek Dalvin, a US peace envoy, in Qatar.',
      [
        ['Marek Dalvin', 'person'],
        ['US', 'place'],
        ['Qatar', 'place'],
      ],
    ],
    // A person's party word is no part of the name.
    [
      'Democrat Marek Dalvin, the Senate minority leader, spoke.',
      [
        ['Marek Dalvin', 'person'],
        ['Senate', 'organization'],
      ],
    ],
    [
      'They worked for the Brigade de Recherche et d’Intervention, an elite unit tasked with hard cases.',
      [['Brigade de Recherche et d’Intervention', 'organization']],
    ],
    // Lists after a plural kind noun.
    [
      'German firms including Volmer Bahn, Kortex, and Seltrin have left.',
      [
        ['Volmer Bahn', 'organization'],
        ['Kortex', 'organization'],
        ['Seltrin', 'organization'],
      ],
    ],
    [
      'Shoppers moved to discount stores like Brelka and LODL last year.',
      [
        ['Brelka', 'organization'],
        ['LODL', 'organization'],
      ],
    ],
    // Countries are no firms: a plural kind noun that is not one opens no list.
    [
      'Leaders of countries such as France and Spain met.',
      [
        ['France', 'place'],
        ['Spain', 'place'],
      ],
    ],
    // A party or dynasty keeps its kind in its name, also opening a quotation.
    [
      '"Velnor Unity party complies with the command," the party said.',
      [['Velnor Unity party', 'organization']],
    ],
    ['She is a member of the Marrani dynasty.', [['Marrani dynasty', 'organization']]],
    // A place or body before a lower-case body noun.
    [
      'Sharif Kamal, of the Velmora provincial council, spoke.',
      [
        ['Sharif Kamal', 'person'],
        ['Velmora provincial council', 'organization'],
      ],
    ],
    ['A Paris criminal court jailed them.', [['Paris criminal court', 'organization']]],
    ['Seven states bid to host the AfCFTA secretariat.', [['AfCFTA secretariat', 'organization']]],
    ['He spent the night in the Velmora central police station.', [['Velmora', 'place']]],
    // A country's body is the demonym rule's, with its country.
    ['The Iraq government rejected it.', [['Iraq government', 'organization']]],
    // A name before "law" is a body of law; a place's law and "law enforcement" are not.
    ['They want to reimpose their version of Sharia law.', [['Sharia law', 'policy']]],
    ['Texas law forbids it.', [['Texas', 'place']]],
    // An area or union made by a trade agreement is the agreement.
    [
      'Both signed the Velmoran Continental Free Trade Area last year.',
      [['Velmoran Continental Free Trade Area', 'policy']],
    ],
    // What is state-owned or backed is a body.
    ['Facilities of the state-owned Velmar Petroleum were hit.', [['Velmar Petroleum', 'organization']]],
    // A named oil field is a place.
    ['Drones struck the Kharvani oil field.', [['Kharvani oil field', 'place']]],
    // A ministry in lower case, with its country; without one it is no name.
    [
      'Reports came from the ministry of internal affairs of Belarus on Friday.',
      [['ministry of internal affairs of Belarus', 'organization']],
    ],
    ['The Belarusian ministry of health said so.', [['Belarusian ministry of health', 'organization']]],
    ['Officials at the ministry of health left.', []],
    // Where a facility stands is a place; a company's plant is not.
    [
      'Drones struck the processing plant at Velqaiq. In 2006, Velqaiq was a target.',
      [
        ['Velqaiq', 'place'],
        ['Velqaiq', 'place'],
      ],
    ],
    ['Workers at the plant at Velmar Industries struck.', [['Velmar Industries', 'organization']]],
    // A region's states are not the region.
    ['Measles struck Pacific island nations.', [['Pacific island nations', 'place']]],
    ['Ships crossed the Pacific in May.', [['Pacific', 'place']]],
    // A quoted lower-case name before a policy noun.
    [
      'Hong Kong is governed under the "one country, two systems" model.',
      [
        ['Hong Kong', 'place'],
        ['one country, two systems', 'policy'],
      ],
    ],
    ['He called them "fake news" reports.', []],
    // The town of X; foreign company openers; web addresses.
    ['Crowds gathered in the town of Velmora on Sunday.', [['Velmora', 'place']]],
    ['Workers at Deutsche Fenner went on strike.', [['Deutsche Fenner', 'organization']]],
    ['Speaking to Vortal.hu, the chief executive explained the plan.', [['Vortal.hu', 'organization']]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('no apposition after a scene', () => {
  it('"In X, the council of elders met" does not make X an organization', () => {
    const found = named('In Dravik Rovna, the council of elders met on Monday.');
    expect(found.filter(([, type]) => type === 'organization')).toEqual([]);
  });
});

describe('law as a modifier', () => {
  it('"X law enforcement" is no policy', () => {
    const found = named('Then officers of Velmora law enforcement arrived in Velmora.');
    expect(found.filter(([, type]) => type === 'policy')).toEqual([]);
  });
});

describe('names read whole', () => {
  it.each<Row>([
    // A year after a policy head belongs to the name.
    [
      'The Electronic Commerce Directive 2000 protects hosts.',
      [['Electronic Commerce Directive 2000', 'policy']],
    ],
    // "on" after a body's head noun goes on with the name; not after a person.
    [
      'The Velmoran Commission on Religious Freedom said so.',
      [['Velmoran Commission on Religious Freedom', 'organization']],
    ],
    ['The Velmoran Council on Monday approved it.', [['Velmoran Council', 'organization']]],
    // A tribal nation and a company's legal form are bodies.
    ['He is a member of the Blackfeet Nation.', [['Blackfeet Nation', 'organization']]],
    ['Buyers included Velmar Holdings Limited last year.', [['Velmar Holdings Limited', 'organization']]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('tagged spans cut where no name goes on', () => {
  it.each<[string, string[], string[]]>([
    // A dash with spaces around it.
    ['Staff moved from Kelvaro — Brenta Poland now has 5000 employees.', [], ['Kelvaro — Brenta Poland']],
    // A lower-case content word: the role before the name, a nationality with its kind noun.
    ['He met Trump loyalist Stephen Schwarzman.', ['Trump', 'Stephen Schwarzman'], []],
    ['Leaders of the South American group Mercosur met.', ['Mercosur'], ['South American']],
    // A participle glued by a hyphen.
    ['Chirac opposed the United States-led Iraq War in 2003.', ['United States', 'Iraq War'], []],
    // A participle opening the sentence before a body's name; group words alone.
    [
      'Remarked Velmora Center for Biodiversity scientist Tierra Kurran, "it is good."',
      ['Velmora Center for Biodiversity'],
      ['Remarked Velmora Center for Biodiversity'],
    ],
    ['It matters to Muslims and Christians alike.', [], ['Muslims and Christians']],
    ['Proroguing Velmoran Parliament is the legal way.', [], ['Proroguing Velmoran Parliament']],
    // A capitalised preposition after a title opens no name.
    [
      'Professor Greg Barlow, Chair In Global Islamic Politics at Velmora University, said so.',
      ['Greg Barlow'],
      ['In Global', 'In Global Islamic Politics'],
    ],
    // An organization the lexicon knows opens no person's name.
    [
      'Elijah Cummings died. Cummings was 68. Schumer told MSNBC Cummings "was a great man".',
      ['Cummings'],
      ['MSNBC Cummings'],
    ],
    // Connectors and name particles stay inside.
    ['ISIL has killed members of the Al bu Nimr tribe.', ['Al bu Nimr'], []],
    ['Officers of the Brigade de Recherche met.', ['Brigade de Recherche'], []],
  ])('%s', (text, present, absent) => {
    const found = named(text).map(([t]) => t);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(found).not.toContain(name);
  });
});

describe('document readings of tagged names', () => {
  it.each<Row>([
    // The short form of an organization named with its head noun.
    [
      'Germany banned airline Kelvor Air. Kelvor has been sanctioned since 2011.',
      [
        ['Germany', 'place'],
        ['Kelvor Air', 'organization'],
        ['Kelvor', 'organization'],
      ],
    ],
    // A subsidiary: an organization of the document and a country.
    [
      'It merges the stores into its Brenta chain. Brenta Poland has 5000 employees.',
      [
        ['Brenta', 'organization'],
        ['Brenta Poland', 'organization'],
      ],
    ],
    // A source that reports.
    [
      'Rovana reports the director has ties to the army. The airline is private.',
      [['Rovana', 'organization']],
    ],
    // "The government of <person>".
    [
      'Saudi Arabia backed the government of Abdul Karim Mansar against the rebels.',
      [
        ['Saudi Arabia', 'place'],
        ['Abdul Karim Mansar', 'person'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each<[string, Array<[string, EntityType]>]>([
    // No head noun before "of" a country: a person, and the country.
    [
      'Third place went to Abderrahman Velmani of Qatar in 48 seconds.',
      [
        ['Abderrahman Velmani', 'person'],
        ['Qatar', 'place'],
      ],
    ],
    // Party words before a person's name, or before a place.
    [
      'The list included Democrat Rod Velagan, the former governor of Illinois.',
      [
        ['Rod Velagan', 'person'],
        ['Illinois', 'place'],
      ],
    ],
    ['In the Republican Iowa caucuses, the senator won.', [['Iowa', 'place']]],
    // Two people of the document joined in one span.
    [
      'Doug Hurley and Bob Behnken flew. Hurley and Behnken plan to return.',
      [
        ['Doug Hurley', 'person'],
        ['Bob Behnken', 'person'],
        ['Hurley', 'person'],
        ['Behnken', 'person'],
      ],
    ],
    // A craft in apposition to a vehicle noun.
    ['Officials said the propeller plane, a Beechcraft Sierra, was flying.', []],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it('a craft is no entity; a person whose name is on a plane stays a person', () => {
    const found = named(
      'The SpaceX Crew Dragon capsule docked. The Crew Dragon was carrying cargo. The Trump plane landed. Donald Trump left.',
    );
    expect(found.map(([text]) => text).filter((t) => t.includes('Dragon'))).toEqual([]);
    expect(found).toContainEqual(['Trump', 'person']);
  });

  it('a surname written alone after the full name is the person, hyphens and all', () => {
    const found = named('A coup placed Prayuth Chan-o-cha in office. They ran against Chan-o-cha.');
    expect(found).toEqual([
      ['Prayuth Chan-o-cha', 'person'],
      ['Chan-o-cha', 'person'],
    ]);
  });

  it('a name "of <country>" stops before "of" where the document writes it alone', () => {
    const found = named('Germany bans Kelvor Air of Iran. Officials said airline Kelvor Air flies to Syria.');
    expect(found.map(([text]) => text)).toContain('Iran');
    expect(found.map(([text]) => text)).not.toContain('Kelvor Air of Iran');
  });
});
