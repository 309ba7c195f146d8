/**
 * Relations stated by trigger words: verbs ("Mexico rejected the plan") and nominalisations ("the pushback
 * from officials", "U.S. strikes on vessels"). Each trigger yields candidate (subject, relation, object)
 * triples over entity units; modality and evidence are added by the caller.
 */
import { SYMMETRIC_RELATIONS, type EntityType, type RelationType } from '../types';
import {
  actsThroughHead,
  byAgent,
  coordinated,
  governor,
  isModifier,
  isPossessivePronoun,
  isObjectEntity,
  isPassiveUse,
  isPossessorOnly,
  objectOf,
  subjectOf,
  type ArgumentContext,
} from './arguments';
import { isHyphenParticiple } from './compounds';
import { placeReachedFrom } from './kinds';
import { NOUN_TRIGGERS, VERB_TRIGGERS, isParticiple, type NounSense, type VerbSense } from './lexicon';
import { isContentVerb, isPunctuation, isVerbLike, isWord, readsAsNoun } from './reading';
import {
  BE_FORMS,
  COORDINATORS,
  DETERMINERS,
  LIGHT_VERBS,
  PREPOSITIONS,
  RECEIVING_VERBS,
} from './vocabulary';

export interface Candidate {
  /** Unit indices of the two ends. */
  source: number;
  /** -1 when the target is not written in the sentence (see `targetEntity`). */
  target: number;
  /** A target known to the corpus but not in the sentence ("Secretary of Defense" -> the Pentagon). */
  targetEntity?: { id: string; type: EntityType };
  relation: RelationType;
  /** Trigger words as written. */
  trigger: string;
  triggerStart: number;
  triggerEnd: number;
  /** The relation is an attribution ("X reported ..."): its own verb does not make it "reported". */
  isAttribution?: boolean;
  /** Stated by structure (a title, a possessive, "X in Y"): a background fact, asserted whatever the mood. */
  structural?: boolean;
}

/** How far a noun trigger's object or agent may sit after it. */
const NOUN_WINDOW = 8;

export function triggerCandidates(ctx: ArgumentContext): Candidate[] {
  const out: Candidate[] = [];
  const { units } = ctx;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'word') {
      out.push(...describedEventTriggers(ctx, i));
      continue;
    }
    if (u.lower === 'bring' || u.lower === 'brings' || u.lower === 'brought' || u.lower === 'bringing') {
      out.push(...bringToEnd(ctx, i));
      continue;
    }
    if (FALL_FORMS.has(u.lower)) {
      out.push(...fallTo(ctx, i));
      continue;
    }
    if (PROVIDE_FORMS.has(u.lower)) out.push(...provideWith(ctx, i));
    // "Iran-backed militias", "the U.S.-led coalition": a compound modifier (compounds.ts), no predicate.
    if (isHyphenParticiple(ctx, i)) continue;
    // "Morning Joe host Joe Scarborough": a role noun between a name and a person is a title.
    if (ROLE_VERBS.has(u.lower) && units[i - 1]?.kind === 'entity' && units[i + 1]?.type === 'person')
      continue;
    const verbSenses = VERB_TRIGGERS.get(u.lower);
    const nounSenses = NOUN_TRIGGERS.get(u.lower)?.filter(
      (n) => !n.prepositionFollows || n.objectPreps.has(units[i + 1]?.lower ?? ''),
    );
    if (verbSenses && !(nounSenses?.length && readsAsNoun(units, i))) {
      for (const sense of matchingVerbSenses(ctx, i, verbSenses)) out.push(...verbRelations(ctx, i, sense));
    } else if (nounSenses) {
      for (const sense of nounSenses) out.push(...nounRelations(ctx, i, sense));
    }
  }
  return out;
}

/**
 * An event or policy the events stage named by its description ("the agreement", "the ban") is still the
 * noun it was: "the agreement between X and Y" states that X and Y agreed, as before the event had a node.
 * Only for the events stage's own mentions, and only relations between two other entities.
 */
