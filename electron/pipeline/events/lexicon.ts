/**
 * Eventive words: nouns and non-finite verbs that describe something that happens (a deployment, strikes,
 * an arrest, a summit), grouped in families. Phrases of one family with the same key argument (where it
 * happens, or whom it targets) are one event. General English, nothing corpus-specific.
 */
import { allVerbForms, pluralOrThird } from '../relations/inflect';

export type EventFamily = 'deployment' | 'strike' | 'arrest' | 'meeting' | 'election' | 'plan';

export interface EventFamilyInfo {
  /** Head noun of the label ("deployment to Mexico", "strikes in the Caribbean"). */
  labelNoun: string;
  /** Nouns (singular) heading a phrase of this family. */
  nouns: string[];
  /** Verbs whose gerund or infinitive describes an event of this family ("bombing ships", "to send troops"). */
  verbs: string[];
  /** Whether a place or a target is the key argument first. */
  key: 'place' | 'target';
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
};

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
