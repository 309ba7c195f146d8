/**
 * Speed of ingest (read + clean + segment) on the Wikinews CSVs, as characters per second relative to
 * references run in the same process, rounds interleaved so every system sees the same machine state:
 *   - `String.prototype.split` on whitespace over the same texts (the trivial floor of any tokenizer),
 *   - compromise's tokenizer alone (`nlp.tokenize`, no tagging), the library the whole extraction is
 *     compared with.
 *
 *   npx tsx bench/speed/segment.ts --shared <dir> [--rounds 7] [--warmup 2]
 *
 * Prints chars/s per stage and the ratios; writes bench/results/segment-<time>.json.
 * Target: segmentation at several million characters per second.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { cleanDocument } from '../../electron/pipeline/clean';
import { readCorpus } from '../../electron/pipeline/read';
import { segmentDocument } from '../../electron/pipeline/segment';
import type { CleanedDocument, SourceDocument } from '../../electron/pipeline/types';

export interface SegmentBenchOptions {
  sharedDir: string;
  rounds: number;
  warmup: number;
}

export interface SegmentBenchResult {
  documents: number;
  characters: number;
  sentences: number;
  tokens: number;
  rounds: number;
  /** Median seconds per round. */
  seconds: Record<'read' | 'clean' | 'segment' | 'ingest' | 'split' | 'compromiseTokenize', number>;
  /** Characters of document text per second. */
  charsPerSecond: Record<'read' | 'clean' | 'segment' | 'ingest' | 'split' | 'compromiseTokenize', number>;
  /** ingest (read + clean + segment) speed / whitespace split speed. */
  ingestVsSplit: number;
  segmentVsSplit: number;
  /** ingest speed / compromise tokenizer speed. */
  ingestVsCompromiseTokenize: number;
  node: string;
  date: string;
}

const CSV_FILES = ['wikinews_2019.csv', 'wikinews_2020.csv'];

async function readWikinews(sharedDir: string): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = [];
  for (const file of CSV_FILES) {
    documents.push(...(await readCorpus(path.join(sharedDir, 'corpora', 'wikinews', file))).documents);
  }
  return documents;
}

/** The trivial reference: whitespace split of every text (kept alive through the count). */
function splitAll(documents: readonly SourceDocument[]): number {
  let n = 0;
  for (const d of documents) n += d.text.split(/\s+/).length;
  return n;
}

function compromiseTokenize(documents: readonly SourceDocument[]): number {
  let n = 0;
  for (const d of documents) n += nlp.tokenize(d.text).terms().length;
  return n;
}

export async function runSegmentBenchmark(options: SegmentBenchOptions): Promise<SegmentBenchResult> {
  const keys = ['read', 'clean', 'segment', 'ingest', 'split', 'compromiseTokenize'] as const;
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<
    (typeof keys)[number],
    number[]
  >;
  let documents: SourceDocument[] = [];
  let sentences = 0;
  let tokens = 0;
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    let t = performance.now();
    documents = await readWikinews(options.sharedDir);
    const read = performance.now() - t;
    t = performance.now();
    const cleaned: CleanedDocument[] = documents.map(cleanDocument);
    const clean = performance.now() - t;
    t = performance.now();
    sentences = 0;
    tokens = 0;
    for (const doc of cleaned) {
      for (const s of segmentDocument(doc).sentences) {
        sentences++;
        tokens += s.tokens.length;
      }
    }
    const segment = performance.now() - t;
    t = performance.now();
    splitAll(documents);
    const split = performance.now() - t;
    t = performance.now();
    compromiseTokenize(documents);
    const compromise = performance.now() - t;
    if (round < options.warmup) continue;
    times.read.push(read / 1000);
    times.clean.push(clean / 1000);
    times.segment.push(segment / 1000);
    times.ingest.push((read + clean + segment) / 1000);
    times.split.push(split / 1000);
    times.compromiseTokenize.push(compromise / 1000);
  }
  const characters = documents.reduce((n, d) => n + d.text.length, 0);
  const seconds = Object.fromEntries(keys.map((k) => [k, median(times[k])])) as SegmentBenchResult['seconds'];
  const charsPerSecond = Object.fromEntries(
    keys.map((k) => [k, characters / seconds[k]]),
  ) as SegmentBenchResult['charsPerSecond'];
  return {
    documents: documents.length,
    characters,
    sentences,
    tokens,
    rounds: options.rounds,
    seconds,
    charsPerSecond,
    ingestVsSplit: seconds.split / seconds.ingest,
    segmentVsSplit: seconds.split / seconds.segment,
    ingestVsCompromiseTokenize: seconds.compromiseTokenize / seconds.ingest,
    node: process.version,
    date: new Date().toISOString(),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function report(r: SegmentBenchResult): string {
  const mcs = (x: number) => `${(x / 1e6).toFixed(2)} M chars/s`;
  const line = (name: string, key: keyof SegmentBenchResult['seconds']) =>
    `  ${name.padEnd(26)}: ${mcs(r.charsPerSecond[key]).padStart(17)} (${(r.seconds[key] * 1000).toFixed(0)} ms)`;
  return [
    `${r.documents} Wikinews documents, ${r.characters.toLocaleString('en-US')} characters, ` +
      `${r.sentences} sentences, ${r.tokens} tokens, median of ${r.rounds} rounds`,
    line('read', 'read'),
    line('clean', 'clean'),
    line('segment', 'segment'),
    line('ingest (read+clean+segment)', 'ingest'),
    line('reference: split(/\\s+/)', 'split'),
    line('reference: compromise tokenize', 'compromiseTokenize'),
    `  ingest vs whitespace split   : ${r.ingestVsSplit.toFixed(3)}x`,
    `  segment vs whitespace split  : ${r.segmentVsSplit.toFixed(3)}x`,
    `  ingest vs compromise tokenize: ${r.ingestVsCompromiseTokenize.toFixed(1)}x`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shared: { type: 'string' },
      rounds: { type: 'string', default: '7' },
      warmup: { type: 'string', default: '2' },
    },
  });
  const sharedDir = values.shared ?? process.env.PLEXUS_SHARED;
  if (!sharedDir) throw new Error('Give --shared <dir> or set PLEXUS_SHARED.');
  const result = await runSegmentBenchmark({
    sharedDir,
    rounds: Math.max(1, Number(values.rounds)),
    warmup: Math.max(0, Number(values.warmup)),
  });
  console.log(report(result));
  const dir = path.join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `segment-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(`wrote ${file}`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`benchmark failed: ${error.name}: ${error.message}`);
    process.exit(1);
  });
}
