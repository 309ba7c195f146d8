/**
 * Eventive words: nouns and non-finite verbs that describe something that happens (a deployment, strikes,
 * an arrest, a summit), grouped in families. Phrases of one family with the same key argument (where it
 * happens, or whom it targets) are one event. General English, nothing corpus-specific.
 */
import { allVerbForms, pluralOrThird } from '../relations/inflect';

export type EventFamily =
  | 'deployment'
  | 'strike'
  | 'arrest'
  | 'meeting'
  | 'election'
  | 'plan'
  | 'protest'
  | 'outbreak'
  | 'campaign'
  | 'shutdown'
  | 'trial'
  | 'legislation'
  | 'ban'
  | 'sanctions'
  | 'agreement'
  | 'emergency';

export interface EventFamilyInfo {
  /** Head noun of the label ("deployment to Mexico", "strikes in the Caribbean"). */
  labelNoun: string;
  /** Nouns (singular) heading a phrase of this family. */
  nouns: string[];
  /** Verbs whose gerund or infinitive describes an event of this family ("bombing ships", "to send troops"). */
  verbs: string[];
  /** Whether a place or a target is the key argument first. */
  key: 'place' | 'target';
  /** The node's type: most families name events; laws, bans, sanctions and agreements are policies. */
  type?: 'event' | 'policy';
  /**
   * Recognised by description alone ("the measles outbreak", "the extradition bill", "a two-day shutdown"):
   * a phrase with a content word before its head, stated again in its document, is a node of that document
   * even without a place or target entity. Heads must be written in lower case ("Bill" is a name).
   */
  descriptive?: boolean;
}

export const FAMILIES: Record<EventFamily, EventFamilyInfo> = {
  deployment: {
    labelNoun: 'deployment',
    nouns: [
      'deployment',
      'intervention',
      'invasion',
      'incursion',
      'occupation',
      'mission',
      'troop deployment',
    ],
    verbs: ['send', 'deploy', 'station', 'dispatch', 'put', 'insert', 'move'],
    key: 'place',
  },
  strike: {
    labelNoun: 'strikes',
    nouns: [
      'strike',
      'airstrike',
      'air strike',
      'bombing',
      'bombardment',
      'shelling',
      'attack',
      'raid',
      'assault',
    ],
    verbs: ['bomb', 'strike', 'attack', 'raid', 'shell'],
    key: 'place',
  },
  arrest: {
    labelNoun: 'arrest',
    nouns: ['arrest', 'capture', 'extradition', 'detention'],
    verbs: ['arrest', 'capture', 'extradite', 'detain'],
    key: 'target',
  },
  meeting: {
    labelNoun: 'summit',
    nouns: ['summit', 'meeting', 'talks', 'negotiation', 'conference'],
    verbs: [],
    key: 'place',
  },
  election: {
    labelNoun: 'election',
    nouns: ['election', 'referendum', 'vote'],
    verbs: [],
    key: 'place',
  },
  plan: {
    labelNoun: 'plan',
    nouns: ['plan', 'proposal', 'planning', 'operation'],
    verbs: [],
    key: 'place',
  },
  protest: {
    labelNoun: 'protests',
    nouns: ['protest', 'demonstration', 'rally', 'riot', 'uprising', 'unrest', 'sit-in'],
    verbs: [],
    key: 'place',
    descriptive: true,
  },
  outbreak: {
    labelNoun: 'outbreak',
    nouns: ['outbreak', 'epidemic'],
    verbs: [],
    key: 'place',
    descriptive: true,
  },
  campaign: {
    labelNoun: 'campaign',
    nouns: ['campaign', 'drive'],
    verbs: [],
    key: 'place',
    descriptive: true,
  },
  shutdown: {
    labelNoun: 'shutdown',
    nouns: ['shutdown', 'lockdown', 'blackout', 'curfew'],
    verbs: [],
    key: 'place',
    descriptive: true,
  },
  trial: { labelNoun: 'trial', nouns: ['trial'], verbs: [], key: 'target', descriptive: true },
  legislation: {
    labelNoun: 'law',
    nouns: ['bill', 'law', 'legislation', 'amendment', 'decree', 'ordinance'],
    verbs: [],
    key: 'target',
    type: 'policy',
    descriptive: true,
  },
  ban: {
    labelNoun: 'ban',
    nouns: ['ban', 'embargo', 'moratorium', 'prohibition'],
    verbs: [],
    key: 'target',
    type: 'policy',
    descriptive: true,
  },
  sanctions: {
    labelNoun: 'sanctions',
    nouns: ['sanctions', 'tariffs'],
    verbs: [],
    key: 'target',
    type: 'policy',
  },
  agreement: {
    labelNoun: 'agreement',
    nouns: ['agreement', 'deal', 'treaty', 'accord', 'pact', 'ceasefire', 'truce'],
    verbs: [],
    key: 'target',
    type: 'policy',
    descriptive: true,
  },
  emergency: {
    labelNoun: 'state of emergency',
    nouns: ['emergency'],
    verbs: [],
    key: 'place',
    type: 'policy',
    descriptive: true,
  },
};