function describedEventTriggers(ctx: ArgumentContext, i: number): Candidate[] {
  const u = ctx.units[i];
  // The events stage's mentions are descriptions in lower case; named events ("Operation X") are not.
  if ((u.type !== 'event' && u.type !== 'policy') || u.mention?.source !== 'rule' || /\p{Lu}/u.test(u.text))
    return [];
  const head = u.lower.split(/\s+/).at(-1) ?? '';
  const out: Candidate[] = [];
  for (const sense of NOUN_TRIGGERS.get(head) ?? [])
    for (const c of nounRelations(ctx, i, sense)) if (c.source !== i && c.target !== i) out.push(c);
  return out;
}

/** Senses whose particles follow the verb; a phrasal sense ("go after") hides plain ones of the same verb. */
function matchingVerbSenses(ctx: ArgumentContext, i: number, senses: readonly VerbSense[]): VerbSense[] {
  const matches = senses.filter((s) => s.particles.every((p, n) => isWord(ctx.units[i + 1 + n], p)));
  const phrasal = matches.filter((s) => s.particles.length > 0);
  return phrasal.length ? phrasal : matches;
}

function verbRelations(ctx: ArgumentContext, i: number, sense: VerbSense): Candidate[] {
  const end = i + sense.particles.length;
  const participle = isParticiple(ctx.units[i].lower, sense.lemma);
  const trigger = triggerText(ctx, i, end);
  const passive = isPassiveUse(ctx, end, participle);
  if (sense.passiveOnly && !(passive && isWord(ctx.units[end + 1], 'by'))) return [];
  if (passive) {
    // "the Federal Government of Iraq, led by Prime Minister Abadi,": a reduced relative after a comma
    // describes the name before the comma, whatever governs that name.
    const reduced =
      isWord(ctx.units[end + 1], 'by') &&
      isWord(ctx.units[i - 1], ',') &&
      ctx.units[i - 2]?.kind === 'entity';
    let patients = reduced ? [i - 2] : subjectOf(ctx, i);
    // "Mosul is the largest city controlled by Daesh": the participle describes the predicate noun.
    if (patients.length === 0) patients = predicateNominalSubject(ctx, i);
    let agents = byAgent(ctx, end);
    // "X, led by P, and Y": the comma closes the reduced relative; Y is not a second agent.
    if (reduced) agents = agents.filter((a) => !ctx.units.slice(end + 1, a).some((u) => isWord(u, ',')));
    return pairs(ctx, agents, patients, sense.relation, trigger, i, end, sense.objectTypes);
  }
  // A participle used as an adjective ("the planned deployment", "armed soldiers") states nothing.
  if (participle && DETERMINERS.has(ctx.units[i - 1]?.lower ?? '')) return [];
  const subjects = subjectOf(ctx, i);
  if (subjects.length === 0) return [];
  let objects = objectOf(ctx, end, sense.objectPreps, sense.direct, EVALUATIVE.has(sense.relation));
  // "sent a message to X" is no deployment: sending somewhere needs a force on the way.
  if (sense.relation === 'deploys') {
    // "send U.S. troops to Mexico": both the force sent and where it goes.
    const force = objects.find(
      (o) => ctx.units[o].type === 'organization' && governor(ctx, o).kind !== 'prep',
    );
    if (force !== undefined)
      for (const o of objectOf(ctx, end, sense.objectPreps, false)) if (!objects.includes(o)) objects.push(o);
    objects = objects.filter((o) => forceBetween(ctx, end, o));
  }
  // "visited Turkey on 4 April and Uzbekistan from 5-6 April": places past a date.
  if (sense.relation === 'located_in' && objects.length)
    objects = [...objects, ...placesAfterDate(ctx, objects[objects.length - 1])];
  // "urged Moscow to act": Moscow is asked, not what is planned.
  if (sense.relation === 'plans') objects = objects.filter((o) => !isWord(ctx.units[o + 1], 'to'));
  // "The Prime Minister and President Hollande met": a symmetric act among coordinated subjects.
  if (objects.length === 0 && SYMMETRIC_RELATIONS.has(sense.relation) && subjects.length >= 2)
    return pairs(ctx, subjects.slice(1), [subjects[0]], sense.relation, trigger, i, end);
  // "Biden attacked Trump for the tweet": an attack on someone for what they did is criticism.
  const relation = sense.relation === 'attacks' && isBlameFor(ctx, objects) ? 'criticizes' : sense.relation;
  const found = pairs(ctx, subjects, objects, relation, trigger, i, end, sense.objectTypes);
  // "supporting the Iraqi government against ISIL": both the supporter and the supported oppose ISIL.
  if (sense.relation === 'supports' && objects.length) {
    const adversary = adversaryAfter(ctx, objects[objects.length - 1] + 1);
    if (adversary >= 0) {
      const against = ctx.units[adversary].start;
      const at = ctx.units.findIndex(
        (u) => isWord(u, 'against') && u.start < against && u.start > ctx.units[end].start,
      );
      found.push(...pairs(ctx, [...subjects, ...objects], [adversary], 'opposes', 'against', at, at));
    }
  }
  // "X met Y in London": the meeting, so both sides, took place there.
  if (MEETING_VERBS.has(sense.lemma)) found.push(...meetingPlace(ctx, i, end, [...subjects, ...objects]));
  // "joined US Secretary of State John Kerry ... for talks": joining someone for a meeting is meeting them.
  if (sense.lemma === 'join' && joinedForTalks(ctx, end)) {
    const people = objectOf(ctx, end, new Set(), true).filter((o) => ctx.units[o].type !== 'place');
    found.push(...pairs(ctx, subjects, people, 'meets', `${ctx.units[i].text} ... for talks`, i, end));
    found.push(...meetingPlace(ctx, i, end, [...subjects, ...people]));
  }
  return found;
}

