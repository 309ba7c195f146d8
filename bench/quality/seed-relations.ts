/**
 * Seed relation evaluation: the typed edges the product extracts from the five seed articles
 * (`extractFromPath('graph-data/corpus')`) against the hand annotation `tests/gold/seeds-relations.json`,
 * scored as `docs/annotation-guidelines.md` ("Scoring") says:
 *   - a node stands for the gold entities one of its names matches (the entity rule: label or alias equal
 *     to a gold alias after normalisation, same type; an ambiguous alias may match either entity);
 *   - predicted edges other than `related_to` whose two ends match gold entities are compared as (source,
 *     relation, target) triples; symmetric relations match in either direction;
 *   - typed P/R/F1, untyped P/R/F1 (any relation between the pair, either direction), and modality
 *     accuracy on typed matches;
 *   - optional gold relations, and predicted edges that match only optional ones or touch only optional
 *     entities, are left out of both sides.
 * Run alone for the misses and false positives: `npx tsx bench/quality/seed-relations.ts [gold] [corpus]`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Graph from 'graphology';
import { z } from 'zod';
import { extractFromPath } from '../../electron/pipeline/index';
import {
  ENTITY_TYPES,
  MODALITIES,
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  type EntityType,
  type Modality,
  type RelationType,
} from '../../electron/pipeline/types';
import type { QualityRow } from './entity-rows';
import { DEFAULT_CORPUS, scoringKey } from './seed-entities';

export const SEED_RELATIONS_SUITE = 'seeds-relations';
const ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_RELATION_GOLD = path.join(ROOT, 'tests', 'gold', 'seeds-relations.json');
export const DEFAULT_ENTITY_GOLD = path.join(ROOT, 'tests', 'gold', 'seeds-entities.json');

const entityGoldSchema = z.object({
  entities: z.array(
    z.object({
      id: z.string(),
      type: z.enum(ENTITY_TYPES),
      aliases: z.array(z.string()),
      optional: z.boolean().optional(),
    }),
  ),
});
const relationGoldSchema = z.object({
  relations: z.array(
    z.object({
      source: z.string(),
      relation: z.enum(RELATION_TYPES),
      target: z.string(),
      modality: z.enum(MODALITIES),
      optional: z.boolean().optional(),
    }),
  ),
});
export type GoldEntity = z.infer<typeof entityGoldSchema>['entities'][number];
export type GoldRelation = z.infer<typeof relationGoldSchema>['relations'][number];

export interface PredictedEdge {
  source: string;
  target: string;
  relation: RelationType;
  modality: Modality;
  /** Node labels, for the report. */
  sourceLabel: string;
  targetLabel: string;
  /** First evidence sentence, for the report. */
  sentence?: string;
}

export interface PredictedNodeNames {
  id: string;
  type: EntityType;
  names: string[];
}

export interface SeedRelationReport {
  rows: QualityRow[];
  misses: GoldRelation[];
  falsePositives: Array<PredictedEdge & { gold: string }>;
  wrongModality: Array<{ gold: GoldRelation; predicted: Modality }>;
}

export async function evaluateSeedRelations(
  goldPath = DEFAULT_RELATION_GOLD,
  corpus = DEFAULT_CORPUS,
  entityGoldPath = DEFAULT_ENTITY_GOLD,
): Promise<QualityRow[]> {
  return (await seedRelationReport(goldPath, corpus, entityGoldPath)).rows;
}

export async function seedRelationReport(
  goldPath = DEFAULT_RELATION_GOLD,
  corpus = DEFAULT_CORPUS,
  entityGoldPath = DEFAULT_ENTITY_GOLD,
): Promise<SeedRelationReport> {
  const entities = entityGoldSchema.parse(JSON.parse(readFileSync(entityGoldPath, 'utf8'))).entities;
  const relations = relationGoldSchema.parse(JSON.parse(readFileSync(goldPath, 'utf8'))).relations;
  const { graph } = await extractFromPath(corpus);
  return scoreRelations(entities, relations, nodesOf(graph), edgesOf(graph));
}

