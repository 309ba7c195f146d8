/**
 * Names the tagger cuts short or joins wrongly, table-driven `[sentence, expected named mentions]`:
 * Arabic name particles ("Ibrahim al-Jaafari", "Osama bin Laden", "al-Ghuraba Brigades"), a country's
 * special operations forces, and a tagged list of two names ("X Brigades and Y Brigades"). Plus the
 * honorific "HE" (His Excellency), which is no pronoun. General patterns, no corpus names.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../electron/pipeline/types';
import { corefs, named } from './mentions-helpers';

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