/** The object (a person or body) is followed by "for" and what they did: a reproach, not force. */
function isBlameFor(ctx: ArgumentContext, objects: readonly number[]): boolean {
  if (objects.length === 0) return false;
  const last = objects[objects.length - 1];
  const type = ctx.units[last].type;
  if (type !== 'person' && type !== 'organization') return false;
  const next = ctx.units[last + 1];
  const after = ctx.units[last + 2];
  return isWord(next, 'for') && !!after && (DETERMINERS.has(after.lower) || /ing$/.test(after.lower));
}

/**
 * "against the terrorism of the vile organisation ISIL": the entity an "against" at `k` opposes, through
 * at most a few common words. Returns its unit index, or -1.
 */
function adversaryAfter(ctx: ArgumentContext, k: number): number {
  const { units } = ctx;
  if (!isWord(units[k], 'against')) return -1;
  for (let j = k + 1; j < units.length && j <= k + 8; j++) {
    const u = units[j];
    if (u.kind === 'entity') return isModifier(ctx, j) && !actsThroughHead(ctx, j) ? -1 : j;
    if (isPunctuation(u) || (isContentVerb(units, j) && !/ing$/.test(u.lower)) || !/^[a-z-]+$/.test(u.text))
      return -1;
  }
  return -1;
}

/**
 * The place of a meeting: "met Y in London", "met with X, the minister, in Canberra on 12 February",
 * or a clause opening "In Turkey, X met ...". Every participant is located there (the meeting happened
 * there), with the clause's mood.
 */
