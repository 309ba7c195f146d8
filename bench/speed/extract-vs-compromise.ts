/**
 * Speed: the product's whole extraction (extractFromDocuments: clean -> segment -> mentions -> resolve ->
 * relations -> events -> graph -> analytics) against compromise's people/organizations/places on the
 * same Wikinews texts, in the same process, rounds interleaved so both see the same machine state.
 * Also the tagger alone (on the product's tokens) and the model's load time relative to one round.
 *
 *   npx tsx bench/speed/extract-vs-compromise.ts --shared <dir> [--rounds 5] [--warmup 1] [--limit N]
 *
 * Prints words/second and ratios; writes bench/results/extract-vs-compromise-<time>.json.
 * Target: whole extraction >= 3x compromise.
 *
 * Times are this process's CPU time (user + system), not wall time: on a shared 2-core machine other
 * processes stretch wall time unevenly between rounds, while CPU time of single-threaded code does not
 * count the time spent waiting for a core. Wall times are recorded too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { extractFromDocuments } from '../../electron/pipeline/index';
import { readCorpus } from '../../electron/pipeline/read';
import { cleanDocument } from '../../electron/pipeline/clean';
import { segmentDocument } from '../../electron/pipeline/segment';
import { loadNerModel, resolveModelPath } from '../../electron/pipeline/ner/tagger';
import type { SourceDocument } from '../../electron/pipeline/types';

export interface SpeedOptions {
  sharedDir: string;
  rounds: number;
  warmup: number;
  /** Use only the first N documents (0: all). */
  limit: number;
}

export interface SpeedResult {
  documents: number;
  words: number;
  rounds: number;
  /** Median CPU seconds per round. */
  seconds: { extraction: number; compromise: number; tagger: number; modelLoad: number };
  /** Median wall-clock seconds per round (noisier on a busy machine). */
  wallSeconds: { extraction: number; compromise: number; tagger: number };
  wordsPerSecond: { extraction: number; compromise: number; tagger: number };
  /** extraction speed / compromise speed (target >= 3). */
  extractionVsCompromise: number;
  taggerVsCompromise: number;
  /** Model load time / one extraction round. */
  modelLoadVsExtractionRound: number;
  /** Median milliseconds per pipeline stage in the timed extraction rounds. */
  stageMs: Record<string, number>;
  node: string;
  date: string;
}

export async function loadWikinews(sharedDir: string, limit = 0): Promise<SourceDocument[]> {
  const { documents } = await readCorpus(path.join(sharedDir, 'corpora', 'wikinews'));
  return limit > 0 ? documents.slice(0, limit) : documents;
}

/** Whitespace-separated words of the raw texts: the same denominator for every system. */
export function countWords(documents: readonly SourceDocument[]): number {
  let n = 0;
  for (const d of documents) n += d.text.split(/\s+/).filter(Boolean).length;
  return n;
}

function runCompromise(documents: readonly SourceDocument[]): number {
  let found = 0;
  for (const d of documents) {
    const doc = nlp(d.text);
    found += doc.people().out('array').length;
    found += doc.organizations().out('array').length;
    found += doc.places().out('array').length;
  }
  return found;
}