/**
 * Words before a descriptive head that name no particular thing ("the recent protests", "a major rally"):
 * a phrase needs a content word besides these to be a node by description.
 */
export const VAGUE_MODIFIERS = new Set(
  `recent latest new last first second third next major big small large huge massive several many other such
   same further additional ongoing current previous earlier later early late initial final whole entire
   possible potential planned proposed reported alleged so-called widespread continued renewed fresh this
   that these those international domestic federal local national existing applicable relevant current
   own`.split(/\s+/),
);

/** Nouns for forces: a deployment verb counts only when what it moves is a force ("send troops"). */
export const FORCE_NOUNS = new Set(
  `troops soldiers forces personnel military marines units commandos officers agents teams ships warship
   warships drones aircraft jets navy army guard`.split(/\s+/),
);

/** Nouns that turn a place entity into a location ("in Caribbean waters", "on Mexican soil"). */
export const PLACE_NOUNS = new Set([
  'soil',
  'territory',
  'waters',
  'coast',
  'border',
  'region',
  'airspace',
  'land',
  'streets',
]);

/** Prepositions introducing where an event happens or whom it targets. */
export const PLACE_PREPS = new Set([
  'in',
  'into',
  'onto',
  'to',
  'inside',
  'near',
  'off',
  'across',
  'over',
  'within',
]);
export const TARGET_PREPS = new Set(['on', 'against', 'of', 'targeting', 'at']);

/** Surface form -> family, for nouns (singular and plural) and for the verbs' gerunds and bases. */
export const EVENT_NOUNS: ReadonlyMap<string, EventFamily> = (() => {
  const map = new Map<string, EventFamily>();
  for (const [family, info] of Object.entries(FAMILIES) as Array<[EventFamily, EventFamilyInfo]>) {
    for (const noun of info.nouns) {
      const last = noun.split(' ').at(-1)!;
      map.set(last, family);
      if (!last.endsWith('s')) map.set(pluralOrThird(last), family);
    }
  }
  return map;
})();

export const EVENT_VERBS: ReadonlyMap<string, EventFamily> = (() => {
  const map = new Map<string, EventFamily>();
  for (const [family, info] of Object.entries(FAMILIES) as Array<[EventFamily, EventFamilyInfo]>) {
    for (const verb of info.verbs)
      for (const form of allVerbForms(verb)) if (!map.has(form)) map.set(form, family);
  }
  return map;
})();

/** Modifiers that say an event is intended rather than done ("the planned deployment"). */
export const PLANNED_MODIFIERS = new Set([
  'planned',
  'proposed',
  'potential',
  'possible',
  'reported',
  'prospective',
  'upcoming',
  'future',
]);
