/**
 * re3d relation evaluation: the product pipeline (`extractFromDocuments`) on the re3d dev documents
 * (`<shared>/datasets/re3d-dev/<part>/{documents,entities,relations}.json`), against re3d's gold relations
 * mapped to our vocabulary:
 *
 *   re3d              ours
 *   FightingAgainst   attacks, opposes, targets   ("targeted" is annotated FightingAgainst)
 *   AlliesOf          supports, cooperates_with
 *   CommWith          meets, reports
 *   Likes             supports
 *   Dislikes          opposes, criticizes
 *   BelongsTo         member_of
 *   InChargeOf        leads
 *   CoLocated         located_in
 *   IsSynonymOf, HasAttrOf, Apart: no counterpart (not scored).
 *
 * A gold relation (confidence >= 0.5, one per document, span pair and type) is found when the product has
 * a relation whose evidence sentence holds it and whose two ends have mentions overlapping the gold source
 * and target spans. Direction counts for directed types (source -> target), not for CommWith, AlliesOf and
 * CoLocated. Rows: typed recall, untyped recall (any relation between the two spans), and precision on the
 * pairs the gold covers (of the product's relations between two gold-related spans, how many carry a mapped
 * type). Documents come from PLEXUS_SHARED (or the `sharedDir` argument).
 * Run alone for the misses: `npx tsx bench/quality/re3d-relations.ts [sharedDir]`.
 */
import path from 'node:path';
import { z } from 'zod';
import { extractFromDocuments } from '../../electron/pipeline/index';
import type { Mention, RelationType, SourceDocument } from '../../electron/pipeline/types';
import { loadRe3d, readJsonLines } from './datasets';
import type { QualityRow } from './entity-rows';

export const RE3D_RELATIONS_SUITE = 're3d-relations';
/** Gold relations below this crowd confidence are alternatives the annotators did not settle on. */
const MIN_CONFIDENCE = 0.5;

export const RE3D_RELATION_MAP: Readonly<Record<string, readonly RelationType[]>> = {
  FightingAgainst: ['attacks', 'opposes', 'targets'],
  AlliesOf: ['supports', 'cooperates_with'],
  CommWith: ['meets', 'reports'],
  Likes: ['supports'],
  Dislikes: ['opposes', 'criticizes'],
  BelongsTo: ['member_of'],
  InChargeOf: ['leads'],
  CoLocated: ['located_in'],
};
const UNDIRECTED = new Set(['CommWith', 'AlliesOf', 'CoLocated']);

const relationSchema = z.object({
  documentId: z.string(),
  type: z.string(),
  begin: z.number().int(),
  end: z.number().int(),
  sourceBegin: z.number().int(),
  sourceEnd: z.number().int(),
  targetBegin: z.number().int(),
  targetEnd: z.number().int(),
  source: z.string(),
  target: z.string(),
  value: z.string().optional(),
  confidence: z.number().optional(),
});
export type Re3dRelation = z.infer<typeof relationSchema>;

export interface Re3dRelationReport {
  rows: QualityRow[];
  misses: Array<Re3dRelation & { found?: string }>;
}

export function sharedDirFromEnv(): string {
  return process.env.PLEXUS_SHARED ?? path.resolve(__dirname, '..', '..', '..', 'shared');
}