export async function runSpeedBenchmark(options: SpeedOptions): Promise<SpeedResult> {
  const documents = await loadWikinews(options.sharedDir, options.limit);
  const words = countWords(documents);
  const sentences = documents.flatMap((d) => segmentDocument(cleanDocument(d)).sentences);
  const tokenLists = sentences.map((s) => s.tokens.map((t) => t.text));

  const modelPath = resolveModelPath();
  const modelLoad = measure(() => loadNerModel(modelPath)).cpu;
  const model = loadNerModel(modelPath);

  const cpu = { extraction: [] as number[], compromise: [] as number[], tagger: [] as number[] };
  const wall = { extraction: [] as number[], compromise: [] as number[], tagger: [] as number[] };
  const stages: Array<Record<string, number>> = [];
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    let timings: Record<string, number> = {};
    const runs = {
      extraction: measure(() => (timings = extractFromDocuments(documents).timings)),
      compromise: measure(() => runCompromise(documents)),
      tagger: measure(() => {
        for (const tokens of tokenLists) model.tag(tokens);
      }),
    };
    if (round < options.warmup) continue;
    for (const key of ['extraction', 'compromise', 'tagger'] as const) {
      cpu[key].push(runs[key].cpu);
      wall[key].push(runs[key].wall);
    }
    stages.push(timings);
    console.log(
      `round ${round - options.warmup + 1} (CPU s): extraction ${runs.extraction.cpu.toFixed(2)}, ` +
        `compromise ${runs.compromise.cpu.toFixed(2)}, tagger ${runs.tagger.cpu.toFixed(2)}`,
    );
  }
  const seconds = {
    extraction: median(cpu.extraction),
    compromise: median(cpu.compromise),
    tagger: median(cpu.tagger),
    modelLoad,
  };
  return {
    documents: documents.length,
    words,
    rounds: options.rounds,
    seconds,
    wallSeconds: {
      extraction: median(wall.extraction),
      compromise: median(wall.compromise),
      tagger: median(wall.tagger),
    },
    wordsPerSecond: {
      extraction: words / seconds.extraction,
      compromise: words / seconds.compromise,
      tagger: words / seconds.tagger,
    },
    extractionVsCompromise: seconds.compromise / seconds.extraction,
    taggerVsCompromise: seconds.compromise / seconds.tagger,
    modelLoadVsExtractionRound: modelLoad / seconds.extraction,
    stageMs: medianStages(stages),
    node: process.version,
    date: new Date().toISOString(),
  };
}

/** CPU seconds (user + system) and wall seconds of one call. */
function measure(fn: () => unknown): { cpu: number; wall: number } {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  fn();
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - wall0) / 1000 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function medianStages(rounds: ReadonlyArray<Record<string, number>>): Record<string, number> {
  const names = new Set(rounds.flatMap((r) => Object.keys(r)));
  return Object.fromEntries([...names].map((n) => [n, Math.round(median(rounds.map((r) => r[n] ?? 0)))]));
}

function report(result: SpeedResult): string {
  const wps = (x: number) => `${Math.round(x).toLocaleString('en-US')} words/s`;
  return [
    `${result.documents} Wikinews documents, ${result.words.toLocaleString('en-US')} words, ` +
      `median of ${result.rounds} rounds, CPU time`,
    `  whole extraction : ${wps(result.wordsPerSecond.extraction)} (${result.seconds.extraction.toFixed(2)} s)`,
    `  compromise       : ${wps(result.wordsPerSecond.compromise)} (${result.seconds.compromise.toFixed(2)} s)`,
    `  tagger only      : ${wps(result.wordsPerSecond.tagger)} (${result.seconds.tagger.toFixed(2)} s)`,
    `  extraction vs compromise: ${result.extractionVsCompromise.toFixed(2)}x (target >= 3x)`,
    `  tagger vs compromise    : ${result.taggerVsCompromise.toFixed(2)}x`,
    `  model load: ${(result.seconds.modelLoad * 1000).toFixed(0)} ms = ` +
      `${result.modelLoadVsExtractionRound.toFixed(2)}x one extraction round`,
    `  wall s: extraction ${result.wallSeconds.extraction.toFixed(2)}, compromise ` +
      `${result.wallSeconds.compromise.toFixed(2)}, tagger ${result.wallSeconds.tagger.toFixed(2)}`,
    `  stage ms (wall): ${Object.entries(result.stageMs)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shared: { type: 'string' },
      rounds: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      limit: { type: 'string', default: '0' },
    },
  });
  const sharedDir = values.shared ?? process.env.PLEXUS_SHARED;
  if (!sharedDir) throw new Error('Give --shared <dir> or set PLEXUS_SHARED.');
  const result = await runSpeedBenchmark({
    sharedDir,
    rounds: Math.max(1, Number(values.rounds)),
    warmup: Math.max(0, Number(values.warmup)),
    limit: Math.max(0, Number(values.limit)),
  });
  console.log(report(result));
  const dir = path.join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `extract-vs-compromise-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(`wrote ${file}`);
}

if (typeof require !== 'undefined' && require.main === module) {
  main().catch((error: Error) => {
    console.error(`benchmark failed: ${error.name}: ${error.message}`);
    process.exit(1);
  });
}
