/**
 * Evidence integrity on every corpus we have: each edge's evidence sentence (typed relations and
 * co-occurrence alike) is exactly `text.slice(start, end)` of the document it names. This is what lets a
 * user click an edge and see the sentence highlighted in its article.
 * Corpora: the seed articles (graph-data/corpus), the Wikinews CSVs and the re3d documents (from
 * PLEXUS_SHARED, which vitest.config.ts defaults to ../shared).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { extractFromDocuments, extractFromPath, type ExtractionResult } from '../../electron/pipeline/index';
import { loadRe3d } from '../../bench/quality/datasets';

const SHARED = process.env.PLEXUS_SHARED ?? path.resolve(__dirname, '..', '..', '..', 'shared');
const SEEDS = path.resolve(__dirname, '..', '..', 'graph-data', 'corpus');
const WIKINEWS = path.join(SHARED, 'corpora', 'wikinews');
const RE3D = path.join(SHARED, 'datasets', 're3d-dev');

interface Problem {
  edge: string;
  doc: string;
  start: number;
  end: number;
}

/** Every evidence item whose sentence is not at its offsets in its document (empty when all are). */
function evidenceProblems(result: ExtractionResult): { checked: number; typed: number; problems: Problem[] } {
  const texts = new Map(result.documents.map((d) => [d.id, d.text]));
  const graph: Graph = result.graph;
  const problems: Problem[] = [];
  let checked = 0;
  let typed = 0;
  graph.forEachEdge((edge, a) => {
    if (a.relation !== 'related_to') typed++;
    for (const ev of a.evidence as Array<{ doc: string; sentence: string; start: number; end: number }>) {
      checked++;
      if (texts.get(ev.doc)?.slice(ev.start, ev.end) !== ev.sentence)
        problems.push({ edge, doc: ev.doc, start: ev.start, end: ev.end });
    }
  });
  for (const r of result.relations) {
    checked++;
    if (texts.get(r.evidence.doc)?.slice(r.evidence.start, r.evidence.end) !== r.evidence.sentence)
      problems.push({ edge: `${r.source} ${r.relation} ${r.target}`, ...r.evidence });
  }
  return { checked, typed, problems: problems.slice(0, 5) };
}

describe('evidence sentences are verbatim at their offsets', () => {
  it('in the seed articles', async () => {
    const { checked, typed, problems } = evidenceProblems(await extractFromPath(SEEDS));
    expect(problems).toEqual([]);
    expect(typed).toBeGreaterThan(20);
    expect(checked).toBeGreaterThan(100);
  });

  it.skipIf(!existsSync(WIKINEWS))(
    'in the Wikinews corpus',
    async () => {
      const { checked, typed, problems } = evidenceProblems(await extractFromPath(WIKINEWS));
      expect(problems).toEqual([]);
      expect(typed).toBeGreaterThan(300);
      expect(checked).toBeGreaterThan(5000);
    },
    300_000,
  );

  it.skipIf(!existsSync(RE3D))(
    'in the re3d documents',
    () => {
      const sources = loadRe3d(SHARED).map((d) => ({
        id: d.id,
        path: d.id,
        format: 'txt' as const,
        text: d.text,
      }));
      const { checked, typed, problems } = evidenceProblems(extractFromDocuments(sources));
      expect(problems).toEqual([]);
      expect(typed).toBeGreaterThan(20);
      expect(checked).toBeGreaterThan(100);
    },
    120_000,
  );
});
