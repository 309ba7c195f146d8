/**
 * Table-driven relation rows for constructions common in conflict and diplomacy news (kinds of places and
 * groups, fighters acting for their group, control of places, support in a fight, reduced relatives...).
 * Each pattern has a positive row and, where it could over-fire, a negative one. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './relations-helpers';

const P = (...forms: string[]): EntitySpec => ({ type: 'person', forms });
const O = (...forms: string[]): EntitySpec => ({ type: 'organization', forms });
const L = (...forms: string[]): EntitySpec => ({ type: 'place', forms });
const E = (...forms: string[]): EntitySpec => ({ type: 'event', forms });

type Row = [text: string, entities: Record<string, EntitySpec>, expected: string[]];

const KINDS_AND_PLACES: Row[] = [
  // A group's kind noun belongs to its name: the tribe is the object, not a modifier.
  [
    'ISIS killed 40 members of the Shammar tribe in Nineveh.',
    { IS: O('ISIS'), S: O('Shammar'), N: L('Nineveh') },
    ['IS -attacks-> S (asserted)', 'S -located_in-> N (asserted)'],
  ],
  // Killing members of a group does not make the killer a member.
  [
    'ISIS killed members of the Shammar tribe.',
    { IS: O('ISIS'), S: O('Shammar') },
    ['IS -attacks-> S (asserted)'],
  ],
  ['Sweden is a member of NATO.', { S: L('Sweden'), N: O('NATO') }, ['S -member_of-> N (asserted)']],
  [
    'Rebels shelled Idlib, a town in northwestern Syria.',
    { I: L('Idlib'), S: L('Syria') },
    ['I -located_in-> S (asserted)'],
  ],
  [
    'Hamas fighters in the city of Rafah surrendered.',
    { H: O('Hamas'), R: L('Rafah') },
    ['H -located_in-> R (asserted)'],
  ],
  [
    "ISIS's presence in the ancient site of Palmyra grew.",
    { IS: O('ISIS'), P: L('Palmyra') },
    ['IS -located_in-> P (asserted)'],
  ],
  [
    'The summit at Camp David ended.',
    { S: E('summit'), C: L('Camp David') },
    ['S -located_in-> C (asserted)'],
  ],
  // People are not placed by "at" or "in".
  ['Macron spoke at Camp David.', { M: P('Macron'), C: L('Camp David') }, []],
  ['Qanbar was posted in Basra.', { Q: P('Qanbar'), B: L('Basra') }, ['Q -located_in-> B (asserted)']],
  [
    'Shelling hit Homs and other towns in Syria.',
    { H: L('Homs'), S: L('Syria') },
    ['H -located_in-> S (asserted)'],
  ],
  ['Russia and other countries spoke in Syria.', { R: L('Russia'), S: L('Syria') }, []],
  [
    'Raqqa is the largest city held by ISIS in Syria.',
    { R: L('Raqqa'), IS: O('ISIS'), S: L('Syria') },
    ['IS -leads-> R (asserted)', 'IS -located_in-> S (asserted)', 'R -located_in-> S (asserted)'],
  ],
];

const ACTORS_AND_CONTROL: Row[] = [
  ['Taliban fighters attacked Kunduz.', { T: O('Taliban'), K: L('Kunduz') }, ['T -attacks-> K (asserted)']],
  ['Kenya killed al-Shabaab fighters.', { K: L('Kenya'), S: O('al-Shabaab') }, ['K -attacks-> S (asserted)']],
  // A country's troops stay anonymous when only the country is an entity.
  ['U.S. troops attacked Mosul.', { US: L('U.S.'), M: L('Mosul') }, []],
  ['Mosul fell to ISIS in June.', { M: L('Mosul'), IS: O('ISIS') }, ['IS -leads-> M (asserted)']],
  [
    'The fall of Kabul to the Taliban shocked the world.',
    { K: L('Kabul'), T: O('Taliban') },
    ['T -leads-> K (asserted)'],
  ],
  ['Turkey fell to Germany in the final.', { T: L('Turkey'), G: L('Germany') }, []],
  [
    'The Syrian army now claims full control of Homs.',
    { A: O('Syrian army'), H: L('Homs') },
    ['A -leads-> H (asserted)'],
  ],
  ['Hamas seized control of Gaza.', { H: O('Hamas'), G: L('Gaza') }, ['H -leads-> G (asserted)']],
  ['Hezbollah fighters control Qusayr.', { H: O('Hezbollah'), Q: L('Qusayr') }, ['H -leads-> Q (asserted)']],
  ['Border control in Spain tightened.', { S: L('Spain') }, []],
  // "take" is a light verb of "control" only.
  ['Hamas took action against Fatah.', { H: O('Hamas'), F: O('Fatah') }, []],
];

const SUPPORT_AND_EFFORTS: Row[] = [
  [
    'Britain reiterated support for Iraq in the fight against ISIS.',
    { B: L('Britain'), I: L('Iraq'), IS: O('ISIS') },
    ['B -supports-> I (asserted)', 'I -targets-> IS (asserted)'],
  ],
  [
    'NATO backed Iraq in its efforts to defeat ISIS.',
    { N: O('NATO'), I: L('Iraq', 'its'), IS: O('ISIS') },
    ['I -attacks-> IS (asserted)', 'N -supports-> I (asserted)'],
  ],
  [
    "The Coalition's strategy to defeat ISIS is succeeding.",
    { C: O('Coalition'), IS: O('ISIS') },
    ['C -attacks-> IS (asserted)'],
  ],
  // Without a supported entity the fight has no stated agent.
  ['Britain spoke in the fight against ISIS.', { B: L('Britain'), IS: O('ISIS') }, []],
  [
    'Canada will provide Ukraine with military support.',
    { C: L('Canada'), U: L('Ukraine') },
    ['C -supports-> U (planned)'],
  ],
  ['Canada will provide Ukraine with a list.', { C: L('Canada'), U: L('Ukraine') }, []],
];

const ROLES_AND_RELATIVES: Row[] = [
  [
    'Talks with the Government of Iraq, led by Haider al-Abadi, resumed.',
    { G: O('Government of Iraq'), A: P('Haider al-Abadi') },
    ['A -leads-> G (asserted)'],
  ],
  // The meeting took place in Turkey: its participant was there (docs/relations.md, "visits").
  [
    'In Turkey Minister Ellwood met refugees.',
    { T: L('Turkey'), E: P('Ellwood') },
    ['E -located_in-> T (asserted)'],
  ],
  ['They met US President Biden.', { US: L('US'), B: P('Biden') }, ['B -leads-> US (asserted)']],
];

describe.each([
  ['kinds and places', KINDS_AND_PLACES],
  ['actors and control', ACTORS_AND_CONTROL],
  ['support and efforts', SUPPORT_AND_EFFORTS],
  ['roles and relatives', ROLES_AND_RELATIVES],
])('relations in conflict news: %s', (_group, rows) => {
  it.each(rows)('%s', (text, entities, expected) => {
    expect(relationsOf(text, entities)).toEqual([...expected].sort());
  });
});