export function nodesOf(graph: Graph): PredictedNodeNames[] {
  return graph.mapNodes((id, a) => ({
    id,
    type: a.type as EntityType,
    names: [String(a.label), ...((a.aliases as string[] | undefined) ?? [])],
  }));
}

export function edgesOf(graph: Graph): PredictedEdge[] {
  const edges: PredictedEdge[] = [];
  graph.forEachEdge((_key, a, source, target, sa, ta) => {
    if (a.relation === 'related_to') return;
    edges.push({
      source,
      target,
      relation: a.relation as RelationType,
      modality: a.modality as Modality,
      sourceLabel: String(sa.label),
      targetLabel: String(ta.label),
      sentence: (a.evidence as Array<{ sentence: string }> | undefined)?.[0]?.sentence,
    });
  });
  return edges;
}

/** Scores predicted edges against the gold (pure: used by the suite and its tests). */
export function scoreRelations(
  goldEntities: readonly GoldEntity[],
  goldRelations: readonly GoldRelation[],
  nodes: readonly PredictedNodeNames[],
  edges: readonly PredictedEdge[],
): SeedRelationReport {
  const entityById = new Map(goldEntities.map((e) => [e.id, e]));
  const byKey = new Map<string, GoldEntity[]>();
  for (const e of goldEntities)
    for (const alias of e.aliases) {
      const key = scoringKey(alias);
      const list = byKey.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      byKey.set(key, list);
    }
  // Each node stands for every same-typed gold entity one of its names matches.
  const standsFor = new Map<string, GoldEntity[]>();
  for (const node of nodes) {
    const found = new Set<GoldEntity>();
    for (const name of node.names)
      for (const g of byKey.get(scoringKey(name)) ?? []) if (g.type === node.type) found.add(g);
    standsFor.set(node.id, [...found]);
  }

  const scored = goldRelations.filter((r) => !r.optional);
  const optional = goldRelations.filter((r) => r.optional);
  const sameTriple = (g: GoldRelation, s: string, rel: RelationType, t: string) =>
    g.relation === rel &&
    ((g.source === s && g.target === t) ||
      (SYMMETRIC_RELATIONS.has(rel) && g.source === t && g.target === s));
  const samePair = (g: GoldRelation, a: string, b: string) =>
    (g.source === a && g.target === b) || (g.source === b && g.target === a);

  const report: SeedRelationReport = { rows: [], misses: [], falsePositives: [], wrongModality: [] };
  const matchedGold = new Map<GoldRelation, Modality>();
  let typedPredicted = 0;
  let typedHits = 0;
  const predictedPairs = new Set<string>();
  const perRelation = new Map<RelationType, { predicted: number; hits: number }>();
  const pairKey = (a: string, b: string) => [a, b].sort().join('\u0000');

  for (const edge of edges) {
    const sources = (standsFor.get(edge.source) ?? []).map((g) => g.id);
    const targets = (standsFor.get(edge.target) ?? []).map((g) => g.id);
    const scoredEnds = (ids: string[]) => ids.filter((id) => !entityById.get(id)?.optional);
    if (scoredEnds(sources).length === 0 || scoredEnds(targets).length === 0) continue;
    const combos = sources.flatMap((s) => targets.filter((t) => t !== s).map((t) => [s, t] as const));
    const hit = scored.find((g) => combos.some(([s, t]) => sameTriple(g, s, edge.relation, t)));
    const optionalHit = optional.find((g) => combos.some(([s, t]) => sameTriple(g, s, edge.relation, t)));
    if (!hit && optionalHit) continue;
    const stats = perRelation.get(edge.relation) ?? { predicted: 0, hits: 0 };
    perRelation.set(edge.relation, stats);
    typedPredicted++;
    stats.predicted++;
    if (hit && !matchedGold.has(hit)) {
      typedHits++;
      stats.hits++;
      matchedGold.set(hit, edge.modality);
      if (edge.modality !== hit.modality) report.wrongModality.push({ gold: hit, predicted: edge.modality });
    } else {
      report.falsePositives.push({
        ...edge,
        gold: hit
          ? `duplicate of ${hit.source} -> ${hit.target}`
          : combos.map((c) => c.join(' -> ')).join(' | '),
      });
    }
    // Untyped: the pair, unless it is only an optional relation's pair.
    const pairHit = combos.find(([s, t]) => scored.some((g) => samePair(g, s, t)));
    const pairOptional = combos.some(([s, t]) => optional.some((g) => samePair(g, s, t)));
    if (pairHit) predictedPairs.add(pairKey(pairHit[0], pairHit[1]));
    else if (!pairOptional) predictedPairs.add(`fp:${edge.source}\u0000${edge.target}`);
  }
  report.misses = scored.filter((g) => !matchedGold.has(g));

  const goldPairs = new Set(scored.map((g) => pairKey(g.source, g.target)));
  const pairHits = [...predictedPairs].filter((p) => goldPairs.has(p)).length;
  const prf = (hits: number, predicted: number, support: number, found = hits) => {
    const precision = predicted ? hits / predicted : 0;
    const recall = support ? found / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1 };
  };
  const row = (
    label: string,
    m: { precision: number; recall: number; f1: number },
    support: number,
    note?: string,
  ): QualityRow => ({
    suite: SEED_RELATIONS_SUITE,
    label,
    ...m,
    support,
    ...(note ? { note } : {}),
  });
  const modalityRight = [...matchedGold].filter(([g, m]) => g.modality === m).length;
  const accuracy = matchedGold.size ? modalityRight / matchedGold.size : 0;
  report.rows = [
    row(
      'typed',
      prf(typedHits, typedPredicted, scored.length),
      scored.length,
      `${typedPredicted} predicted edges, ${report.misses.length} misses; target F1 >= 0.65`,
    ),
    row('untyped', prf(pairHits, predictedPairs.size, goldPairs.size), goldPairs.size),
    row(
      'modality',
      { precision: accuracy, recall: accuracy, f1: accuracy },
      matchedGold.size,
      'accuracy on typed matches',
    ),
    ...RELATION_TYPES.filter((r) => r !== 'related_to').map((relation) => {
      const stats = perRelation.get(relation) ?? { predicted: 0, hits: 0 };
      const support = scored.filter((g) => g.relation === relation).length;
      return row(relation, prf(stats.hits, stats.predicted, support), support);
    }),
  ];
  return report;
}

