/**
 * Trigger lexicon: general English verbs and nouns that state each relation type, with the prepositions
 * that introduce their object ("send troops TO X", "strikes ON X", "criticism OF X"). Base forms only;
 * inflections are generated. Follows the ontology's trigger column (../shared/guide/ontology.md), widened
 * with common synonyms from news writing. Nothing here names a thing in any corpus.
 */
import type { EntityType, RelationType } from '../types';
import { allVerbForms, pluralOrThird } from './inflect';

export interface VerbSense {
  relation: RelationType;
  lemma: string;
  /** Words that must follow the verb ("go after", "carry out", "push back against"). */
  particles: string[];
  /** Prepositions that introduce the object. */
  objectPreps: ReadonlySet<string>;
  /** Whether a direct object (no preposition) is the object. */
  direct: boolean;
  /** Allowed object types (default: any). */
  objectTypes?: readonly EntityType[];
  /** Only the passive states the relation ("the town was taken by the rebels", not "took part"). */
  passiveOnly?: boolean;
}

export interface NounSense {
  relation: RelationType;
  lemma: string;
  /** Prepositions after the noun that introduce its object ("threat TO", "strikes ON"). */
  objectPreps: ReadonlySet<string>;
  /** Prepositions after the noun that introduce its agent ("criticism FROM", "strikes BY"). */
  agentPreps: ReadonlySet<string>;
  /** Verbs besides the general light verbs whose subject is the noun's agent ("claimed control of"). */
  lightVerbs?: ReadonlySet<string>;
  /** A noun reading only right before one of its object prepositions ("control of", not "fighters control"). */
  prepositionFollows?: boolean;
  /** Allowed object types (default: any): a visit to a person is a meeting, a visit to a country a stay. */
  objectTypes?: readonly EntityType[];
}

