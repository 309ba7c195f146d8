/**
 * Events stage: event nodes for eventive phrases that recur ("the planned deployment to Mexico", "sending
 * troops to Mexico", "the plan"), linked to who conducts or plans them, where they happen and what they
 * target; dates for every event (named ones from the entity stage included), resolved against the
 * document's date. Rules live in `events/`; design notes in docs/relations.md.
 *
 * Runs after the relation stage: sentences that gain an event mention are read again by the relation
 * rules, so "criticized the unwanted strikes" relates to the strikes' node.
 */
import type { CorpusState } from './index';
import { clusterPhrases, type EventCluster, type LocatedPhrase } from './events/cluster';
import { findDates } from './events/dates';
import { eventPhrases, type EventPhrase } from './events/detect';
import { EVENT_NOUNS, EVENT_VERBS, FAMILIES } from './events/lexicon';
import type { ArgumentContext } from './relations/arguments';
import { segmentClauses } from './relations/clauses';
import { readingOf, sentenceRelations } from './relations/extract';
import { corpusKnowledge } from './relations/knowledge';
import { lexiconDemonym, relationKnowledge } from './relations';
import { modalityOf } from './relations/modality';
import { sentenceUnits, sentenceWords } from './relations/words';
import type {
  AnnotatedDocument,
  Entity,
  Mention,
  Modality,
  RelationInstance,
  RelationType,
  Sentence,
} from './types';

/** Sentences with more units than this are not searched for events (flattened tables and the like). */
const MAX_UNITS = 400;

interface SentenceView {
  doc: AnnotatedDocument;
  sentence: Sentence;
  ctx: ArgumentContext;
}

export function linkEvents(state: CorpusState): void {
  const knowledge = corpusKnowledge(state.entities, undefined, lexiconDemonym);
  const views = new Map<string, SentenceView>();
  const perDocument: LocatedPhrase[][] = [];
  for (const doc of state.documents) {
    const mentionsBySentence = groupBySentence(doc.mentions);
    const phrases: LocatedPhrase[] = [];
    for (const sentence of doc.sentences) {
      if (!sentenceWords(sentence).some((w) => EVENT_NOUNS.has(w.lower) || EVENT_VERBS.has(w.lower)))
        continue;
      const mentions = mentionsBySentence.get(sentence.index) ?? [];
      const ctx = readingOf(sentence, mentions.length) ?? readSentence(sentence, mentions);
      if (!ctx) continue;
      const found = eventPhrases(ctx, knowledge);
      if (found.length === 0) continue;
      views.set(viewKey(doc.id, sentence.index), { doc, sentence, ctx });
      for (const phrase of found) phrases.push({ docId: doc.id, sentence: sentence.index, phrase });
    }
    perDocument.push(phrases);
  }

  const clusters = clusterPhrases(perDocument);
  const taken = new Set(state.entities.map((e) => e.id));
  const affected = new Set<string>();
  const links: RelationInstance[] = [];
  const places: EventPlace[] = [];
  const named = state.entities.filter((e) => e.type === 'policy' || e.type === 'event');
  for (const cluster of clusters) {
    // "the free trade agreement" in an article naming the African Continental Free Trade Area: that one.
    const existing = namedReferent(cluster, named);
    const entity = existing ?? eventEntity(cluster, taken);
    taken.add(entity.id);
    for (const located of cluster.phrases) {
      const view = views.get(viewKey(located.docId, located.sentence))!;
      // A verbal phrase ("sending troops to Mexico") keeps its verb for the relation rules: no mention.
      const mention = located.phrase.verbal
        ? undefined
        : eventMention(view, located.phrase, entity.id, entity.type);
      places.push({
        entity,
        docId: located.docId,
        sentence: located.sentence,
        at: view.ctx.units[located.phrase.head].start,
      });
      if (mention) {
        view.doc.mentions.push(mention);
        entity.mentions.push(mention);
        affected.add(viewKey(located.docId, located.sentence));
      }
      if (!entity.docs.includes(located.docId)) entity.docs.push(located.docId);
      entity.aliases.push(located.phrase.text);
      links.push(...eventLinks(view, located.phrase, cluster, entity.id));
    }
    entity.aliases = [...new Set(entity.aliases)];
    if (!existing) state.entities.push(entity);
  }

  rereadSentences(state, affected);
  state.relations.push(...links);
  for (const e of state.entities) {
    if (e.type !== 'event') continue;
    for (const m of e.mentions)
      if (!places.some((p) => p.entity === e && p.at === m.start))
        places.push({ entity: e, docId: m.docId, sentence: m.sentence, at: m.start });
  }
  datesForEvents(state, places);
}