function meetingPlace(ctx: ArgumentContext, i: number, end: number, people: readonly number[]): Candidate[] {
  const { units } = ctx;
  const participants = people.filter((p) => units[p].type === 'person' || units[p].type === 'organization');
  if (participants.length === 0) return [];
  let at = -1;
  const clauseId = ctx.clauses.of[i];
  for (let k = end + 1; k < units.length && k - end <= MEETING_PLACE_WINDOW; k++) {
    const u = units[k];
    const clause = ctx.clauses.list[ctx.clauses.of[k]];
    // An aside inside the clause ("met the president, a key ally, in Beijing") does not end it.
    if (clause.id !== clauseId && clause.parent !== clauseId && !isWord(u, ',')) break;
    if (isWord(u, 'to') || isWord(u, ';', ':', '.')) break;
    // A verb reading right after an adjective is a noun: "international partners in Paris".
    const prev = units[k - 1];
    const afterModifier = prev.kind === 'word' && /^[a-z]+$/.test(prev.text) && !isVerbLike(units, k - 1);
    if (u.kind === 'word' && isContentVerb(units, k) && !(afterModifier && /s$/.test(u.lower))) break;
    if (isWord(u, 'in', 'at')) {
      const p = placeReachedFrom(units, k + 1);
      if (p >= 0 && units[p].type === 'place' && !isModifier(ctx, p)) {
        at = p;
        break;
      }
    }
  }
  // "In Turkey Minister Ellwood met with ...": a place opening the sentence.
  if (at < 0 && isWord(units[0], 'in') && units[1]?.type === 'place' && units[1].kind === 'entity') at = 1;
  if (at < 0) return [];
  return pairs(ctx, participants, [at], 'located_in', units[at - 1]?.text ?? 'in', at - 1, at - 1);
}

const TALK_NOUNS = new Set(['talks', 'meeting', 'meetings', 'discussions', 'negotiations', 'summit']);

/** "for (the) talks / a meeting" within a few words after the verb at `end`. */
function joinedForTalks(ctx: ArgumentContext, end: number): boolean {
  const { units } = ctx;
  for (let k = end + 1; k < units.length && k - end <= MEETING_PLACE_WINDOW; k++) {
    if (isWord(units[k], ';', ':', '.')) return false;
    if (!isWord(units[k], 'for')) continue;
    let n = k + 1;
    while (units[n] && DETERMINERS.has(units[n].lower)) n++;
    if (units[n] && TALK_NOUNS.has(units[n].lower)) return true;
  }
  return false;
}

/** Verbs of meeting in person ("discussed the war in Ukraine" or a phone call say nothing of a place). */
const MEETING_VERBS = new Set(['meet', 'talk', 'negotiate', 'sit down', 'confer', 'host']);

/** How far after the meeting verb its place may be written (past the other side and its apposition). */
const MEETING_PLACE_WINDOW = 16;

/**
 * "X is the largest city controlled by Y", "X was a town held by Y": a participle right after the noun
 * of a predicate nominal describes the subject of the copula. Returns that subject, or nothing.
 */
function predicateNominalSubject(ctx: ArgumentContext, i: number): number[] {
  const { units } = ctx;
  const noun = units[i - 1];
  if (!noun || noun.kind !== 'word' || !/^[a-z-]+$/.test(noun.text) || isVerbLike(units, i - 1)) return [];
  for (let k = i - 2; k >= Math.max(0, i - 7); k--) {
    const u = units[k];
    if (u.kind !== 'word' || isPunctuation(u)) return [];
    if (BE_FORMS.has(u.lower)) {
      const subject = units[k - 1];
      return subject?.kind === 'entity' && ctx.clauses.of[k - 1] === ctx.clauses.of[i] ? [k - 1] : [];
    }
    if (!/^[a-z-]+$/.test(u.text) || isVerbLike(units, k)) return [];
  }
  return [];
}

const MONTHS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** "Turkey on 4 April and Uzbekistan": a place coordinated with `place` past a date adjunct. */
function placesAfterDate(ctx: ArgumentContext, place: number): number[] {
  const { units } = ctx;
  let k = place + 1;
  if (!isWord(units[k], 'on', 'from', 'in', 'between')) return [];
  k++;
  let dated = false;
  while (units[k] && k - place <= 8) {
    const u = units[k];
    if (/^\d/.test(u.lower) || MONTHS.test(u.lower)) dated = true;
    else if (!isWord(u, '-', '–', 'to', 'the', 'of')) break;
    k++;
  }
  if (!dated || !isWord(units[k], 'and')) return [];
  const next = units[k + 1];
  // "... and France said no": a new clause's subject, not a second place visited.
  if (isVerbLike(units, k + 2) || isWord(units[k + 2], "'s")) return [];
  return next?.kind === 'entity' && next.type === 'place' ? [k + 1] : [];
}

