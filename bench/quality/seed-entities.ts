/**
 * Seed entity evaluation: the nodes the product extracts from the five seed articles
 * (`extractFromPath('graph-data/corpus')`) against the hand annotation `tests/gold/seeds-entities.json`,
 * scored exactly as `docs/annotation-guidelines.md` ("Scoring") says:
 *   - a predicted node matches a gold entity when its label or one of its aliases equals one of the gold
 *     entity's aliases (case-insensitive, whitespace and quotes normalised, a leading "the" and a trailing
 *     possessive ignored) and the types agree;
 *   - precision = matching predicted nodes / predicted nodes; a second node matching an already matched gold
 *     entity is a duplicate and counts as a false positive; recall = matched gold entities / gold entities;
 *   - optional gold entities, and predicted nodes that match only optional ones, are left out of both sides.
 * Run alone for the misses and false positives: `npx tsx bench/quality/seed-entities.ts [gold] [corpus]`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { extractFromPath } from '../../electron/pipeline/index';
import { ENTITY_TYPES, type EntityType } from '../../electron/pipeline/types';
import type { QualityRow } from './entity-rows';

export const SEED_ENTITIES_SUITE = 'seeds-entities';
const ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_GOLD = path.join(ROOT, 'tests', 'gold', 'seeds-entities.json');
export const DEFAULT_CORPUS = path.join(ROOT, 'graph-data', 'corpus');

const goldSchema = z.object({
  entities: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      type: z.enum(ENTITY_TYPES),
      aliases: z.array(z.string()),
      optional: z.boolean().optional(),
    }),
  ),
});
type GoldEntity = z.infer<typeof goldSchema>['entities'][number];

export interface PredictedNode {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

export interface SeedEntityReport {
  rows: QualityRow[];
  /** Gold entities no node matched. */
  misses: Array<{ id: string; type: EntityType; label: string }>;
  /** Nodes that match no gold entity (`reason` says if only the type disagrees). */
  falsePositives: Array<{ id: string; type: EntityType; label: string; reason: string }>;
  /** Nodes matching a gold entity another node already matched. */
  duplicates: Array<{ id: string; label: string; of: string }>;
}

/** The guidelines' comparison form of a surface string. */
export function scoringKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s?$/, '')
    .trim();
}

export async function evaluateSeedEntities(
  goldPath = DEFAULT_GOLD,
  corpus = DEFAULT_CORPUS,
): Promise<QualityRow[]> {
  return (await seedEntityReport(goldPath, corpus)).rows;
}

export async function seedEntityReport(
  goldPath = DEFAULT_GOLD,
  corpus = DEFAULT_CORPUS,
): Promise<SeedEntityReport> {
  const gold = goldSchema.parse(JSON.parse(readFileSync(goldPath, 'utf8'))).entities;
  const { graph } = await extractFromPath(corpus);
  const nodes: PredictedNode[] = graph.mapNodes((id, a) => ({
    id,
    label: String(a.label),
    type: a.type as EntityType,
    aliases: (a.aliases as string[] | undefined) ?? [],
    mentions: Number(a.mentions ?? 0),
  }));
  return scoreEntities(gold, nodes);
}

/** Scores predicted nodes against gold entities (pure: used by the suite and its tests). */
export function scoreEntities(
  gold: readonly GoldEntity[],
  nodes: readonly PredictedNode[],
): SeedEntityReport {
  const goldByKey = new Map<string, GoldEntity[]>();
  for (const entity of gold) {
    for (const alias of entity.aliases) {
      const key = scoringKey(alias);
      if (!goldByKey.has(key)) goldByKey.set(key, []);
      if (!goldByKey.get(key)!.includes(entity)) goldByKey.get(key)!.push(entity);
    }
  }
  const matched = new Map<string, string>(); // gold id -> node id
  const scoredNodes: Array<{ node: PredictedNode; hit: boolean }> = [];
  const report: SeedEntityReport = { rows: [], misses: [], falsePositives: [], duplicates: [] };
  // The most mentioned node claims its gold entity first; a later one matching it is the duplicate.
  const ordered = [...nodes].sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  for (const node of ordered) {
    const forms = new Set([node.label, ...node.aliases].map(scoringKey));
    const candidates = [...new Set([...forms].flatMap((f) => goldByKey.get(f) ?? []))];
    const sameType = candidates.filter((g) => g.type === node.type);
    const scored = sameType.filter((g) => !g.optional);
    if (sameType.length > 0 && scored.length === 0) continue; // matches only optional entities
    if (scored.length === 0) {
      const reason =
        candidates.length > 0 ? `type ${node.type}, gold ${candidates[0].type}` : 'no gold entity';
      report.falsePositives.push({ id: node.id, type: node.type, label: node.label, reason });
      scoredNodes.push({ node, hit: false });
      continue;
    }
    const free = scored.find((g) => !matched.has(g.id));
    if (free) {
      matched.set(free.id, node.id);
      scoredNodes.push({ node, hit: true });
    } else {
      report.duplicates.push({ id: node.id, label: node.label, of: scored[0].id });
      scoredNodes.push({ node, hit: false });
    }
  }
  const scoredGold = gold.filter((g) => !g.optional);
  for (const g of scoredGold)
    if (!matched.has(g.id)) report.misses.push({ id: g.id, type: g.type, label: g.label });

  const row = (label: string, types: readonly EntityType[], note?: string): QualityRow => {
    const predicted = scoredNodes.filter((s) => types.includes(s.node.type));
    const hits = predicted.filter((s) => s.hit).length;
    const support = scoredGold.filter((g) => types.includes(g.type)).length;
    const found = scoredGold.filter((g) => types.includes(g.type) && matched.has(g.id)).length;
    const precision = predicted.length ? hits / predicted.length : 0;
    const recall = support ? found / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { suite: SEED_ENTITIES_SUITE, label, precision, recall, f1, support, ...(note ? { note } : {}) };
  };
  const summary =
    `${report.duplicates.length} duplicate nodes, ${report.falsePositives.length} false positives, ` +
    `${report.misses.length} misses; target F1 >= 0.90 with no duplicates`;
  report.rows = [row('micro', ENTITY_TYPES, summary), ...ENTITY_TYPES.map((t) => row(t, [t]))];
  return report;
}

async function main(): Promise<void> {
  const [goldPath, corpus] = process.argv.slice(2);
  const report = await seedEntityReport(goldPath ?? DEFAULT_GOLD, corpus ?? DEFAULT_CORPUS);
  for (const r of report.rows) {
    const cells = [
      r.label.padEnd(14),
      r.precision.toFixed(3),
      r.recall.toFixed(3),
      r.f1.toFixed(3),
      r.support,
    ];
    console.log([...cells, r.note ?? ''].join('  '));
  }
  for (const m of report.misses) console.log(`miss       ${m.type.padEnd(13)} ${m.label}  (${m.id})`);
  for (const f of report.falsePositives)
    console.log(`false pos  ${f.type.padEnd(13)} ${f.label}  (${f.reason})`);
  for (const d of report.duplicates) console.log(`duplicate  ${d.label}  (of ${d.of})`);
}

if (require.main === module) void main();