/** `[relation, verb phrase, object prepositions ("!" first: only through them, no direct object)]`. */
const VERBS: Array<[RelationType, string, string]> = [
  ['threatens', 'threaten', 'with'],
  ['threatens', 'warn', ''],
  ['threatens', 'menace', ''],
  ['threatens', 'intimidate', ''],
  ['threatens', 'blackmail', ''],
  ['opposes', 'reject', ''],
  ['opposes', 'oppose', ''],
  ['opposes', 'rebuff', ''],
  ['opposes', 'refuse', ''],
  ['opposes', 'resist', ''],
  ['opposes', 'defy', ''],
  ['opposes', 'veto', ''],
  ['opposes', 'block', ''],
  ['opposes', 'boycott', ''],
  ['opposes', 'spurn', ''],
  ['opposes', 'dismiss', ''],
  ['opposes', 'push back', '!against on'],
  ['opposes', 'object', '!to'],
  ['opposes', 'protest', 'against'],
  ['opposes', 'sanction', ''],
  ['opposes', 'dislike', ''],
  ['opposes', 'end', ''],
  ['opposes', 'halt', ''],
  ['criticizes', 'criticize', ''],
  ['criticizes', 'criticise', ''],
  ['criticizes', 'condemn', ''],
  ['criticizes', 'accuse', ''],
  ['criticizes', 'blame', ''],
  ['criticizes', 'denounce', ''],
  ['criticizes', 'slam', ''],
  ['criticizes', 'lambaste', ''],
  ['criticizes', 'rebuke', ''],
  ['criticizes', 'chastise', ''],
  ['criticizes', 'castigate', ''],
  ['criticizes', 'decry', ''],
  ['criticizes', 'deplore', ''],
  ['criticizes', 'censure', ''],
  ['criticizes', 'fault', ''],
  ['criticizes', 'assail', ''],
  ['criticizes', 'berate', ''],
  ['criticizes', 'blast', ''],
  ['criticizes', 'upbraid', ''],
  ['criticizes', 'call out', ''],
  ['supports', 'support', ''],
  ['supports', 'back', ''],
  ['supports', 'endorse', ''],
  ['supports', 'aid', ''],
  ['supports', 'help', ''],
  ['supports', 'fund', ''],
  ['supports', 'finance', ''],
  ['supports', 'arm', ''],
  ['supports', 'champion', ''],
  ['supports', 'defend', ''],
  ['supports', 'praise', ''],
  ['supports', 'welcome', ''],
  ['supports', 'applaud', ''],
  ['supports', 'side', '!with'],
  ['supports', 'stand by', ''],
  ['supports', 'stand', '!with behind'],
  ['supports', 'sponsor', ''],
  ['supports', 'bolster', ''],
  ['cooperates_with', 'cooperate', '!with'],
  ['cooperates_with', 'co-operate', '!with'],
  ['cooperates_with', 'collaborate', '!with'],
  ['cooperates_with', 'coordinate', '!with'],
  ['cooperates_with', 'partner', '!with'],
  ['cooperates_with', 'ally', '!with'],
  ['cooperates_with', 'assist', ''],
  ['cooperates_with', 'work', '!with alongside'],
  ['cooperates_with', 'operate', '!alongside'],
  ['cooperates_with', 'team up', '!with'],
  ['cooperates_with', 'join forces', '!with'],
  ['cooperates_with', 'share intelligence', '!with'],
  ['attacks', 'strike', 'at against'],
  ['attacks', 'bomb', ''],
  ['attacks', 'kill', ''],
  ['attacks', 'attack', ''],
  ['attacks', 'shell', ''],
  ['attacks', 'raid', ''],
  ['attacks', 'assault', ''],
  ['attacks', 'invade', ''],
  ['attacks', 'shoot', 'at'],
  ['attacks', 'fire', '!on at'],
  ['attacks', 'hit', ''],
  ['attacks', 'ambush', ''],
  ['attacks', 'battle', 'against'],
  ['attacks', 'bombard', ''],
  ['attacks', 'massacre', ''],
  ['attacks', 'assassinate', ''],
  ['attacks', 'storm', ''],
  ['attacks', 'destroy', ''],
  ['attacks', 'clash', '!with'],
  ['attacks', 'wage war', '!on against'],
  ['attacks', 'demolish', ''],
  ['attacks', 'sink', ''],
  ['attacks', 'defeat', ''],
  ['attacks', 'degrade', ''],
  ['attacks', 'eliminate', ''],
  ['attacks', 'eradicate', ''],
  ['attacks', 'crush', ''],
  ['targets', 'dismantle', ''],
  ['targets', 'disrupt', ''],
  ['deploys', 'send', 'to into onto'],
  ['deploys', 'deploy', 'to into onto in'],
  ['deploys', 'station', 'in at'],
  ['deploys', 'dispatch', 'to into'],
  ['deploys', 'mobilize', 'to'],
  ['deploys', 'mobilise', 'to'],
  ['deploys', 'redeploy', 'to'],
  ['deploys', 'move troops', '!to into'],
  ['plans', 'plan', ''],
  ['plans', 'propose', ''],
  ['plans', 'consider', ''],
  ['plans', 'weigh', ''],
  ['plans', 'urge', ''],
  ['plans', 'intend', ''],
  ['plans', 'contemplate', ''],
  ['plans', 'mull', ''],
  ['plans', 'envision', ''],
  ['plans', 'devise', ''],
  ['plans', 'prepare', '!for'],
  ['plans', 'explore', ''],
  ['designates', 'designate', ''],
  ['designates', 'list', ''],
  ['designates', 'declare', ''],
  ['designates', 'label', ''],
  ['designates', 'brand', ''],
  ['designates', 'classify', ''],
  ['designates', 'blacklist', ''],
  ['targets', 'target', ''],
  ['targets', 'combat', 'of'],
  ['targets', 'fight', 'against'],
  ['targets', 'counter', 'of'],
  ['targets', 'confront', 'of'],
  ['targets', 'tackle', 'of'],
  ['targets', 'address', 'of'],
  ['targets', 'pressure', ''],
  ['targets', 'aim', '!at'],
  ['targets', 'go after', ''],
  ['targets', 'crack down', '!on'],
  ['targets', 'take aim', '!at'],
  ['targets', 'pursue', ''],
  ['targets', 'hunt', ''],
  ['targets', 'single out', ''],
  ['arrests', 'arrest', ''],
  ['arrests', 'capture', ''],
  ['arrests', 'detain', ''],
  ['arrests', 'extradite', ''],
  ['arrests', 'apprehend', ''],
  ['arrests', 'jail', ''],
  ['arrests', 'imprison', ''],
  ['arrests', 'deport', ''],
  ['arrests', 'kidnap', ''],
  ['arrests', 'abduct', ''],
  ['arrests', 'remove', ''],
  ['arrests', 'oust', ''],
  ['arrests', 'overthrow', ''],
  ['leads', 'lead', ''],
  ['leads', 'head', ''],
  ['leads', 'command', ''],
  ['leads', 'run', ''],
  ['leads', 'chair', ''],
  ['leads', 'direct', ''],
  ['leads', 'oversee', ''],
  ['leads', 'rule', ''],
  ['leads', 'preside', '!over'],
  ['leads', 'helm', ''],
  ['leads', 'control', ''],
  ['leads', 'capture', ''],
  ['leads', 'seize', ''],
  ['leads', 'occupy', ''],
  ['leads', 'overrun', ''],
  ['leads', 'retake', ''],
  ['leads', 'take control', '!of'],
  // Passive only (PASSIVE_ONLY): "the city was taken / held by ISIL"; "took part", "held talks" state nothing.
  ['leads', 'take', ''],
  ['leads', 'hold', ''],
  ['member_of', 'join', ''],
  ['member_of', 'serve', '!in with on for'],
  ['member_of', 'belong', '!to'],
  ['member_of', 'enlist', '!in'],
  ['member_of', 'work for', ''],
  ['member_of', 'represent', ''],
  ['reports', 'report', 'on about'],
  ['reports', 'announce', ''],
  ['reports', 'reveal', ''],
  ['reports', 'disclose', ''],
  ['reports', 'share', 'of about on'],
  ['reports', 'release', 'of about on'],
  ['reports', 'publish', ''],
  ['reports', 'write', '!to about'],
  ['reports', 'speak', '!to about of'],
  ['regulates', 'govern', ''],
  ['regulates', 'authorize', ''],
  ['regulates', 'authorise', ''],
  ['regulates', 'limit', ''],
  ['regulates', 'restrict', ''],
  ['regulates', 'regulate', ''],
  ['regulates', 'prohibit', ''],
  ['regulates', 'forbid', ''],
  ['regulates', 'ban', ''],
  ['regulates', 'permit', ''],
  ['regulates', 'bar', ''],
  ['regulates', 'constrain', ''],
  ['conducts', 'conduct', ''],
  ['conducts', 'carry out', ''],
  ['conducts', 'launch', ''],
  ['conducts', 'execute', ''],
  ['conducts', 'stage', ''],
  ['conducts', 'perform', ''],
  ['conducts', 'mount', ''],
  ['conducts', 'undertake', ''],
  ['conducts', 'wage', ''],
  ['conducts', 'orchestrate', ''],
  ['conducts', 'organize', ''],
  ['conducts', 'organise', ''],
  ['conducts', 'hold', ''],
  ['meets', 'meet', 'with'],
  ['meets', 'talk', '!with to'],
  ['meets', 'negotiate', '!with'],
  ['meets', 'sit down', '!with'],
  ['meets', 'host', ''],
  ['meets', 'visit', ''],
  ['meets', 'confer', '!with'],
  ['meets', 'speak with', ''],
  ['meets', 'phone', ''],
  ['meets', 'contact', ''],
  ['meets', 'discuss', '!with'],
  // Where a person went: the visit happened there (located_in, with the clause's mood: "will visit").
  ['located_in', 'visit', ''],
  ['located_in', 'travel', '!to'],
  ['located_in', 'fly', '!to'],
  ['located_in', 'arrive', '!in at'],
  ['located_in', 'tour', ''],
  ['located_in', 'return', '!to'],
  ['reports', 'tell', ''],
  ['reports', 'brief', ''],
  ['reports', 'inform', ''],
  ['reports', 'update', ''],
];

