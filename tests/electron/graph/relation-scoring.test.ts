/**
 * The seed relation scorer (bench/quality/seed-relations.ts) on hand-made cases: symmetric relations in
 * either direction, optional gold relations ignored on both sides, edges touching non-gold nodes ignored,
 * ambiguous aliases matching either entity, duplicates counted as false positives.
 */
import { describe, expect, it } from 'vitest';
import {
  scoreRelations,
  type GoldEntity,
  type GoldRelation,
  type PredictedEdge,
  type PredictedNodeNames,
} from '../../../bench/quality/seed-relations';

const ENTITIES: GoldEntity[] = [
  { id: 'person:a', type: 'person', aliases: ['Ann Lee', 'Lee'] },
  { id: 'place:x', type: 'place', aliases: ['Xland'] },
  { id: 'place:y', type: 'place', aliases: ['Yland'] },
  { id: 'event:p1', type: 'event', aliases: ['plan', 'first plan'] },
  { id: 'event:p2', type: 'event', aliases: ['plan', 'second plan'] },
  { id: 'organization:o', type: 'organization', aliases: ['Org'], optional: true },
];
const GOLD: GoldRelation[] = [
  { source: 'person:a', relation: 'leads', target: 'place:x', modality: 'asserted' },
  { source: 'place:x', relation: 'meets', target: 'place:y', modality: 'asserted' },
  { source: 'person:a', relation: 'plans', target: 'event:p2', modality: 'planned' },
  { source: 'person:a', relation: 'criticizes', target: 'place:y', modality: 'asserted', optional: true },
];
const NODES: PredictedNodeNames[] = [
  { id: 'n-ann', type: 'person', names: ['Ann Lee'] },
  { id: 'n-ann-2', type: 'person', names: ['Lee'] },
  { id: 'n-x', type: 'place', names: ['Xland'] },
  { id: 'n-y', type: 'place', names: ['the Yland'] },
  { id: 'n-plan', type: 'event', names: ['deployment', 'plan'] },
  { id: 'n-other', type: 'place', names: ['Zland'] },
];
const edge = (
  source: string,
  relation: PredictedEdge['relation'],
  target: string,
  modality: PredictedEdge['modality'] = 'asserted',
): PredictedEdge => ({
  source,
  target,
  relation,
  modality,
  sourceLabel: source,
  targetLabel: target,
});

describe('scoreRelations', () => {
  it('scores typed and untyped matches with the guidelines rules', () => {
    const report = scoreRelations(ENTITIES, GOLD, NODES, [
      edge('n-ann', 'leads', 'n-x'), // hit
      edge('n-y', 'meets', 'n-x'), // symmetric hit in the other direction
      edge('n-ann', 'plans', 'n-plan', 'asserted'), // hit through the ambiguous alias "plan", wrong modality
      edge('n-ann', 'criticizes', 'n-y'), // matches only an optional relation: ignored
      edge('n-ann', 'attacks', 'n-other'), // an end outside the gold: ignored
      edge('n-ann-2', 'leads', 'n-x'), // the duplicate node's repeat: false positive
      edge('n-x', 'attacks', 'n-y'), // wrong type between a gold pair: typed false positive, untyped hit
    ]);
    const typed = report.rows.find((r) => r.label === 'typed')!;
    expect(typed.precision).toBeCloseTo(3 / 5);
    expect(typed.recall).toBeCloseTo(3 / 3);
    const untyped = report.rows.find((r) => r.label === 'untyped')!;
    expect(untyped.recall).toBeCloseTo(1);
    expect(untyped.precision).toBeCloseTo(1);
    const modality = report.rows.find((r) => r.label === 'modality')!;
    expect(modality.precision).toBeCloseTo(2 / 3);
    expect(report.misses).toEqual([]);
    expect(report.falsePositives).toHaveLength(2);
  });

  it('reports the gold relations nothing matched', () => {
    const report = scoreRelations(ENTITIES, GOLD, NODES, []);
    expect(report.misses.map((m) => m.relation).sort()).toEqual(['leads', 'meets', 'plans']);
    expect(report.rows.find((r) => r.label === 'typed')!.recall).toBe(0);
  });
});