export function loadRe3dRelations(sharedDir: string): Re3dRelation[] {
  const root = path.join(sharedDir, 'datasets', 're3d-dev');
  const parts = [...new Set(loadRe3d(sharedDir).map((d) => d.part))];
  const seen = new Set<string>();
  const out: Re3dRelation[] = [];
  for (const part of parts) {
    for (const raw of readJsonLines(path.join(root, part, 'relations.json'))) {
      const r = relationSchema.parse(raw);
      if (!RE3D_RELATION_MAP[r.type] || (r.confidence ?? 1) < MIN_CONFIDENCE) continue;
      const ends = [`${r.sourceBegin}-${r.sourceEnd}`, `${r.targetBegin}-${r.targetEnd}`];
      if (UNDIRECTED.has(r.type)) ends.sort();
      const key = `${r.documentId}|${r.type}|${ends.join('|')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  }
  return out;
}

export async function evaluateRe3dRelations(sharedDir = sharedDirFromEnv()): Promise<QualityRow[]> {
  return re3dRelationReport(sharedDir).rows;
}

export function re3dRelationReport(sharedDir = sharedDirFromEnv()): Re3dRelationReport {
  const documents = loadRe3d(sharedDir);
  const gold = loadRe3dRelations(sharedDir);
  const sources: SourceDocument[] = documents.map((d) => ({
    id: d.id,
    path: path.join(sharedDir, 'datasets', 're3d-dev', d.part, 'documents.json'),
    format: 'txt',
    text: d.text,
    ...(d.title ? { title: d.title } : {}),
  }));
  const result = extractFromDocuments(sources);
  const mentionsByEntity = new Map<string, Mention[]>();
  for (const doc of result.documents)
    for (const m of doc.mentions) {
      if (!m.entity) continue;
      const list = mentionsByEntity.get(m.entity) ?? [];
      list.push(m);
      mentionsByEntity.set(m.entity, list);
    }
  const touches = (entity: string, docId: string, from: number, to: number, begin: number, end: number) =>
    (mentionsByEntity.get(entity) ?? []).some(
      (m) => m.docId === docId && m.start >= from && m.end <= to && m.start < end && m.end > begin,
    );

  let typedHits = 0;
  let untypedHits = 0;
  let reachable = 0;
  let reachableHits = 0;
  const mentionsByDoc = new Map(result.documents.map((d) => [d.id, d.mentions.filter((m) => m.entity)]));
  const mentioned = (docId: string, begin: number, end: number) =>
    (mentionsByDoc.get(docId) ?? []).some((m) => m.start < end && m.end > begin);
  let coveredPredicted = 0;
  let coveredTyped = 0;
  const misses: Re3dRelationReport['misses'] = [];
  const coveredSeen = new Set<string>();
  for (const g of gold) {
    const mapped = RE3D_RELATION_MAP[g.type];
    const lo = Math.min(g.sourceBegin, g.targetBegin, g.begin);
    const hi = Math.max(g.sourceEnd, g.targetEnd, g.end);
    const candidates = result.relations.filter(
      (r) =>
        r.relation !== 'related_to' &&
        r.evidence.doc === g.documentId &&
        r.evidence.start <= lo &&
        r.evidence.end >= hi,
    );
    const forward = (r: (typeof candidates)[number]) =>
      touches(r.source, g.documentId, r.evidence.start, r.evidence.end, g.sourceBegin, g.sourceEnd) &&
      touches(r.target, g.documentId, r.evidence.start, r.evidence.end, g.targetBegin, g.targetEnd);
    const backward = (r: (typeof candidates)[number]) =>
      touches(r.source, g.documentId, r.evidence.start, r.evidence.end, g.targetBegin, g.targetEnd) &&
      touches(r.target, g.documentId, r.evidence.start, r.evidence.end, g.sourceBegin, g.sourceEnd);
    const between = candidates.filter((r) => forward(r) || backward(r));
    const typed = between.some(
      (r) =>
        mapped.includes(r.relation) &&
        (forward(r) || UNDIRECTED.has(g.type) || r.relation === 'cooperates_with' || r.relation === 'meets'),
    );
    if (typed) typedHits++;
    if (between.length) untypedHits++;
    // Relations whose two ends the entity stage found: the relation rules' own recall.
    if (
      mentioned(g.documentId, g.sourceBegin, g.sourceEnd) &&
      mentioned(g.documentId, g.targetBegin, g.targetEnd)
    ) {
      reachable++;
      if (typed) reachableHits++;
    }
    for (const r of between) {
      const key = `${r.source}|${r.relation}|${r.target}|${r.evidence.doc}|${r.evidence.start}`;
      if (coveredSeen.has(key)) continue;
      coveredSeen.add(key);
      coveredPredicted++;
      if (mapped.includes(r.relation)) coveredTyped++;
    }
    if (!typed) misses.push({ ...g, found: between.map((r) => r.relation).join(',') || undefined });
  }
  const row = (
    label: string,
    precision: number,
    recall: number,
    note?: string,
    support = gold.length,
  ): QualityRow => ({
    suite: RE3D_RELATIONS_SUITE,
    label,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    support,
    ...(note ? { note } : {}),
  });
  const covered = coveredPredicted ? coveredTyped / coveredPredicted : 0;
  return {
    rows: [
      row(
        'typed',
        covered,
        gold.length ? typedHits / gold.length : 0,
        'precision on gold-covered pairs; target recall >= 0.25',
      ),
      row('untyped', coveredPredicted ? 1 : 0, gold.length ? untypedHits / gold.length : 0),
      row(
        'typed, ends found',
        covered,
        reachable ? reachableHits / reachable : 0,
        'only gold relations whose two ends are among the extracted mentions',
        reachable,
      ),
    ],
    misses,
  };
}

function main(): void {
  const report = re3dRelationReport(process.argv[2] ?? sharedDirFromEnv());
  for (const r of report.rows)
    console.log(
      [
        r.label.padEnd(10),
        r.precision.toFixed(3),
        r.recall.toFixed(3),
        r.f1.toFixed(3),
        r.support,
        r.note ?? '',
      ].join('  '),
    );
  for (const m of report.misses)
    console.log(
      `miss  ${m.type.padEnd(15)} ${m.source} -> ${m.target}  [${m.value ?? ''}]${m.found ? `  found: ${m.found}` : ''}`,
    );
}

if (require.main === module) main();
