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
    // A particle with no hyphenated name after it stays a word.
    ['Diners in Paris ate al fresco.', [['Paris', 'place']]],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
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