/** Whether what the deploying verb moves is a force: a force noun, or an organization, before `object`. */
function forceBetween(ctx: ArgumentContext, from: number, object: number): boolean {
  if (governor(ctx, object).kind !== 'prep') return true;
  for (let k = from + 1; k < object; k++) {
    const u = ctx.units[k];
    if (u.kind === 'word' && FORCE_WORDS.has(u.lower)) return true;
    if (u.kind === 'entity' && u.type === 'organization') return true;
  }
  return false;
}

/** What a deployment moves. */
const FORCE_WORDS = new Set(
  `troops soldiers forces personnel military marines units commandos officers agents teams ships warship
   warships drones aircraft jets navy army guard guardsmen reinforcements battalion brigade squadron fleet
   carrier carriers destroyers missiles police advisers advisors contingent peacekeepers`.split(/\s+/),
);

/** "bring the strikes to an end / a halt": the subject wants them stopped (opposes). */
function bringToEnd(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  for (let k = i + 1; k < units.length && k <= i + 8; k++) {
    if (!isWord(units[k], 'to')) continue;
    if (!isWord(units[k + 1], 'an', 'a') || !isWord(units[k + 2], 'end', 'halt', 'close', 'stop')) return [];
    const objects: number[] = [];
    for (let j = i + 1; j < k; j++)
      if (units[j].kind === 'entity' && !isModifier(ctx, j) && governor(ctx, j).kind !== 'prep')
        objects.push(j);
    const trigger = `${units[i].text} ... to ${units[k + 1].text} ${units[k + 2].text}`;
    return pairs(ctx, subjectOf(ctx, i), objects.slice(0, 1), 'opposes', trigger, i, i);
  }
  return [];
}

/** Verbs that are also role nouns before a name: "show host X", "agency head X", "party chair X". */
const ROLE_VERBS = new Set(['host', 'head', 'chair', 'lead', 'command', 'direct']);

const FALL_FORMS = new Set(['fall', 'falls', 'fell', 'fallen', 'falling']);

/**
 * "the fall of Mosul to ISIL", "Kobane fell to the Kurds": the place passes into the control of the
 * actor after "to" (leads, as "captured" and "seized" are for places).
 */
function fallTo(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  let places: number[];
  let to = i + 1;
  if (isWord(units[i + 1], 'of')) {
    const p = placeReachedFrom(units, i + 2);
    if (p < 0 || units[p].type !== 'place') return [];
    places = [p];
    to = p + 1;
  } else {
    places = subjectOf(ctx, i).filter((p) => units[p].type === 'place');
  }
  if (!isWord(units[to], 'to')) return [];
  let a = to + 1;
  while (units[a] && DETERMINERS.has(units[a].lower)) a++;
  const actor = units[a];
  if (!actor || actor.kind !== 'entity' || actor.type === 'place' || actor.type === 'policy') return [];
  if (isModifier(ctx, a) && !actsThroughHead(ctx, a)) return [];
  return pairs(ctx, [a], places, 'leads', `${units[i].text} ... to`, i, to);
}

const PROVIDE_FORMS = new Set(['provide', 'provides', 'provided', 'providing']);
/** What one provides to someone one supports. */
const SUPPORT_GOODS = new Set(
  `support aid assistance help backing funding funds weapons arms training equipment supplies ammunition`.split(
    /\s+/,
  ),
);

