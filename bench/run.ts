/**
 * `npm run bench [-- --shared <dir>] [--only extract,segment,shell,render]`: runs the benchmarks one after
 * another, each in its own process so they do not disturb each other's heap and JIT state. Each benchmark
 * reports ratios against a reference measured in its own run (never absolute timings) and writes its JSON
 * result under bench/results/.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const BENCHES: ReadonlyArray<{ name: string; what: string; args: (shared: string) => string[] }> = [
  {
    name: 'extract',
    what: 'whole extraction vs compromise entity calls, Wikinews',
    args: (shared) => ['bench/speed/extract-vs-compromise.ts', '--shared', shared],
  },
  {
    name: 'segment',
    what: 'read + clean + segment throughput vs whitespace split',
    args: (shared) => ['bench/speed/segment.ts', '--shared', shared],
  },
  {
    name: 'shell',
    what: 'worker vs in-process build, event-loop stalls, /api/graph cost',
    args: (shared) => ['bench/speed/shell.ts', '--shared', shared],
  },
  {
    name: 'render',
    what: 'Chromium: first render, layout and pan frame times on generated graphs',
    args: (shared) => ['bench/render/run.ts', '--wikinews', path.join(shared, 'corpora', 'wikinews')],
  },
];

const { values } = parseArgs({ options: { shared: { type: 'string' }, only: { type: 'string' } } });
const shared = values.shared ?? process.env.PLEXUS_SHARED;
if (!shared) {
  console.error('bench: give --shared <dir> (the shared datasets folder) or set PLEXUS_SHARED');
  process.exit(1);
}
const wanted = values.only?.split(',');
const unknown = wanted?.filter((n) => !BENCHES.some((b) => b.name === n)) ?? [];
if (unknown.length) {
  console.error(
    `bench: unknown benchmark(s) ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`,
  );
  process.exit(1);
}
let failed = 0;
for (const bench of BENCHES.filter((b) => !wanted || wanted.includes(b.name))) {
  console.log(`\n== ${bench.name}: ${bench.what}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...bench.args(path.resolve(shared))], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed++;
    console.error(`bench: ${bench.name} failed (exit ${run.status ?? run.signal})`);
  }
}
process.exit(failed ? 1 : 0);
