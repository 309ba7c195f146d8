/**
 * What the app shell costs around the pipeline, as ratios against references run in the same process,
 * rounds interleaved:
 *   - build in the worker thread (bundled dist worker, as the app runs it) vs the same job in-process:
 *     the price of keeping the window and the server responsive;
 *   - the longest event-loop stall during a build, worker vs in-process: what that price buys;
 *   - `GET /api/graph` through the local server vs `JSON.stringify` of the same graph (the floor).
 *
 *   npx tsx bench/speed/shell.ts --shared <dir> [--rounds 5]
 *
 * Corpus: the Wikinews CSVs (about 300 articles) from the shared folder. Writes
 * bench/results/shell-<time>.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startWebServer } from '../../electron/server/web-server';
import { WorkerExtractor } from '../../electron/worker/extractor';
import { InProcessExtractor } from '../../electron/worker/in-process';
import type { Extractor } from '../../electron/worker/extractor';
import type { ExtractionJob } from '../../electron/worker/job';

const ROOT = path.resolve(__dirname, '../..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs a job while sampling the event loop every millisecond; returns seconds and the longest stall. */
async function timedRun(
  extractor: Extractor,
  job: ExtractionJob,
): Promise<{ seconds: number; maxStallMs: number }> {
  let last = performance.now();
  let maxStallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxStallMs = Math.max(maxStallMs, now - last);
    last = now;
  }, 1);
  const t0 = performance.now();
  // Yield once so the sampler is armed before a synchronous in-process build starts.
  await new Promise((r) => setImmediate(r));
  await extractor.run(job);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  maxStallMs = Math.max(maxStallMs, performance.now() - last);
  return { seconds, maxStallMs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shared: { type: 'string', default: process.env.PLEXUS_SHARED ?? path.resolve(ROOT, '..', 'shared') },
      rounds: { type: 'string', default: '5' },
    },
  });
  const rounds = Number(values.rounds);
  const corpus = path.join(path.resolve(values.shared), 'corpora', 'wikinews');
  const job: ExtractionJob = { kind: 'folder', path: corpus };

  const dist = mkdtempSync(path.join(os.tmpdir(), 'plexus-bench-shell-'));
  try {
    execFileSync(process.execPath, ['scripts/bundle.mjs', '--outdir', dist], { cwd: ROOT, stdio: 'ignore' });
    const worker = new WorkerExtractor({ kind: 'bundle', file: path.join(dist, 'worker.js') });
    const inProcess = new InProcessExtractor();

    await timedRun(inProcess, job); // warm-up: model load, JIT
    const runs = {
      worker: [] as number[],
      inProcess: [] as number[],
      workerStall: [] as number[],
      inProcessStall: [] as number[],
    };
    for (let round = 0; round < rounds; round++) {
      const w = await timedRun(worker, job);
      const p = await timedRun(inProcess, job);
      runs.worker.push(w.seconds);
      runs.workerStall.push(w.maxStallMs);
      runs.inProcess.push(p.seconds);
      runs.inProcessStall.push(p.maxStallMs);
    }

    const server = await startWebServer({ port: 0, corpus, extractor: inProcess });
    const state = await server.session.whenIdle();
    const http: number[] = [];
    const stringify: number[] = [];
    for (let round = 0; round < rounds * 4; round++) {
      let t = performance.now();
      await (await fetch(`${server.url}api/graph`)).arrayBuffer();
      http.push(performance.now() - t);
      t = performance.now();
      JSON.stringify(state.graph);
      stringify.push(performance.now() - t);
    }
    await server.close();

    const result = {
      corpus: {
        documents: state.stats?.documents,
        words: state.stats?.words,
        nodes: state.stats?.nodes,
        edges: state.stats?.edges,
      },
      rounds,
      seconds: { worker: median(runs.worker), inProcess: median(runs.inProcess) },
      workerVsInProcess: median(runs.worker) / median(runs.inProcess),
      maxEventLoopStallMs: { worker: median(runs.workerStall), inProcess: median(runs.inProcessStall) },
      stallInProcessVsWorker: median(runs.inProcessStall) / median(runs.workerStall),
      apiGraphMs: { http: median(http), stringify: median(stringify) },
      apiGraphVsStringify: median(http) / median(stringify),
      node: process.version,
      date: new Date().toISOString(),
    };
    console.log(JSON.stringify(result, null, 2));
    const out = path.join(ROOT, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      path.join(out, `shell-${result.date.replace(/[:.]/g, '-')}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

void main();