/**
 * The named policy or event (from the entity stage) a description refers to: one named in the same
 * document whose name holds every content word of the description ("free trade agreement" -> the
 * "African Continental Free Trade Area"; "nuclear deal" -> the "Iran nuclear deal"). One candidate only.
 */
function namedReferent(cluster: EventCluster, named: readonly Entity[]): Entity | undefined {
  if (cluster.key) return undefined;
  const type = FAMILIES[cluster.family].type ?? 'event';
  const content = (cluster.phrases.find((p) => p.phrase.content)?.phrase.content ?? '')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (content.length === 0) return undefined;
  const docs = new Set(cluster.phrases.map((p) => p.docId));
  const candidates = named.filter(
    (e) =>
      e.type === type &&
      e.docs.some((d) => docs.has(d)) &&
      [e.label, ...e.aliases].some((name) => {
        const words = new Set(name.toLowerCase().split(/[\s-]+/));
        return content.every((w) => words.has(w));
      }),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Units and clauses of a sentence the relation stage did not read (no entity, or too long: none). */
function readSentence(sentence: Sentence, mentions: readonly Mention[]): ArgumentContext | undefined {
  const units = sentenceUnits(sentence, mentions);
  return units.length > MAX_UNITS ? undefined : { units, clauses: segmentClauses(units) };
}

function viewKey(docId: string, sentence: number): string {
  return `${docId}\u0000${sentence}`;
}

function groupBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const map = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!m.entity) continue;
    const list = map.get(m.sentence) ?? [];
    list.push(m);
    map.set(m.sentence, list);
  }
  return map;
}

/**
 * The event's node: id and label from its family and key ("strikes in the Caribbean"), or the phrase that
 * names it ("Kabul car bombing", "measles outbreak"). Laws, bans, sanctions and agreements are policies.
 */
function eventEntity(cluster: EventCluster, taken: ReadonlySet<string>): Entity {
  const info = FAMILIES[cluster.family];
  const type = info.type ?? 'event';
  const label = cluster.label ?? keyLabel(cluster);
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  let id = `${type}:${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${type}:${slug}-${n}`;
  return { id, label, type, aliases: [label], mentions: [], docs: [] };
}

/** "strikes in the Caribbean", "deployment to Mexico", "arrest of X", "ban on X". */
function keyLabel(cluster: EventCluster): string {
  const info = FAMILIES[cluster.family];
  if (!cluster.key) return info.labelNoun;
  const prep =
    cluster.key.role === 'place'
      ? cluster.family === 'deployment'
        ? 'to'
        : 'in'
      : cluster.family === 'arrest'
        ? 'of'
        : cluster.family === 'strike'
          ? 'on'
          : info.type === 'policy'
            ? 'on'
            : 'against';
  // A described family keeps its own head ("rally in Minsk", "ban on Mahan Air"), not the family's noun.
  const noun = info.descriptive ? (cluster.phrases[0]?.phrase.headWord ?? info.labelNoun) : info.labelNoun;
  return `${noun} ${prep} ${cluster.key.surface}`;
}

/** A mention over the phrase's name (modifiers + head), unless it would overlap an existing mention. */
function eventMention(
  view: SentenceView,
  phrase: EventPhrase,
  entity: string,
  type: Entity['type'],
): Mention | undefined {
  const { units } = view.ctx;
  const start = units[phrase.spanStart].start;
  const end = units[phrase.spanEnd].end;
  if (view.doc.mentions.some((m) => m.sentence === view.sentence.index && m.start < end && m.end > start))
    return undefined;
  const tokens = view.sentence.tokens;
  let tokenStart = tokens.findIndex((t) => t.end > start);
  if (tokenStart < 0) tokenStart = tokens.length;
  let tokenEnd = tokens.findIndex((t) => t.start >= end);
  if (tokenEnd < 0) tokenEnd = tokens.length;
  return {
    docId: view.doc.id,
    sentence: view.sentence.index,
    tokenStart,
    tokenEnd,
    start,
    end,
    text: view.doc.text.slice(start, end),
    type,
    source: 'rule',
    entity,
  };
}