/** "provide the government of Iraq with military and humanitarian support": supports. */
function provideWith(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  let k = i + 1;
  while (units[k] && DETERMINERS.has(units[k].lower)) k++;
  if (units[k]?.kind !== 'entity' || isModifier(ctx, k)) return [];
  const recipients = coordinated(ctx, k, 1);
  const w = recipients[recipients.length - 1] + 1;
  if (!isWord(units[w], 'with')) return [];
  for (let j = w + 1; j < units.length && j <= w + 7; j++) {
    const u = units[j];
    if (u.kind !== 'word' || isWord(u, '.', ';', ':')) return [];
    if (SUPPORT_GOODS.has(u.lower))
      return pairs(
        ctx,
        subjectOf(ctx, i),
        recipients,
        'supports',
        `${units[i].text} ... with ${u.text}`,
        i,
        j,
      );
  }
  return [];
}

/** Relations that evaluate an act: their object may be the act's author ("condemned ISIL's attacks"). */
const EVALUATIVE = new Set<RelationType>(['criticizes', 'supports', 'opposes', 'threatens']);

function nounRelations(ctx: ArgumentContext, i: number, sense: NounSense): Candidate[] {
  const trigger = ctx.units[i].text;
  const between = betweenPair(ctx, i);
  if (between)
    return pairs(ctx, [between[0]], [between[1]], sense.relation, trigger, i, i, sense.objectTypes);

  const light = governingVerb(ctx, i, sense.lightVerbs);
  let agents = leftAgent(ctx, i);
  if (agents.length === 0) agents = agentAfter(ctx, i, sense.agentPreps);
  if (agents.length === 0) agents = supportedAgent(ctx, i);
  let objects = objectAfter(ctx, i, sense.objectPreps);
  if (light && RECEIVING_VERBS.has(ctx.units[light].lower)) {
    // "Trump faced criticism from lawmakers": lawmakers criticize Trump.
    if (objects.length === 0) objects = subjectOf(ctx, light);
  } else if (agents.length === 0 && light !== undefined) {
    agents = subjectOf(ctx, light);
  }
  return pairs(ctx, agents, objects, sense.relation, trigger, i, i, sense.objectTypes);
}

const SUPPORT_WORDS = new Set(
  `support supports supported supporting backing back backs backed help helps helped helping assist assists
   assisted assisting assistance aid solidarity`.split(/\s+/),
);

/**
 * "support for the Government of Iraq in the fight against ISIL", "backed Kyiv in its war with Russia":
 * the one supported wages the fight. Returns the supported entities (with those coordinated with them).
 */
function supportedAgent(ctx: ArgumentContext, i: number): number[] {
  const { units } = ctx;
  let k = i - 1;
  if (!isWord(units[k], 'the', 'its', 'their', 'his', 'her') && !isPossessivePronoun(units[k])) return [];
  if (!isWord(units[--k], 'in')) return [];
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const u = units[j];
    if (u.kind !== 'entity') {
      if (isPunctuation(u) || (isContentVerb(units, j) && !SUPPORT_WORDS.has(u.lower))) return [];
      continue;
    }
    const list = coordinated(ctx, j, -1);
    const first = list[list.length - 1];
    const g = governor(ctx, first);
    const supportedBy =
      (g.kind === 'prep' &&
        /^(for|of|to)$/.test(g.word!) &&
        SUPPORT_WORDS.has(units[g.at! - 1]?.lower ?? '')) ||
      (g.kind === 'verb' && SUPPORT_WORDS.has(g.word!));
    return supportedBy ? coordinated(ctx, first, 1) : [];
  }
  return [];
}

/** "U.S. strikes", "U.S. drone strikes", "Mexico's rejection": the agent written before the noun. */
function leftAgent(ctx: ArgumentContext, i: number): number[] {
  let k = i - 1;
  for (let skipped = 0; skipped < 2 && k >= 0; skipped++) {
    const u = ctx.units[k];
    if (
      u.kind !== 'word' ||
      !/^[a-z-]+$/.test(u.lower) ||
      DETERMINERS.has(u.lower) ||
      PREPOSITIONS.has(u.lower)
    )
      break;
    if (isVerbLike(ctx.units, k) || COORDINATORS.has(u.lower)) break;
    k--;
  }
  if (isWord(ctx.units[k], "'s")) k--;
  const u = ctx.units[k];
  if (!u || u.kind !== 'entity' || ctx.clauses.of[k] !== ctx.clauses.of[i]) return [];
  const g = governor(ctx, k);
  // "strikes by X on Y" is handled on the right; "in Mexico's fight" keeps Mexico as the agent.
  if (g.kind === 'verb' && !isWord(ctx.units[k + 1], "'s")) return [];
  return [k];
}

