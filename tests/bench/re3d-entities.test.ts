import { describe, expect, it } from 'vitest';
import {
  goldNames,
  isProperName,
  locationSurfaces,
  nameWithin,
  overlapCounts,
  re3dRows,
  taggerType,
} from '../../bench/quality/re3d-entities';
import type { Re3dDocument, Re3dEntity } from '../../bench/quality/datasets';

function doc(text: string, entities: Array<[string, string, number?]>): Re3dDocument {
  const used = new Map<string, number>();
  return {
    id: 'd',
    part: 'p',
    title: '',
    text,
    entities: entities.map(([value, type, confidence = 1], i): Re3dEntity => {
      const begin = text.indexOf(value, used.get(value) ?? 0);
      if (begin < 0) throw new Error(`"${value}" not in text`);
      used.set(value, begin + 1);
      return { id: `e${i}`, begin, end: begin + value.length, type, value, confidence };
    }),
  };
}

const surface = (text: string, span: { start: number; end: number } | undefined) =>
  span && text.slice(span.start, span.end);

describe('what counts as a name', () => {
  it.each<[string, string, string | undefined]>([
    ['Tobias Ellwood', 'person', 'Tobias Ellwood'],
    ['Foreign Office Minister Tobias Ellwood', 'person', 'Tobias Ellwood'],
    ['Mr Johnson', 'person', 'Johnson'],
    ['Foreign Office Minister', 'person', undefined],
    ['Russian Foreign Minister Sergei Lavrov', 'person', undefined],
    ['his spiritual adviser', 'person', undefined],
    ['He', 'person', undefined],
    ['Abu Musab al-Zarqawi', 'person', 'Abu Musab al-Zarqawi'],
    ['the Army', 'organization', 'Army'],
    ['the United Nations Security Council', 'organization', 'United Nations Security Council'],
    ['an extremist group', 'organization', undefined],
    ['ISIL forces', 'organization', undefined],
    ['Islamic State of Iraq and the Levant', 'organization', 'Islamic State of Iraq and the Levant'],
    ['northern Iraq', 'place', undefined],
    ['33.783°N 44.500°E', 'place', undefined],
    ['Baghdad.', 'place', 'Baghdad'],
  ])('%s (%s) -> %s', (text, type, expected) => {
    expect(surface(text, nameWithin(text, 0, text.length, type))).toBe(expected);
  });

  it.each<[string[], boolean]>([
    [['New', 'York'], true],
    [['Bank', 'of', 'England'], true],
    [['of', 'England'], false],
    [['Prime', 'minister'], false],
    [['I'], false],
    [['X'], false],
  ])('isProperName(%j) = %s', (words, expected) => expect(isProperName(words)).toBe(expected));
});

describe('re3d gold names', () => {
  it('keeps one name per overlapping group: most confident, then longest', () => {
    const d = doc('Abu Musab al-Zarqawi met Boris Johnson.', [
      ['Abu Musab', 'Person', 0],
      ['Abu Musab al-Zarqawi', 'Person', 1],
      ['Boris Johnson', 'Person', 0],
      ['Johnson', 'Person', 0],
    ]);
    const names = goldNames(d, new Set()).map((n) => d.text.slice(n.start, n.end));
    expect(names).toEqual(['Abu Musab al-Zarqawi', 'Boris Johnson']);
  });

  it('types as place an Organisation that re3d mostly annotates as a Location (countries acting)', () => {
    const a = doc('The UK stands by Iraq. Iraq fights Daesh in Iraq.', [
      ['The UK', 'Organisation'],
      ['Iraq', 'Organisation'],
      ['Iraq', 'Location'],
      ['Daesh', 'Organisation'],
      ['Iraq', 'Location'],
    ]);
    const b = doc('The UK is in Europe. The UK is rich. Daesh hides in Daesh territory.', [
      ['UK', 'Location'],
      ['UK', 'Location'],
      ['Daesh', 'Location'],
    ]);
    const locations = locationSurfaces([a, b], []);
    expect([...locations].sort()).toEqual(['Iraq', 'UK']);
    expect(locationSurfaces([a, b], ['Russia']).has('Russia')).toBe(true);
    const typed = goldNames(a, locations).map((n) => `${a.text.slice(n.start, n.end)}/${n.type}`);
    expect(typed).toEqual(['UK/place', 'Iraq/place', 'Iraq/place', 'Daesh/organization', 'Iraq/place']);
  });
});

describe('re3d scoring', () => {
  const d = doc('Tobias Ellwood met Sergei Lavrov in New York with NATO officials.', [
    ['Tobias Ellwood', 'Person'],
    ['Sergei Lavrov', 'Person'],
    ['New York', 'Location'],
    ['NATO', 'Organisation'],
  ]);
  const at = (text: string, type: string) => {
    const start = d.text.indexOf(text);
    return { start, end: start + text.length, type };
  };

  it('scores exact span + type, and leniently by overlap', () => {
    const predicted = [
      at('Tobias Ellwood', 'person'), // exact
      at('Lavrov', 'person'), // partial span: overlap only
      at('New York', 'organization'), // wrong type: neither
      at('officials', 'organization'), // not a name: ignored
    ];
    const rows = re3dRows([d], () => predicted, 'test');
    const get = (label: string) => rows.find((r) => r.label === label)!;
    // Exact: tp 1 (Tobias Ellwood), fp 2 (Lavrov, New York/org), fn 3.
    expect(get('micro').precision).toBeCloseTo(1 / 3);
    expect(get('micro').recall).toBeCloseTo(1 / 4);
    expect(get('micro').support).toBe(4);
    // Overlap: tp 2, fp 1, fn 2.
    expect(get('micro (overlap)').precision).toBeCloseTo(2 / 3);
    expect(get('micro (overlap)').recall).toBeCloseTo(2 / 4);
    expect(get('person')).toMatchObject({ precision: 0.5, recall: 0.5, support: 2 });
    expect(get('place')).toMatchObject({ precision: 0, recall: 0, support: 1 });
  });

  it('matches each gold span once in the overlap score', () => {
    const gold = [at('New York', 'place')];
    expect(overlapCounts(gold, [at('New', 'place'), at('York', 'place')], 'place')).toEqual({
      tp: 1,
      fp: 1,
      fn: 0,
    });
  });

  it.each<[string, string, string | undefined]>([
    ['per', 'Ann Lee', 'person'],
    ['org', 'Acme', 'organization'],
    ['org', 'UK', 'place'],
    ['geo', 'Paris', 'place'],
    ['gpe', 'Iraqi', undefined],
    ['gpe', 'Iraq', 'place'],
    ['tim', 'Monday', undefined],
  ])('maps tagger type %s on "%s" to %s', (type, text, expected) => {
    expect(taggerType(type, text, new Set(['iraqi']), new Set(['uk', 'iraq']))).toBe(expected);
  });
});