/** `[relation, noun, object prepositions, agent prepositions]` (agents default to "by from"). */
const NOUNS: Array<[RelationType, string, string, string?]> = [
  ['threatens', 'threat', 'to against'],
  ['threatens', 'warning', 'to against'],
  ['threatens', 'ultimatum', 'to'],
  ['threatens', 'tension', 'with'],
  ['opposes', 'opposition', 'to'],
  ['opposes', 'rejection', 'of'],
  ['opposes', 'refusal', ''],
  ['opposes', 'end', 'to'],
  ['opposes', 'pushback', 'against on to'],
  ['opposes', 'resistance', 'to against'],
  ['opposes', 'objection', 'to'],
  ['opposes', 'veto', 'of on'],
  ['opposes', 'sanction', 'on against'],
  ['criticizes', 'criticism', 'of'],
  ['criticizes', 'condemnation', 'of'],
  ['criticizes', 'accusation', 'against'],
  ['criticizes', 'rebuke', 'of'],
  ['criticizes', 'censure', 'of'],
  ['criticizes', 'denunciation', 'of'],
  ['criticizes', 'critique', 'of'],
  ['supports', 'support', 'for to of'],
  ['supports', 'backing', 'for of'],
  ['supports', 'endorsement', 'of'],
  ['supports', 'aid', 'to for'],
  ['supports', 'assistance', 'to for'],
  ['supports', 'help', 'to for'],
  ['supports', 'funding', 'for to of'],
  ['cooperates_with', 'cooperation', 'with between'],
  ['cooperates_with', 'co-operation', 'with between'],
  ['cooperates_with', 'collaboration', 'with between'],
  ['cooperates_with', 'coordination', 'with between'],
  ['cooperates_with', 'partnership', 'with between'],
  ['cooperates_with', 'alliance', 'with between'],
  ['attacks', 'strike', 'on against at'],
  ['attacks', 'airstrike', 'on against at'],
  ['attacks', 'bombing', 'of on'],
  ['attacks', 'attack', 'on against'],
  ['attacks', 'raid', 'on against'],
  ['attacks', 'assault', 'on against'],
  ['attacks', 'invasion', 'of'],
  ['attacks', 'offensive', 'against on'],
  ['attacks', 'killing', 'of'],
  ['attacks', 'shelling', 'of'],
  ['attacks', 'bombardment', 'of'],
  ['attacks', 'war', 'on against with'],
  ['attacks', 'campaign', 'against'],
  ['attacks', 'action', 'against'],
  ['attacks', 'intervention', 'in against'],
  ['attacks', 'retaliation', 'against'],
  ['attacks', 'incursion', 'into in'],
  ['targets', 'fight', 'against'],
  ['targets', 'pressure', 'on against'],
  ['targets', 'leverage', 'against over on'],
  ['attacks', 'crackdown', 'on against'],
  ['deploys', 'deployment', 'to in into of'],
  ['deploys', 'dispatch', 'to of'],
  ['plans', 'plan', 'for'],
  ['plans', 'proposal', 'for'],
  ['designates', 'designation', 'of'],
  ['designates', 'listing', 'of'],
  ['targets', 'targeting', 'of'],
  ['arrests', 'arrest', 'of'],
  ['arrests', 'capture', 'of'],
  ['arrests', 'detention', 'of'],
  ['arrests', 'extradition', 'of'],
  ['arrests', 'removal', 'of'],
  ['arrests', 'deportation', 'of'],
  ['arrests', 'ouster', 'of'],
  ['reports', 'report', 'on about'],
  ['reports', 'announcement', 'of about'],
  ['regulates', 'authorization', 'for of'],
  ['regulates', 'restriction', 'on'],
  ['regulates', 'ban', 'on'],
  ['regulates', 'limit', 'on'],
  ['meets', 'meeting', 'with between'],
  ['meets', 'talks', 'with between'],
  ['meets', 'negotiation', 'with between'],
  ['meets', 'summit', 'with between'],
  ['meets', 'visit', 'to'],
  ['located_in', 'visit', 'to'],
  ['located_in', 'trip', 'to'],
  ['meets', 'call', 'with between'],
  ['meets', 'conversation', 'with between'],
  ['meets', 'dialogue', 'with between'],
  ['meets', 'agreement', 'with between'],
  ['meets', 'deal', 'with between'],
  ['leads', 'control', 'of over'],
];

