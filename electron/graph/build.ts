/**
 * Graph stage: turns the corpus state (entities + relation instances) into the graphology multigraph of the
 * graph JSON contract (`../shared/guide/ontology.md`).
 *
 * - One node per entity.
 * - One edge per (source, relation, target): repeated statements are merged, `weight` = number of distinct
 *   supporting sentences, `evidence` = all of them, `modality` = the most certain statement; the per-evidence
 *   modality and trigger are kept as extension attributes aligned with `evidence`.
 * - Sentence co-occurrence is kept apart as `related_to` edges with their own weight and evidence, with a
 *   fan-out cap so one sentence naming hundreds of entities cannot explode the graph.
 */
import Graph from 'graphology';
import pkg from '../../package.json';
import type { CorpusState } from '../pipeline/index';
import {
  SYMMETRIC_RELATIONS,
  type AnnotatedDocument,
  type Evidence,
  type Modality,
  type RelationInstance,
  type RelationType,
} from '../pipeline/types';
import { rememberDocumentTexts } from './io/texts';
import type { CorpusDocumentJson, EdgeAttributes, GraphAttributes, NodeAttributes } from './schema';

export const EXTRACTOR = { name: pkg.name, version: pkg.version };

/** Most certain first: the order used to merge the modalities of one edge's statements. */
export const MODALITY_CERTAINTY: readonly Modality[] = [
  'asserted',
  'reported',
  'planned',
  'hypothetical',
  'negated',
];

/** At most this many distinct entities of one sentence take part in co-occurrence (n² pairs). */
export const MAX_COOCCURRING_ENTITIES = 24;

/** Extension attributes of typed edges, aligned index by index with `evidence`. */
export interface TypedEdgeExtensions {
  evidenceModality: Modality[];
  evidenceTrigger: Array<string | null>;
  /** True for relations that read the same both ways (stored once, source < target). */
  symmetric?: boolean;
}

export type BuiltEdgeAttributes = EdgeAttributes & Partial<TypedEdgeExtensions>;

export interface BuildOptions {
  maxCooccurringEntities?: number;
}

export function buildGraph(state: CorpusState, options: BuildOptions = {}): Graph {
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: false });
  const attributes: GraphAttributes = {
    corpus: state.documents.map(corpusEntry),
    extractor: { ...EXTRACTOR },
  };
  graph.replaceAttributes(attributes);
  rememberDocumentTexts(graph, state.documents);
  for (const e of state.entities) {
    if (graph.hasNode(e.id)) continue;
    const attributes: NodeAttributes = {
      label: e.label,
      type: e.type,
      aliases: [...new Set(e.aliases)],
      mentions: e.mentions.length,
      docs: [...new Set(e.docs)],
    };
    if (e.description) attributes.description = e.description;
    if (e.date) attributes.date = e.date;
    graph.addNode(e.id, attributes);
  }
  for (const edge of mergeRelations(state.relations)) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  const cap = options.maxCooccurringEntities ?? MAX_COOCCURRING_ENTITIES;
  for (const edge of cooccurrenceEdges(state.documents, cap)) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  return graph;
}

function corpusEntry(doc: AnnotatedDocument): CorpusDocumentJson {
  const entry: CorpusDocumentJson = { id: doc.id };
  if (doc.title) entry.title = doc.title;
  if (doc.date) entry.date = doc.date;
  if (doc.source) entry.source = doc.source;
  if (doc.url) entry.url = doc.url;
  entry.words = doc.sentences.reduce((n, s) => n + s.tokens.length, 0);
  return entry;
}

interface PendingEdge {
  key: string;
  source: string;
  target: string;
  attributes: BuiltEdgeAttributes;
}

/** Merges relation instances into one edge per (source, relation, target); drops self-relations. */
export function mergeRelations(relations: readonly RelationInstance[]): PendingEdge[] {
  const edges = new Map<string, PendingEdge & { seen: Set<string> }>();
  for (const r of relations) {
    if (r.relation === 'related_to' || r.source === r.target) continue;
    const symmetric = SYMMETRIC_RELATIONS.has(r.relation);
    const [source, target] = symmetric && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
    const key = edgeKey(r.relation, source, target);
    let edge = edges.get(key);
    if (!edge) {
      edge = {
        key,
        source,
        target,
        seen: new Set(),
        attributes: {
          relation: r.relation,
          modality: r.modality,
          weight: 0,
          evidence: [],
          evidenceModality: [],
          evidenceTrigger: [],
          ...(symmetric ? { symmetric: true } : {}),
        },
      };
      edges.set(key, edge);
    }
    const sentenceKey = `${r.evidence.doc}\u0000${r.evidence.start}`;
    const a = edge.attributes;
    const at = edge.seen.has(sentenceKey) ? a.evidence!.findIndex((e) => sameSentence(e, r.evidence)) : -1;
    if (at >= 0) {
      // Same sentence stated twice (two mentions of one entity): keep its most certain reading.
      a.evidenceModality![at] = moreCertain(a.evidenceModality![at], r.modality);
    } else {
      edge.seen.add(sentenceKey);
      a.evidence!.push(copyEvidence(r.evidence));
      a.evidenceModality!.push(r.modality);
      a.evidenceTrigger!.push(r.trigger ?? null);
    }
    a.weight = a.evidence!.length;
    a.modality = moreCertain(a.modality!, r.modality);
  }
  return [...edges.values()].map(({ seen: _seen, ...edge }) => edge);
}

/** `related_to` edges: distinct resolved entities sharing a sentence, one edge per unordered pair. */
export function cooccurrenceEdges(documents: readonly AnnotatedDocument[], cap: number): PendingEdge[] {
  const edges = new Map<string, PendingEdge>();
  for (const doc of documents) {
    for (const [index, entities] of entitiesBySentence(doc)) {
      const sentence = doc.sentences[index];
      if (!sentence) continue;
      const ids = [...entities].slice(0, cap).sort();
      const evidence: Evidence = {
        doc: doc.id,
        sentence: sentence.text,
        start: sentence.start,
        end: sentence.end,
      };
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = edgeKey('related_to', ids[i], ids[j]);
          let edge = edges.get(key);
          if (!edge) {
            edge = {
              key,
              source: ids[i],
              target: ids[j],
              attributes: { relation: 'related_to', weight: 0, evidence: [], symmetric: true },
            };
            edges.set(key, edge);
          }
          edge.attributes.evidence!.push({ ...evidence });
          edge.attributes.weight = edge.attributes.evidence!.length;
        }
      }
    }
  }
  return [...edges.values()];
}

/** Resolved entity ids per sentence index, in order of first mention. */
function entitiesBySentence(doc: AnnotatedDocument): Map<number, Set<string>> {
  const bySentence = new Map<number, Set<string>>();
  for (const m of doc.mentions) {
    if (!m.entity) continue;
    let set = bySentence.get(m.sentence);
    if (!set) bySentence.set(m.sentence, (set = new Set()));
    set.add(m.entity);
  }
  return bySentence;
}

export function edgeKey(relation: RelationType, source: string, target: string): string {
  return `${relation}:${source}->${target}`;
}

export function moreCertain(a: Modality, b: Modality): Modality {
  return MODALITY_CERTAINTY.indexOf(a) <= MODALITY_CERTAINTY.indexOf(b) ? a : b;
}

function sameSentence(a: Evidence, b: Evidence): boolean {
  return a.doc === b.doc && a.start === b.start;
}

function copyEvidence(e: Evidence): Evidence {
  return { doc: e.doc, sentence: e.sentence, start: e.start, end: e.end };
}
