/**
 * Names the tagger cuts short or joins wrongly, table-driven `[sentence, expected named mentions]`:
 * Arabic name particles ("Ibrahim al-Jaafari", "Osama bin Laden", "al-Ghuraba Brigades"), a country's
 * special operations forces, and a tagged list of two names ("X Brigades and Y Brigades"). Plus the
 * honorific "HE" (His Excellency), which is no pronoun. General patterns, no corpus names.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../electron/pipeline/types';
import { corefs, named, resolveTexts } from './mentions-helpers';

type Row = [string, Array<[string, EntityType]>];

describe('name particles and lists', () => {
  it.each<Row>([
    [
      'Boris Johnson met the Iraqi Foreign Minister, Ibrahim al-Jaafari in London today.',
      [
        ['Boris Johnson', 'person'],
        ['Ibrahim al-Jaafari', 'person'],
        ['London', 'place'],
      ],
    ],
    [
      'Bashar al-Assad has ruled Syria since 2000.',
      [
        ['Bashar al-Assad', 'person'],
        ['Syria', 'place'],
      ],
    ],
    [
      'Osama bin Laden was killed in Abbottabad.',
      [
        ['Osama bin Laden', 'person'],
        ['Abbottabad', 'place'],
      ],
    ],
    [
      'The group included al-Ghuraba Brigades and al-Ahwal Brigades.',
      [
        ['al-Ghuraba Brigades', 'organization'],
        ['al-Ahwal Brigades', 'organization'],
      ],
    ],
    [
      'Ghadiya was killed in a raid by US Special Operations inside Syria.',
      [
        ['Ghadiya', 'person'],
        ['US Special Operations', 'organization'],
        ['Syria', 'place'],
      ],
    ],
    // The kind noun after a tagged name says what it is.
    ['Troops set up a permanent presence in the Al Qaim region.', [['Al Qaim', 'place']]],
    // A country's military with a past-tense verb after it acts; "military operations" is a modifier.
    [
      "Qanbar was chosen after the U.S. military rejected Maliki's first choice, Mohan al-Freiji.",
      [
        ['Qanbar', 'person'],
        ['U.S. military', 'organization'],
        ['Maliki', 'person'],
        ['Mohan al-Freiji', 'person'],
      ],
    ],
    ['The U.S. military operations ended in 2011.', [['U.S.', 'place']]],
    // A particle with no hyphenated name after it stays a word.
    ['Diners in Paris ate al fresco.', [['Paris', 'place']]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

/** Failures found reading extractions of unseen Wikinews articles (docs/entities.md, "Unseen news"). */
describe('names found on unseen news', () => {
  it.each<Row>([
    [
      'Xiaogang Wei of the Beijing Gender Health Education Institute commented on the vote.',
      [
        ['Xiaogang Wei', 'person'],
        ['Beijing Gender Health Education Institute', 'organization'],
      ],
    ],
    // A head noun before "of" keeps the name whole.
    [
      'Analysts at the Bank of America and the University of Kansas agreed.',
      [
        ['Bank of America', 'organization'],
        ['University of Kansas', 'organization'],
      ],
    ],
    [
      'Later Congresswoman Val Demings of Florida and Senator Tammy Duckworth of Illinois spoke.',
      [
        ['Val Demings', 'person'],
        ['Florida', 'place'],
        ['Tammy Duckworth', 'person'],
        ['Illinois', 'place'],
      ],
    ],
    [
      'The Center for Biological Diversity and Center for Food Safety sued the agency.',
      [
        ['Center for Biological Diversity', 'organization'],
        ['Center for Food Safety', 'organization'],
      ],
    ],
    // One name with "and" inside stays whole.
    [
      'Officers of Customs and Border Protection arrived.',
      [['Customs and Border Protection', 'organization']],
    ],
    [
      'Prime Minister of Slovakia Igor Matovič tested positive.',
      [
        ['Slovakia', 'place'],
        ['Igor Matovič', 'person'],
      ],
    ],
    [
      'They had asked Hong Kong Chief Executive Carrie Lam to resign.',
      [
        ['Hong Kong', 'place'],
        ['Carrie Lam', 'person'],
      ],
    ],
    ['Unlike AIS, the LRIT system is secure.', [['LRIT', 'organization']]],
    [
      'He was treated at the Mayo Clinic in Minnesota.',
      [
        ['Mayo Clinic', 'organization'],
        ['Minnesota', 'place'],
      ],
    ],
    ['Protesters surrounded the Legislative Council Complex.', [['Legislative Council Complex', 'place']]],
    // A common word capitalised in a headline is no place, when the text writes it in lower case.
    ['Male penguins pine for pairings\n\nThe male birds waited in Argentina.', [['Argentina', 'place']]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('one node per person or body in a document', () => {
  it.each<[string, string[]]>([
    // A surname alone is the person named in full, even when a lexicon knows it as an outlet.
    [
      'Michael Bloomberg ended his campaign. Bloomberg endorsed Joe Biden.',
      ['Joe Biden', 'Michael Bloomberg'],
    ],
    // ... unless the document names the outlet in full.
    [
      'Michael Bloomberg founded Bloomberg News. Bloomberg reported the sale.',
      ['Bloomberg', 'Michael Bloomberg'],
    ],
    [
      'Hurricane Dorian hit the Bahamas. Later Dorian weakened over the sea.',
      ['Bahamas', 'Hurricane Dorian'],
    ],
    [
      'The US Libertarian Party met. Later the Libertarian Party nominated Jo Jorgensen.',
      ['Jo Jorgensen', 'US Libertarian Party'],
    ],
    [
      'Jeremy "Spike" Cohen is from Texas. Podcaster Spike Cohen joined the ticket.',
      ['Jeremy "Spike" Cohen', 'Texas'],
    ],
  ])('%s', (text, expected) => {
    const state = resolveTexts([text]);
    expect(state.entities.map((e) => e.label).sort()).toEqual(expected);
  });
});

describe('titled descriptions', () => {
  it.each<[string, Array<[string, string]>]>([
    // The office named in a lead, its holder named below: the only holder in the document.
    [
      'The Foreign Secretary joined the talks. The Foreign Secretary Boris Johnson met US Secretary of State John Kerry in Paris. Later the US Secretary of State left.',
      [
        ['The Foreign Secretary', 'Boris Johnson'],
        ['the US Secretary of State', 'John Kerry'],
      ],
    ],
    // Two people hold the title: a description before both of them stays unresolved.
    ['The Prime Minister arrived. Prime Minister Narendra Modi and Prime Minister Shehbaz Sharif spoke.', []],
  ])('%s', (text, expected) => {
    expect(corefs(text)).toEqual(expected);
  });
});

describe('honorifics are no pronouns', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Julie Bishop met HE Dr Ibrahim Al-Jaafari.', []],
    ['Foreign Minister Julie Bishop said she would go.', [['she', 'Julie Bishop']]],
  ])('%s', (text, expected) => {
    expect(corefs(text)).toEqual(expected);
  });
});
