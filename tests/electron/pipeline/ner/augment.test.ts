import { describe, expect, it } from 'vitest';
import { titleCaseWords, upperCaseWords } from '../../../../electron/pipeline/ner/augment';

describe('casing augmentation', () => {
  it.each([
    ['troops of the army moved to the border .', 'Troops of the Army Moved to the Border .'],
    ['the minister said', 'The Minister Said'],
    ['U.S. officials in iraq', 'U.S. Officials in Iraq'],
  ])('headline-cases "%s"', (input, expected) => {
    expect(titleCaseWords(input.split(' ')).join(' ')).toBe(expected);
  });

  it('upper-cases every word and keeps the token count', () => {
    expect(upperCaseWords(['Iraq', "'s", 'al-Qaida'])).toEqual(['IRAQ', "'S", 'AL-QAIDA']);
  });
});