/** `npx tsx bench/quality/seed-relations.ts [relations.json] [corpus] [entities.json]` (dev gold: all three). */
async function main(): Promise<void> {
  const [goldPath, corpus, entityGold] = process.argv.slice(2);
  const report = await seedRelationReport(
    goldPath ?? DEFAULT_RELATION_GOLD,
    corpus ?? DEFAULT_CORPUS,
    entityGold ?? DEFAULT_ENTITY_GOLD,
  );
  for (const r of report.rows) {
    const cells = [
      r.label.padEnd(16),
      r.precision.toFixed(3),
      r.recall.toFixed(3),
      r.f1.toFixed(3),
      String(r.support).padStart(3),
    ];
    console.log([...cells, r.note ?? ''].join('  '));
  }
  for (const m of report.misses)
    console.log(`miss      ${m.source} -${m.relation}-> ${m.target} (${m.modality})`);
  for (const f of report.falsePositives)
    console.log(
      `false pos ${f.sourceLabel} -${f.relation}-> ${f.targetLabel} (${f.modality})  [${f.gold}]  ${f.sentence?.slice(0, 100) ?? ''}`,
    );
  for (const w of report.wrongModality)
    console.log(
      `modality  ${w.gold.source} -${w.gold.relation}-> ${w.gold.target}: gold ${w.gold.modality}, predicted ${w.predicted}`,
    );
}

if (require.main === module) void main();
