/**
 * Closed-class English words the shallow parser leans on (determiners, prepositions, auxiliaries,
 * subordinators...). General grammar, nothing corpus-specific. All lower case, apostrophes straight.
 */
import { allVerbForms } from './inflect';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const DETERMINERS =
  set(`the a an this that these those its their his her our my your some any each every
  all both no another other such several many few more most much certain various two three four five six seven
  eight nine ten dozens hundreds thousands one own`);

export const PREPOSITIONS =
  set(`of in on at to for with by from into onto against about over under between among
  amongst through during before after without within across toward towards near along amid amidst around behind
  beyond upon via despite per off inside outside alongside including like unlike beside besides throughout
  versus vs vs. than`);

export const BE_FORMS = set(`be is are was were been being am 're 'm`);
export const HAVE_FORMS = set(`has have had having 've`);
export const DO_FORMS = set(`do does did done`);
export const MODALS = set(`could would might may should can will shall must wo ca 'll 'd`);
export const AUXILIARIES = new Set([
  ...BE_FORMS,
  ...HAVE_FORMS,
  ...DO_FORMS,
  ...MODALS,
  'get',
  'got',
  'gets',
]);

export const NEGATIONS = set(`not n't never neither nor cannot`);

/** Open a subordinate clause wherever they appear. */
export const SUBORDINATORS = set(`if unless whether although though because whereas while once until`);
/** Open a subordinate clause only when a clause follows (else they are prepositions: "after the strikes"). */
export const TEMPORAL_SUBORDINATORS = set(`after before since as when`);
export const RELATIVE_PRONOUNS = set(`who whom whose which where`);
export const COORDINATORS = set(`and or but yet nor`);

export const PERSONAL_PRONOUNS = set(`he she it they we i you him her them us me`);

/** Punctuation that always ends a clause. */
export const CLAUSE_PUNCTUATION = set(`; : ? !`);
export const DASHES = set(`— – --`);
export const OPEN_QUOTES = set(`“ " «`);
export const CLOSE_QUOTES = set(`” " »`);

/** Adverbs that may sit inside a verb group ("has also repeatedly criticized") without breaking it. */
export const VERB_GROUP_ADVERBS =
  set(`also already still just now again reportedly allegedly repeatedly publicly
  openly recently previously formally officially quietly reportedly long since ever further even then later
  once first sharply strongly directly effectively actively quickly initially ultimately apparently
  instead often usually typically never ever always sometimes soon thus therefore meanwhile nonetheless`);

/** Words introducing an attribution with the source after them: "according to X". */
export const ACCORDING = 'according';

/** Reporting and cognition verbs: their complement clause is what is reported. */
export const REPORT_VERB_BASES = [
  'say',
  'tell',
  'report',
  'announce',
  'state',
  'claim',
  'add',
  'note',
  'explain',
  'confirm',
  'write',
  'reveal',
  'disclose',
  'insist',
  'allege',
  'argue',
  'acknowledge',
  'stress',
  'emphasize',
  'emphasise',
  'tweet',
  'post',
  'declare',
  'assert',
  'contend',
  'maintain',
  'suggest',
  'indicate',
  'believe',
  'think',
  'describe',
];
export const REPORT_VERBS = new Set(REPORT_VERB_BASES.flatMap(allVerbForms));

/** Verbs whose complement is a clause ("said Mexico rejected...") rather than their object. */
export const CLAUSE_TAKING_VERBS = new Set(
  ['say', 'claim', 'insist', 'allege', 'argue', 'believe', 'think', 'add', 'note', 'warn', 'suggest'].flatMap(
    allVerbForms,
  ),
);

/** Verbs that take a to-infinitive whose subject is theirs: "plans to send", "threatened to strike". */
export const CONTROL_VERBS = new Set(
  [
    'plan',
    'prepare',
    'want',
    'try',
    'seek',
    'decide',
    'agree',
    'threaten',
    'vow',
    'pledge',
    'promise',
    'continue',
    'begin',
    'start',
    'refuse',
    'hope',
    'aim',
    'intend',
    'expect',
    'appear',
    'seem',
    'need',
    'have',
    'move',
    'offer',
    'attempt',
    'fail',
    'choose',
    'consider',
    'help',
    'work',
    'be',
    'get',
    'use',
    'ask',
    'urge',
    'order',
    'authorize',
    'allow',
    'push',
    'scramble',
    'rush',
    'look',
    'go',
  ].flatMap(allVerbForms),
);

/** Verbs that turn a following eventive noun into an act of their subject: "issued a threat", "launched strikes". */
export const LIGHT_VERBS = new Set(
  [
    'issue',
    'make',
    'launch',
    'conduct',
    'order',
    'announce',
    'express',
    'voice',
    'offer',
    'provide',
    'give',
    'pay',
    'lend',
    'pledge',
    'step',
    'ramp',
    'continue',
    'expand',
    'intensify',
    'escalate',
    'approve',
    'authorize',
    'carry',
    'mount',
    'stage',
    'wage',
    'renew',
    'repeat',
    'deliver',
    'extend',
    'hold',
    'begin',
    'start',
    'resume',
    'increase',
    'seek',
    'propose',
    'plan',
    'consider',
    'weigh',
    'develop',
    'put',
    'demand',
    'call',
    'stoke',
    'raise',
    'heighten',
    'fuel',
    'inflame',
    'ratchet',
    'prepare',
    'execute',
    'perform',
    'undertake',
    'have',
    'reiterate',
    'reaffirm',
    'show',
    'signal',
  ].flatMap(allVerbForms),
);

/** Light verbs whose subject is the one acted upon: "faced criticism from X" (X criticizes the subject). */
export const RECEIVING_VERBS = new Set(
  [
    'face',
    'receive',
    'draw',
    'attract',
    'get',
    'win',
    'earn',
    'suffer',
    'endure',
    'come',
    'accept',
    'welcome',
    'meet',
  ].flatMap(allVerbForms),
);

/** Nouns for a body of people acting for its possessor: "Venezuela's leadership" acts as Venezuela. */
export const COLLECTIVE_NOUNS = set(`leadership government administration military army forces navy police
  authorities regime officials troops cabinet congress parliament security diplomats envoys negotiators
  intelligence leaders ministry`);
