/**
 * The seed articles as a real fixture, through the whole pipeline: the graph satisfies the graph JSON
 * contract, carries the metrics, keeps stated relations apart from co-occurrence, and states some
 * relations any reader of these articles finds (roles written as titles and appositions).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type Graph from 'graphology';
import { importGraphJson, exportGraphJson } from '../../../electron/graph/io/index';
import { serializedGraphSchema } from '../../../electron/graph/schema';
import { extractFromPath } from '../../../electron/pipeline/index';

const SEEDS = path.resolve(__dirname, '..', '..', '..', 'graph-data', 'corpus');
let graph: Graph;

beforeAll(async () => {
  graph = (await extractFromPath(SEEDS)).graph;
}, 120_000);

function has(source: string, relation: string, target: string): boolean {
  const id = (label: string) => graph.findNode((_n, a) => a.label === label);
  const s = id(source);
  const t = id(target);
  return !!s && !!t && graph.edges(s, t).some((e) => graph.getEdgeAttribute(e, 'relation') === relation);
}

describe('the seed corpus graph', () => {
  it('satisfies the graph JSON contract and survives a save and load', () => {
    const result = serializedGraphSchema.safeParse(graph.export());
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
    const reloaded = importGraphJson(exportGraphJson(graph, { includeText: true }));
    expect(reloaded.order).toBe(graph.order);
    expect(reloaded.size).toBe(graph.size);
  });

  it('has typed relations with modality and evidence, and co-occurrence apart', () => {
    const typed = graph.filterEdges((_e, a) => a.relation !== 'related_to');
    const related = graph.filterEdges((_e, a) => a.relation === 'related_to');
    expect(typed.length).toBeGreaterThan(30);
    expect(related.length).toBeGreaterThan(typed.length);
    for (const e of typed) {
      const a = graph.getEdgeAttributes(e);
      expect(a.weight).toBe(a.evidence.length);
      expect(a.evidenceModality).toHaveLength(a.evidence.length);
    }
  });

  it('stores the metrics on every node', () => {
    graph.forEachNode((_n, a) => {
      for (const key of ['degree', 'weightedDegree', 'pagerank', 'betweenness', 'community'])
        expect(Number.isFinite(a[key])).toBe(true);
    });
  });

  it.each([
    ['Courtney Kube', 'member_of', 'NBC News'],
    ['Claudia Sheinbaum', 'leads', 'Mexico'],
    ['Nicolás Maduro', 'leads', 'Venezuela'],
    ['Joint Special Operations Command', 'member_of', 'Department of Defense'],
  ])('states %s -%s-> %s', (source, relation, target) => {
    expect(has(source, relation, target)).toBe(true);
  });
});