/** Light verbs of one noun only: "took/claimed/seized control of" (not "took action", "claimed the attack"). */
const NOUN_LIGHT_VERBS: Record<string, string[]> = {
  control: [
    'take',
    'claim',
    'gain',
    'seize',
    'regain',
    'retain',
    'assume',
    'wrest',
    'establish',
    'exert',
    'have',
  ],
};

/** Verbs whose object must be of these types ("visit" a person or body, not a country). */
const OBJECT_TYPES: Record<string, readonly EntityType[]> = {
  visit: ['person', 'organization'],
  'located_in visit': ['place'],
  'located_in travel': ['place'],
  'located_in fly': ['place'],
  'located_in arrive': ['place'],
  'located_in tour': ['place'],
  'located_in return': ['place'],
  'leads take': ['place'],
  // Defeating a person is mostly an election or a match; armed defeat is of groups and countries.
  'attacks defeat': ['organization', 'place'],
  'leads hold': ['place'],
  'member_of represent': ['organization'],
  // Capturing people is an arrest; capturing a town is taking control of it (leads).
  'arrests capture': ['person', 'organization'],
  'leads capture': ['place'],
  'leads seize': ['place'],
  'leads occupy': ['place'],
  'leads overrun': ['place'],
  'leads take control': ['place'],
  'leads retake': ['place'],
  tell: ['person', 'organization', 'place'],
  brief: ['person', 'organization', 'place'],
  inform: ['person', 'organization', 'place'],
  update: ['person', 'organization', 'place'],
  host: ['person', 'organization'],
  conduct: ['event'],
  'carry out': ['event'],
  launch: ['event'],
  execute: ['event'],
  stage: ['event'],
  perform: ['event'],
  mount: ['event'],
  undertake: ['event'],
  wage: ['event'],
  orchestrate: ['event'],
  organize: ['event'],
  organise: ['event'],
  hold: ['event'],
};

