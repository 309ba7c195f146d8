import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json';
import { buildGraph, MAX_COOCCURRING_ENTITIES } from '../../../electron/graph/build';
import { serializedGraphSchema } from '../../../electron/graph/schema';
import type { Modality, RelationInstance } from '../../../electron/pipeline/types';
import { annotate, corpusState, type EntitySpec } from '../pipeline/relations-helpers';

const ENTITIES: Record<string, EntitySpec> = {
  trump: { type: 'person', forms: ['Donald Trump', 'Trump'] },
  mexico: { type: 'place', forms: ['Mexico'] },
  pentagon: { type: 'organization', forms: ['Pentagon'] },
};

const TEXT =
  'Donald Trump threatened Mexico on Monday. Trump again threatened Mexico, officials said. ' +
  'The Pentagon and Mexico met in secret. Trump could threaten Mexico.';

function fixture() {
  const doc = annotate({ id: 'a.txt', text: TEXT, date: '2025-03-01', title: 'T' }, ENTITIES);
  const state = corpusState([doc], ENTITIES);
  const evidence = (i: number) => {
    const s = doc.sentences[i];
    return { doc: doc.id, sentence: s.text, start: s.start, end: s.end };
  };
  const rel = (
    source: string,
    relation: RelationInstance['relation'],
    target: string,
    i: number,
    modality: Modality,
  ) =>
    ({ source, target, relation, modality, evidence: evidence(i), trigger: 'x' }) satisfies RelationInstance;
  state.relations = [
    rel('trump', 'threatens', 'mexico', 0, 'asserted'),
    rel('trump', 'threatens', 'mexico', 1, 'reported'),
    rel('trump', 'threatens', 'mexico', 1, 'reported'), // same sentence twice: one piece of evidence
    rel('trump', 'threatens', 'mexico', 3, 'hypothetical'),
    rel('pentagon', 'meets', 'mexico', 2, 'asserted'),
    rel('mexico', 'meets', 'pentagon', 2, 'asserted'), // symmetric: the same edge
    rel('trump', 'threatens', 'trump', 0, 'asserted'), // self-relation: dropped
  ];
  return { doc, state };
}

describe('buildGraph', () => {
  it('makes one node per entity with the contract attributes', () => {
    const graph = buildGraph(fixture().state);
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttributes('trump')).toMatchObject({
      label: 'Donald Trump',
      type: 'person',
      mentions: 3,
      docs: ['a.txt'],
    });
    expect(graph.getNodeAttribute('trump', 'aliases').sort()).toEqual(['Donald Trump', 'Trump']);
  });

  it('merges repeated statements into one weighted edge with all evidence and the most certain modality', () => {
    const graph = buildGraph(fixture().state);
    const edges = graph.filterEdges('trump', 'mexico', (_e, a) => a.relation === 'threatens');
    expect(edges).toHaveLength(1);
    const a = graph.getEdgeAttributes(edges[0]);
    expect(a.weight).toBe(3);
    expect(a.modality).toBe('asserted');
    expect(a.evidenceModality).toEqual(['asserted', 'reported', 'hypothetical']);
    expect(a.evidence.map((e: { start: number }) => e.start)).toEqual([
      0,
      TEXT.indexOf('Trump again'),
      TEXT.indexOf('Trump could'),
    ]);
  });

  it('stores a symmetric relation once whichever way it was stated', () => {
    const graph = buildGraph(fixture().state);
    const meets = graph.filterEdges((_e, a) => a.relation === 'meets');
    expect(meets).toHaveLength(1);
    expect(graph.getEdgeAttributes(meets[0])).toMatchObject({ weight: 1, symmetric: true });
  });

  it('drops self-relations', () => {
    const graph = buildGraph(fixture().state);
    expect(graph.filterEdges((_e, _a, s, t) => s === t)).toHaveLength(0);
  });

  it('keeps sentence co-occurrence apart as related_to edges with their own weight and evidence', () => {
    const graph = buildGraph(fixture().state);
    const related = graph.filterEdges((_e, a) => a.relation === 'related_to');
    const weights = Object.fromEntries(
      related.map((e) => [`${graph.source(e)}-${graph.target(e)}`, graph.getEdgeAttribute(e, 'weight')]),
    );
    expect(weights).toEqual({ 'mexico-trump': 3, 'mexico-pentagon': 1 });
  });

  it('records the corpus and the extractor version', () => {
    const graph = buildGraph(fixture().state);
    expect(graph.getAttribute('extractor')).toEqual({ name: pkg.name, version: pkg.version });
    expect(graph.getAttribute('corpus')).toEqual([
      { id: 'a.txt', title: 'T', date: '2025-03-01', words: expect.any(Number) },
    ]);
    expect(graph.getAttribute('corpus')[0].words).toBeGreaterThan(20);
  });

  it('exports data that satisfies the graph JSON schema', () => {
    const result = serializedGraphSchema.safeParse(buildGraph(fixture().state).export());
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
  });

  it('keeps every evidence sentence verbatim at its offsets', () => {
    const { doc, state } = fixture();
    const graph = buildGraph(state);
    graph.forEachEdge((_e, a) => {
      for (const ev of a.evidence) expect(doc.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    });
  });

  it('bounds co-occurrence when one sentence names hundreds of entities', () => {
    const n = 500;
    const entities: Record<string, EntitySpec> = {};
    for (let i = 0; i < n; i++) entities[`e${i}`] = { type: 'organization', forms: [`Org${i}x`] };
    const text = `${Object.values(entities)
      .map((e) => e.forms[0])
      .join(', ')} met.`;
    const graph = buildGraph(corpusState([annotate({ text }, entities)], entities));
    expect(graph.order).toBe(n);
    const cap = MAX_COOCCURRING_ENTITIES;
    expect(graph.size).toBe((cap * (cap - 1)) / 2);
  });
});
