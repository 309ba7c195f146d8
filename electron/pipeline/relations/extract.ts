/**
 * Relations of one sentence: units and clauses, candidates from triggers and from structural patterns
 * (roles, possessives, locations, attributions), entity-type checks, modality, evidence.
 */
import type { EntityType, Mention, RelationInstance, RelationType, Sentence } from '../types';
import type { ArgumentContext } from './arguments';
import { attributionCandidates } from './attribution';
import { compoundCandidates } from './compounds';
import { segmentClauses } from './clauses';
import type { CorpusKnowledge } from './knowledge';
import { locationCandidates } from './locations';
import { modalityOf } from './modality';
import { isWord } from './reading';
import { roleCandidates } from './roles';
import { triggerCandidates, type Candidate } from './triggers';
import { sentenceUnits } from './words';

/** Sentences longer than this many units are read only up to it (tables flattened into text...). */
export const MAX_UNITS_PER_SENTENCE = 400;
/** At most this many entity mentions of one sentence take part (500 names in a list state nothing). */
export const MAX_ENTITIES_PER_SENTENCE = 60;
/** At most this many relations from one sentence. */
export const MAX_RELATIONS_PER_SENTENCE = 40;

const ACTORS: readonly EntityType[] = ['person', 'organization', 'place'];

/** Which entity types may stand on each side of a relation (undefined: any). */
const SIGNATURES: Partial<
  Record<RelationType, { source?: readonly EntityType[]; target?: readonly EntityType[] }>
> = {
  threatens: { source: ACTORS },
  opposes: { source: ACTORS },
  criticizes: { source: ACTORS },
  supports: { source: [...ACTORS, 'policy'] },
  cooperates_with: { source: ACTORS, target: ACTORS },
  attacks: { source: [...ACTORS, 'event'] },
  deploys: { source: ACTORS, target: ['place', 'organization', 'event'] },
  plans: { source: ACTORS },
  designates: { source: [...ACTORS, 'policy'], target: ['organization', 'person', 'place', 'policy'] },
  targets: { source: [...ACTORS, 'policy', 'event'] },
  arrests: { source: [...ACTORS, 'event'], target: ['person', 'organization'] },
  // Countries act: "the U.S.-led coalition", "Russia controls Crimea".
  leads: { source: ACTORS, target: ['organization', 'place', 'event'] },
  member_of: { source: ['person', 'organization', 'place'], target: ['organization', 'place'] },
  reports: { source: ['person', 'organization', 'place'] },
  regulates: { source: ['policy', 'organization', 'person', 'place'] },
  located_in: { source: ['organization', 'event', 'place', 'person'], target: ['place'] },
  conducts: { source: ACTORS, target: ['event', 'policy'] },
  meets: { source: ACTORS, target: ACTORS },
};

/** The last reading of each sentence (units and clauses), with how many entity mentions it had. */
const readings = new WeakMap<Sentence, { mentions: number; ctx: ArgumentContext }>();

function rememberContext(sentence: Sentence, mentions: number, ctx: ArgumentContext): void {
  readings.set(sentence, { mentions, ctx });
}

/**
 * The reading the relation stage made of a sentence, if it had the same entity mentions (`mentions` of
 * them): the events stage reads the same units and clauses, so it need not split them again.
 */
export function readingOf(sentence: Sentence, mentions: number): ArgumentContext | undefined {
  const found = readings.get(sentence);
  return found && found.mentions === mentions ? found.ctx : undefined;
}

export interface SentenceInput {
  docId: string;
  sentence: Sentence;
  /** Mentions of this sentence (only those with an entity take part). */
  mentions: readonly Mention[];
  knowledge: CorpusKnowledge;
}

export function sentenceRelations(input: SentenceInput): RelationInstance[] {
  const { sentence, docId } = input;
  const mentions = input.mentions.filter((m) => m.entity).slice(0, MAX_ENTITIES_PER_SENTENCE);
  if (mentions.length === 0) return [];
  // One entity alone relates to nothing written, except a titled person or a government (their body
  // or country may be known to the corpus): skip the rest cheaply.
  if (
    mentions.every((m) => m.entity === mentions[0].entity) &&
    mentions[0].type !== 'person' &&
    mentions[0].type !== 'organization'
  )
    return [];
  const all = sentenceUnits(sentence, mentions);
  const units = all.slice(0, MAX_UNITS_PER_SENTENCE);
  if (!units.some((u) => u.kind === 'entity')) return [];
  const ctx: ArgumentContext = { units, clauses: segmentClauses(units) };
  if (all.length === units.length) rememberContext(sentence, mentions.length, ctx);

  // Roles, possessives and most location patterns mark themselves `structural` (asserted whatever the mood).
  const roles = roleCandidates(ctx, input.knowledge);
  const triggered = triggerCandidates(ctx);
  const typed = [
    ...triggered,
    ...actingAsPartOf(ctx, roles, triggered),
    ...roles,
    ...locationCandidates(ctx),
    ...compoundCandidates(ctx),
  ];
  const candidates = [...typed, ...attributionCandidates(ctx, typed)].filter((c) => fitsSignature(ctx, c));

  const evidence = { doc: docId, sentence: sentence.text, start: sentence.start, end: sentence.end };
  const seen = new Set<string>();
  const out: RelationInstance[] = [];
  for (const c of candidates) {
    const source = units[c.source].entity!;
    const target = c.targetEntity?.id ?? units[c.target].entity!;
    if (source === target) continue;
    const key = `${source}\u0000${c.relation}\u0000${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const modality = c.structural
      ? 'asserted'
      : modalityOf({
          units,
          clauses: ctx.clauses,
          trigger: c.triggerStart,
          triggerEnd: c.triggerEnd,
          isAttribution: c.isAttribution,
        });
    out.push({
      source,
      target,
      relation: c.relation,
      // To plan something is stated as fact, but what it relates to is only intended.
      modality:
        c.relation === 'plans' && (modality === 'asserted' || modality === 'reported') ? 'planned' : modality,
      evidence: { ...evidence },
      trigger: c.trigger,
    });
    if (out.length >= MAX_RELATIONS_PER_SENTENCE) break;
  }
  return out;
}

/**
 * "The UK, as part of the Global Coalition, provides support to Iraq": what a member does as part of a
 * body, the body does too. Copies the member's acts (from triggers) with the body as their subject.
 */
function actingAsPartOf(
  ctx: ArgumentContext,
  roles: readonly Candidate[],
  acts: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const r of roles) {
    if (r.relation !== 'member_of' || !isWord(ctx.units[r.triggerStart - 1], 'as')) continue;
    if (ctx.units[r.target]?.type !== 'organization') continue;
    for (const act of acts)
      if (
        act.source === r.source &&
        act.target !== r.target &&
        !act.isAttribution &&
        act.relation !== 'reports'
      )
        out.push({ ...act, source: r.target });
  }
  return out;
}

function fitsSignature(ctx: ArgumentContext, c: Candidate): boolean {
  const signature = SIGNATURES[c.relation];
  if (!signature) return true;
  const s = ctx.units[c.source].type!;
  const t = c.targetEntity?.type ?? ctx.units[c.target].type!;
  // A body is part of a country ("its National Guard"); a person is not a "member" of one.
  if (c.relation === 'member_of' && t === 'place' && s !== 'organization') return false;
  return (
    (!signature.source || signature.source.includes(s)) && (!signature.target || signature.target.includes(t))
  );
}