/** Where the event happens, what it targets, and who conducts or plans it, from one phrase. */
function eventLinks(
  view: SentenceView,
  phrase: EventPhrase,
  cluster: EventCluster,
  event: string,
): RelationInstance[] {
  const { units, clauses } = view.ctx;
  const evidence = {
    doc: view.doc.id,
    sentence: view.sentence.text,
    start: view.sentence.start,
    end: view.sentence.end,
  };
  const modality = modalityOf({ units, clauses, trigger: phrase.head });
  const out: RelationInstance[] = [];
  const add = (source: string, relation: RelationType, target: string, m: Modality, trigger: string) => {
    if (source !== target)
      out.push({ source, target, relation, modality: m, evidence: { ...evidence }, trigger });
  };
  const key = phrase.key;
  const headText = units[phrase.head].text;
  if (key?.role === 'place' && (cluster.key?.role === 'place' || key.id !== cluster.key?.id))
    add(event, 'located_in', key.id, modality, headText);
  if (key?.role === 'target') add(event, 'targets', key.id, modality, headText);
  // key.role 'agent': the issuer, linked as an agent below.
  if (phrase.target) add(event, 'targets', phrase.target.id, modality, headText);
  // Owning a plan, or an event only intended, is planning it; an event that happened is conducted.
  // A policy's issuer issues it ("Australia's privacy law", "U.S. sanctions"): the sentence's future bears
  // on something else ("the software will respect Australia's privacy law"), so no plan is read into it.
  const policy = FAMILIES[phrase.family].type === 'policy';
  const isPlan =
    !policy && (phrase.family === 'plan' || modality === 'planned' || modality === 'hypothetical');
  for (const a of phrase.agents) {
    const agent = units[a];
    if (!agent?.entity || agent.type === 'event' || agent.type === 'policy') continue;
    const m: Modality = isPlan && (modality === 'asserted' || modality === 'reported') ? 'planned' : modality;
    add(agent.entity, isPlan ? 'plans' : 'conducts', event, policy ? modality : m, headText);
  }
  return out;
}

/** Relations of sentences that gained an event mention, extracted again with the event in place. */
function rereadSentences(state: CorpusState, affected: ReadonlySet<string>): void {
  if (affected.size === 0) return;
  const knowledgeOf = relationKnowledge(state);
  const sentenceAt = new Map<string, number>();
  for (const doc of state.documents)
    for (const s of doc.sentences) sentenceAt.set(`${doc.id}\u0000${s.start}`, s.index);
  state.relations = state.relations.filter((r) => {
    const index = sentenceAt.get(`${r.evidence.doc}\u0000${r.evidence.start}`);
    return index === undefined || !affected.has(viewKey(r.evidence.doc, index));
  });
  for (const doc of state.documents) {
    const bySentence = groupBySentence(doc.mentions);
    const knowledge = knowledgeOf(doc);
    for (const sentence of doc.sentences) {
      if (!affected.has(viewKey(doc.id, sentence.index))) continue;
      const mentions = bySentence.get(sentence.index) ?? [];
      state.relations.push(...sentenceRelations({ docId: doc.id, sentence, mentions, knowledge }));
    }
  }
}

/**
 * Each event's date: the date expression nearest to one of its mentions in the same sentence, the
 * earliest over its mentions. Relative expressions use the document's date; without one, only
 * explicit dates count.
 */
function datesForEvents(state: CorpusState, places: readonly EventPlace[]): void {
  const docs = new Map(state.documents.map((d) => [d.id, d]));
  const byEntity = new Map<Entity, string[]>();
  for (const p of places) {
    if (p.entity.date) continue;
    const doc = docs.get(p.docId);
    const sentence = doc?.sentences[p.sentence];
    if (!doc || !sentence) continue;
    const found = findDates(sentence.text, doc.date);
    if (found.length === 0) continue;
    const at = p.at - sentence.start;
    found.sort((a, b) => distance(a, at) - distance(b, at));
    const list = byEntity.get(p.entity) ?? [];
    list.push(found[0].date);
    byEntity.set(p.entity, list);
  }
  for (const [entity, dates] of byEntity) entity.date = dates.sort()[0];
}

/** Where an event is written: a mention, or a verbal phrase that has none. */
interface EventPlace {
  entity: Entity;
  docId: string;
  sentence: number;
  /** Offset in the document. */
  at: number;
}

function distance(span: { start: number; end: number }, at: number): number {
  return at < span.start ? span.start - at : at > span.end ? at - span.end : 0;
}
