/**
 * Table-driven relation extraction: each row is a sentence, the entities it mentions (found by the test
 * helper, independently of the NER and entity stages) and the relations expected, written
 * "source -relation-> target (modality)". Rows state general English constructions, not corpus facts.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './relations-helpers';

const P = (...forms: string[]): EntitySpec => ({ type: 'person', forms });
const O = (...forms: string[]): EntitySpec => ({ type: 'organization', forms });
const L = (...forms: string[]): EntitySpec => ({ type: 'place', forms });
const Pol = (...forms: string[]): EntitySpec => ({ type: 'policy', forms });
const E = (...forms: string[]): EntitySpec => ({ type: 'event', forms });

type Row = [text: string, entities: Record<string, EntitySpec>, expected: string[]];

const VERBS: Row[] = [
  [
    'Russia threatened Ukraine on Monday.',
    { Russia: L('Russia'), Ukraine: L('Ukraine') },
    ['Russia -threatens-> Ukraine (asserted)'],
  ],
  ['Ban made a plea to bring the shelling of Kyiv to an end.', { B: P('Ban'), K: L('Kyiv') }, []],
  [
    'Ban urged Moscow to bring Wagner to a halt.',
    { B: P('Ban'), M: L('Moscow'), W: O('Wagner') },
    ['M -opposes-> W (planned)'],
  ],
  [
    'Germany rejected the proposal from Washington.',
    { Germany: L('Germany'), Washington: L('Washington') },
    [],
  ],
  [
    'Iran rebuffed the United Nations.',
    { Iran: L('Iran'), UN: O('United Nations') },
    ['Iran -opposes-> UN (asserted)'],
  ],
  ['The senator criticized Pfizer and Moderna.', { Pfizer: O('Pfizer'), Moderna: O('Moderna') }, []],
  [
    'Macron criticized Pfizer and Moderna.',
    { Macron: P('Macron'), Pfizer: O('Pfizer'), Moderna: O('Moderna') },
    ['Macron -criticizes-> Moderna (asserted)', 'Macron -criticizes-> Pfizer (asserted)'],
  ],
  [
    'France and Germany backed Kyiv.',
    { France: L('France'), Germany: L('Germany'), Kyiv: L('Kyiv') },
    ['France -supports-> Kyiv (asserted)', 'Germany -supports-> Kyiv (asserted)'],
  ],
  [
    'Canada will cooperate with Norway on Arctic patrols.',
    { Canada: L('Canada'), Norway: L('Norway') },
    ['Canada -cooperates_with-> Norway (planned)'],
  ],
  [
    'Israel struck Hamas overnight.',
    { Israel: L('Israel'), Hamas: O('Hamas') },
    ['Israel -attacks-> Hamas (asserted)'],
  ],
  [
    'The Kremlin sent troops to Belarus.',
    { K: O('Kremlin'), B: L('Belarus') },
    ['K -deploys-> B (asserted)'],
  ],
  [
    'Brazil designated the PCC as a terrorist group.',
    { Brazil: L('Brazil'), PCC: O('PCC') },
    ['Brazil -designates-> PCC (asserted)'],
  ],
  ['Rebels captured Goma.', { R: O('Rebels'), G: L('Goma') }, ['R -leads-> G (asserted)']],
  ['Rebels captured Kabila.', { R: O('Rebels'), K: P('Kabila') }, ['R -arrests-> K (asserted)']],
  [
    'Smith was killed in a 2008 raid by the Marines.',
    { S: P('Smith'), M: O('Marines') },
    ['M -attacks-> S (asserted)'],
  ],
  [
    'Interpol arrested Kabuga in Paris.',
    { I: O('Interpol'), K: P('Kabuga'), Paris: L('Paris') },
    ['I -arrests-> K (asserted)'],
  ],
  [
    'Merkel met Putin in Sochi.',
    { M: P('Merkel'), P: P('Putin'), S: L('Sochi') },
    ['M -located_in-> S (asserted)', 'M -meets-> P (asserted)', 'P -located_in-> S (asserted)'],
  ],
  ['Macron and Scholz met on Friday.', { M: P('Macron'), S: P('Scholz') }, ['M -meets-> S (asserted)']],
  ['Blinken visited Kenya.', { B: P('Blinken'), K: L('Kenya') }, ['B -located_in-> K (asserted)']],
  ['Ardern talked with Biden.', { A: P('Ardern'), B: P('Biden') }, ['A -meets-> B (asserted)']],
  ['Reuters reported on Tesla.', { R: O('Reuters'), T: O('Tesla') }, ['R -reports-> T (asserted)']],
  [
    'The European Union will go after Google.',
    { EU: O('European Union'), G: O('Google') },
    ['EU -targets-> G (planned)'],
  ],
];

const STRUCTURE: Row[] = [
  [
    'Chile was criticized by Amnesty International.',
    { C: L('Chile'), AI: O('Amnesty International') },
    ['AI -criticizes-> C (asserted)'],
  ],
  [
    'Trump threatened Iran and sent troops to Iraq.',
    { T: P('Trump'), Iran: L('Iran'), Iraq: L('Iraq') },
    ['T -deploys-> Iraq (asserted)', 'T -threatens-> Iran (asserted)'],
  ],
  [
    'Modi, who was backed by the BJP, condemned Pakistan.',
    { M: P('Modi'), BJP: O('BJP'), Pak: L('Pakistan') },
    ['BJP -supports-> M (asserted)', 'M -criticizes-> Pak (asserted)'],
  ],
  [
    'Lula spoke on Monday, while criticizing Argentina and praising Chile.',
    { L: P('Lula'), A: L('Argentina'), C: L('Chile') },
    ['L -criticizes-> A (asserted)', 'L -supports-> C (asserted)'],
  ],
  ['Officials in Peru rejected the plan.', { Peru: L('Peru') }, []],
  [
    // An election defeat is no use of force (attacks); and "US" is a modifier, never the object.
    'Hagan defeated US Senator Dole.',
    { H: P('Hagan'), US: L('US'), D: P('Dole') },
    [],
  ],
  ['Kim proposed a US$1 million payment.', { K: P('Kim'), US: L('US') }, []],
  ['Darcy sent a message to the Green Party.', { D: P('Darcy'), G: O('Green Party') }, []],
  ['Spanish officials said the U.S. troops left.', { US: L('U.S.') }, []],
  ['The board sent Amazon executives to Seattle.', { A: O('Amazon'), S: L('Seattle') }, []],
  ['U.S. strikes on ISIS continued.', { US: L('U.S.'), ISIS: O('ISIS') }, ['US -attacks-> ISIS (asserted)']],
  ['The strikes drew criticism from Human Rights Watch.', { HRW: O('Human Rights Watch') }, []],
  ['Japan faced criticism from China.', { J: L('Japan'), C: L('China') }, ['C -criticizes-> J (asserted)']],
  [
    'Obama issued a stern warning to Syria.',
    { O: P('Obama'), S: L('Syria') },
    ['O -threatens-> S (asserted)'],
  ],
  [
    'Talks between Serbia and Kosovo stalled.',
    { S: L('Serbia'), K: L('Kosovo') },
    ['K -meets-> S (asserted)'],
  ],
];

const ROLES: Row[] = [
  [
    'Secretary of State Antony Blinken flew to Cairo.',
    { AB: P('Antony Blinken'), SD: O('State Department'), Cairo: L('Cairo') },
    ['AB -leads-> SD (asserted)', 'AB -located_in-> Cairo (asserted)'],
  ],
  [
    'Reuters correspondent Jane Doe asked a question.',
    { R: O('Reuters'), JD: P('Jane Doe') },
    ['JD -member_of-> R (asserted)'],
  ],
  [
    "Brazil's president Lula da Silva spoke.",
    { B: L('Brazil'), Lula: P('Lula da Silva') },
    ['Lula -leads-> B (asserted)'],
  ],
  [
    'Ukrainian President Volodymyr Zelensky spoke.',
    { U: L('Ukraine'), Z: P('Volodymyr Zelensky') },
    ['Z -leads-> U (asserted)'],
  ],
  [
    'World Health Organization vaccine chief Kate O’Brien spoke.',
    { W: O('World Health Organization'), K: P('Kate O’Brien') },
    ['K -member_of-> W (asserted)'],
  ],
  [
    'Jane Roe, a spokesperson for Boeing, declined to comment.',
    { J: P('Jane Roe'), B: O('Boeing') },
    ['J -member_of-> B (asserted)'],
  ],
  [
    'Antonio Guterres, head of the United Nations, spoke.',
    { G: P('Antonio Guterres'), UN: O('United Nations') },
    ['G -leads-> UN (asserted)'],
  ],
  [
    'Norway, as part of NATO, sent ships.',
    { N: L('Norway'), NATO: O('NATO') },
    ['N -member_of-> NATO (asserted)'],
  ],
  [
    "The agency works under the Pentagon's Defense Intelligence Agency.",
    { P: O('Pentagon'), D: O('Defense Intelligence Agency') },
    ['D -member_of-> P (asserted)'],
  ],
];

const PLACES: Row[] = [
  [
    'Hibhib (Arabic: هبهب) is a village in northern Iraq.',
    { H: L('Hibhib'), I: L('northern Iraq') },
    ['H -located_in-> I (asserted)'],
  ],
  ["He ran AQI's effort in Iraq.", { A: O('AQI'), I: L('Iraq') }, ['A -located_in-> I (asserted)']],
  [
    'Amarah, a city in southern Iraq, flooded.',
    { A: L('Amarah'), I: L('southern Iraq') },
    ['A -located_in-> I (asserted)'],
  ],
  [
    'The fighting in Anbar province, Iraq, went on.',
    { A: L('Anbar'), I: L('Iraq') },
    ['A -located_in-> I (asserted)'],
  ],
  [
    'ISIS fighters in Syria and Iraq retreated.',
    { IS: O('ISIS'), S: L('Syria'), I: L('Iraq') },
    ['IS -located_in-> I (asserted)', 'IS -located_in-> S (asserted)'],
  ],
  ['Officials in Syria and Iraq spoke.', { S: L('Syria'), I: L('Iraq') }, []],
  [
    'ISIS in Syria and Iraq retreated.',
    { IS: O('ISIS'), S: L('Syria'), I: L('Iraq') },
    ['IS -located_in-> I (asserted)', 'IS -located_in-> S (asserted)'],
  ],
  [
    'Drug cartels in Colombia expanded.',
    { C: O('Drug cartels'), Col: L('Colombia') },
    ['C -located_in-> Col (asserted)'],
  ],
  [
    'The blast in Kabul, Afghanistan killed ten.',
    { K: L('Kabul'), A: L('Afghanistan') },
    ['K -located_in-> A (asserted)'],
  ],
  ['Mexico, Peru and Chile signed.', { M: L('Mexico'), P: L('Peru'), C: L('Chile') }, []],
  [
    'The agents would operate under Title 10.',
    { T: Pol('Title 10'), A: O('agents') },
    ['T -regulates-> A (hypothetical)'],
  ],
  ['The summit in Geneva ended.', { S: E('summit'), G: L('Geneva') }, ['S -located_in-> G (asserted)']],
];

const MODALITY: Row[] = [
  ['Germany did not criticize Turkey.', { G: L('Germany'), T: L('Turkey') }, ['G -criticizes-> T (negated)']],
  ['Germany never criticized Turkey.', { G: L('Germany'), T: L('Turkey') }, ['G -criticizes-> T (negated)']],
  [
    'Germany could criticize Turkey.',
    { G: L('Germany'), T: L('Turkey') },
    ['G -criticizes-> T (hypothetical)'],
  ],
  [
    'If pressed, Germany would criticize Turkey.',
    { G: L('Germany'), T: L('Turkey') },
    ['G -criticizes-> T (hypothetical)'],
  ],
  [
    'Germany plans to criticize Turkey.',
    { G: L('Germany'), T: L('Turkey') },
    ['G -criticizes-> T (planned)'],
  ],
  [
    'Germany is preparing to sanction Turkey.',
    { G: L('Germany'), T: L('Turkey') },
    ['G -opposes-> T (planned)'],
  ],
  [
    'Germany reportedly criticized Turkey.',
    { G: L('Germany'), T: L('Turkey') },
    ['G -criticizes-> T (reported)'],
  ],
  [
    'Germany criticized Turkey, officials said.',
    { G: L('Germany'), T: L('Turkey') },
    ['G -criticizes-> T (reported)'],
  ],
  [
    'According to diplomats, Germany criticized Turkey.',
    { G: L('Germany'), T: L('Turkey') },
    ['G -criticizes-> T (reported)'],
  ],
  [
    'Germany would send troops to Mali if the plan is approved.',
    { G: L('Germany'), M: L('Mali') },
    ['G -deploys-> M (planned)'],
  ],
  [
    'Germany criticized Turkey but did not sanction Greece.',
    { G: L('Germany'), T: L('Turkey'), Gr: L('Greece') },
    ['G -criticizes-> T (asserted)', 'G -opposes-> Gr (negated)'],
  ],
  [
    'Germany, which could veto it, backed Turkey.',
    { G: L('Germany'), T: L('Turkey') },
    ['G -supports-> T (asserted)'],
  ],
];

const ATTRIBUTION: Row[] = [
  [
    'Le Monde reported that France criticized Mali.',
    { LM: O('Le Monde'), F: L('France'), M: L('Mali') },
    ['F -criticizes-> M (reported)', 'LM -reports-> F (asserted)', 'LM -reports-> M (asserted)'],
  ],
  [
    'France criticized Mali, Le Monde reported.',
    { LM: O('Le Monde'), F: L('France'), M: L('Mali') },
    ['F -criticizes-> M (reported)', 'LM -reports-> F (asserted)', 'LM -reports-> M (asserted)'],
  ],
  [
    'According to Le Monde, France criticized Mali.',
    { LM: O('Le Monde'), F: L('France'), M: L('Mali') },
    ['F -criticizes-> M (reported)', 'LM -reports-> F (asserted)', 'LM -reports-> M (asserted)'],
  ],
];

describe.each([
  ['verbs', VERBS],
  ['structure', STRUCTURE],
  ['roles', ROLES],
  ['places', PLACES],
  ['modality', MODALITY],
  ['attribution', ATTRIBUTION],
])('relations: %s', (_group, rows) => {
  it.each(rows)('%s', (text, entities, expected) => {
    expect(relationsOf(text, entities)).toEqual([...expected].sort());
  });
});