/** Senses stated only by the passive with an agent ("Mosul was taken by ISIL"). */
const PASSIVE_ONLY = new Set(['leads take', 'leads hold']);

/** Object types of noun senses ("visit to" a person or body is a meeting, to a place a stay there). */
const NOUN_OBJECT_TYPES: Record<string, readonly EntityType[]> = {
  'meets visit': ['person', 'organization'],
  'located_in visit': ['place'],
  'located_in trip': ['place'],
};

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Verb senses by the surface form of their first word. */
export const VERB_TRIGGERS: ReadonlyMap<string, VerbSense[]> = (() => {
  const map = new Map<string, VerbSense[]>();
  for (const [relation, phrase, preps] of VERBS) {
    const [head, ...particles] = words(phrase);
    const prepOnly = preps.startsWith('!');
    const sense: VerbSense = {
      relation,
      lemma: phrase,
      particles,
      objectPreps: new Set(words(preps.replace('!', ''))),
      direct: !prepOnly,
      ...((OBJECT_TYPES[`${relation} ${phrase}`] ?? OBJECT_TYPES[phrase])
        ? { objectTypes: OBJECT_TYPES[`${relation} ${phrase}`] ?? OBJECT_TYPES[phrase] }
        : {}),
      ...(PASSIVE_ONLY.has(`${relation} ${phrase}`) ? { passiveOnly: true } : {}),
    };
    for (const form of allVerbForms(head)) {
      const list = map.get(form) ?? [];
      list.push(sense);
      map.set(form, list);
    }
  }
  return map;
})();

/** Noun senses by surface form (singular and plural). */
export const NOUN_TRIGGERS: ReadonlyMap<string, NounSense[]> = (() => {
  const map = new Map<string, NounSense[]>();
  for (const [relation, noun, preps, agents] of NOUNS) {
    const light = NOUN_LIGHT_VERBS[noun];
    const sense: NounSense = {
      relation,
      lemma: noun,
      objectPreps: new Set(words(preps)),
      agentPreps: new Set(words(agents ?? 'by from')),
      ...(light ? { lightVerbs: new Set(light.flatMap(allVerbForms)), prepositionFollows: true } : {}),
      ...(NOUN_OBJECT_TYPES[`${relation} ${noun}`]
        ? { objectTypes: NOUN_OBJECT_TYPES[`${relation} ${noun}`] }
        : {}),
    };
    for (const form of new Set([noun, noun.endsWith('s') ? noun : pluralOrThird(noun)])) {
      const list = map.get(form) ?? [];
      list.push(sense);
      map.set(form, list);
    }
  }
  return map;
})();

/** Past participles and past forms of trigger verbs (passive and reduced-relative detection). */
export function isParticiple(form: string, lemma: string): boolean {
  const head = words(lemma)[0];
  const forms = allVerbForms(head);
  // forms: base, third, past, participle, gerund (deduplicated); the participle is the -ed/-en style form.
  return forms.includes(form) && form !== head && !form.endsWith('ing') && form !== pluralOrThird(head);
}