/** "criticism from lawmakers", "strikes by the U.S.". */
function agentAfter(ctx: ArgumentContext, i: number, preps: ReadonlySet<string>): number[] {
  return entityAfterPrep(ctx, i, preps);
}

/** "threat to Mexico", "strikes on drug cartels", "cooperation with Mexico". */
function objectAfter(ctx: ArgumentContext, i: number, preps: ReadonlySet<string>): number[] {
  return entityAfterPrep(ctx, i, preps);
}

/** First entity after the noun governed by one of `preps`, before another predicate starts. */
function entityAfterPrep(ctx: ArgumentContext, i: number, preps: ReadonlySet<string>): number[] {
  if (preps.size === 0) return [];
  const clauseId = ctx.clauses.of[i];
  for (const k of ctx.clauses.list[clauseId].units) {
    if (k <= i) continue;
    if (k - i > NOUN_WINDOW) break;
    const u = ctx.units[k];
    if (u.kind === 'entity') {
      const g = governor(ctx, k);
      if (g.kind === 'prep' && preps.has(g.word!) && isObjectEntity(ctx, k, true) && !isPossessorOnly(ctx, k))
        return coordinated(ctx, k, 1);
      continue;
    }
    if (isContentVerb(ctx.units, k) || isPunctuation(u)) break;
  }
  return [];
}

/** "talks between X and Y". */
function betweenPair(ctx: ArgumentContext, i: number): [number, number] | undefined {
  for (let k = i + 1; k <= i + 3 && k < ctx.units.length; k++) {
    if (!isWord(ctx.units[k], 'between', 'among')) continue;
    let first = k + 1;
    while (ctx.units[first] && DETERMINERS.has(ctx.units[first].lower)) first++;
    if (ctx.units[first]?.kind !== 'entity') return undefined;
    const list = coordinated(ctx, first, 1);
    return list.length >= 2 ? [list[0], list[1]] : undefined;
  }
  return undefined;
}

/** A light or receiving verb a few words before the noun ("issued a hawkish threat", "faced criticism"). */
function governingVerb(
  ctx: ArgumentContext,
  i: number,
  ownLightVerbs?: ReadonlySet<string>,
): number | undefined {
  const clauseId = ctx.clauses.of[i];
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const u = ctx.units[k];
    if (ctx.clauses.of[k] !== clauseId || u.kind === 'entity') return undefined;
    const light = LIGHT_VERBS.has(u.lower) || RECEIVING_VERBS.has(u.lower) || !!ownLightVerbs?.has(u.lower);
    if (light && isVerbLike(ctx.units, k)) return k;
    if (isContentVerb(ctx.units, k) || isPunctuation(u)) return undefined;
  }
  return undefined;
}

function pairs(
  ctx: ArgumentContext,
  sources: number[],
  targets: number[],
  relation: RelationType,
  trigger: string,
  triggerStart: number,
  triggerEnd: number,
  objectTypes?: readonly string[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sources)
    for (const t of targets) {
      if (ctx.units[s].entity === ctx.units[t].entity) continue;
      if (objectTypes && !objectTypes.includes(ctx.units[t].type!)) continue;
      out.push({ source: s, target: t, relation, trigger, triggerStart, triggerEnd });
    }
  return out;
}

function triggerText(ctx: ArgumentContext, from: number, to: number): string {
  return ctx.units
    .slice(from, to + 1)
    .map((u) => u.text)
    .join(' ');
}
