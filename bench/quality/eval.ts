/**
 * `npm run eval [-- --shared <dir>] [--only gmb,re3d-entities,...] [--json <file>]`: runs every extraction
 * quality suite and prints one table. The shared datasets come from `--shared` or PLEXUS_SHARED; the seed gold
 * lives in tests/gold/. Quality only: speed lives in `npm run bench`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateGmb } from './gmb';
import { evaluateRe3dEntities } from './re3d-entities';
import { evaluateRe3dRelations } from './re3d-relations';
import { evaluateSeedEntities } from './seed-entities';
import { evaluateSeedRelations } from './seed-relations';
import type { QualityRow } from './entity-rows';

const GOLD = path.resolve(__dirname, '..', '..', 'tests', 'gold');

/** A Wikinews gold set (dev or held-out) is scored with the seed scorers; its rows are relabelled. */
function relabel(suite: string, rows: QualityRow[]): QualityRow[] {
  return rows.map((row) => ({ ...row, suite }));
}

/** Entity and relation suites for a gold set under tests/gold/<name>/ (entities.json, relations.json, corpus/). */
function goldSetSuites(name: string) {
  const dir = path.join(GOLD, name);
  const ready = () =>
    existsSync(path.join(dir, 'entities.json')) && existsSync(path.join(dir, 'relations.json'));
  const missing = (suite: string): QualityRow[] => [
    {
      suite,
      label: 'not scored',
      precision: NaN,
      recall: NaN,
      f1: NaN,
      support: 0,
      note: `no gold yet in ${dir}`,
    },
  ];
  return [
    {
      name: `${name}-entities`,
      needsShared: false,
      run: async () =>
        ready()
          ? relabel(
              `${name}-entities`,
              await evaluateSeedEntities(path.join(dir, 'entities.json'), path.join(dir, 'corpus')),
            )
          : missing(`${name}-entities`),
    },
    {
      name: `${name}-relations`,
      needsShared: false,
      run: async () =>
        ready()
          ? relabel(
              `${name}-relations`,
              await evaluateSeedRelations(
                path.join(dir, 'relations.json'),
                path.join(dir, 'corpus'),
                path.join(dir, 'entities.json'),
              ),
            )
          : missing(`${name}-relations`),
    },
  ];
}

const SUITES: ReadonlyArray<{
  name: string;
  needsShared: boolean;
  run: (shared: string) => Promise<QualityRow[]>;
}> = [
  { name: 'seeds-entities', needsShared: false, run: () => evaluateSeedEntities() },
  { name: 'seeds-relations', needsShared: false, run: () => evaluateSeedRelations() },
  // Development gold: Wikinews articles the extraction engineers may study.
  ...goldSetSuites('dev'),
  // Unseen news: annotated independently, never used to develop the extractor.
  ...goldSetSuites('holdout'),
  { name: 'gmb', needsShared: true, run: async (shared) => evaluateGmb(shared) },
  { name: 're3d-entities', needsShared: true, run: async (shared) => evaluateRe3dEntities(shared) },
  { name: 're3d-relations', needsShared: true, run: (shared) => evaluateRe3dRelations(shared) },
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shared: { type: 'string' },
      only: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      `usage: npm run eval -- [--shared <dir>] [--only ${SUITES.map((s) => s.name).join(',')}] [--json <file>]`,
    );
    return;
  }
  const shared = values.shared ?? process.env.PLEXUS_SHARED;
  const wanted = values.only ? new Set(values.only.split(',')) : undefined;
  const unknown = [...(wanted ?? [])].filter((n) => !SUITES.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown suite(s): ${unknown.join(', ')}`);
  const suites = SUITES.filter((s) => !wanted || wanted.has(s.name));
  if (suites.some((s) => s.needsShared) && (!shared || !existsSync(shared))) {
    throw new Error(
      `the shared datasets folder is needed: pass --shared <dir> or set PLEXUS_SHARED (got ${shared ?? 'nothing'})`,
    );
  }

  const rows: QualityRow[] = [];
  const seconds: Record<string, number> = {};
  for (const suite of suites) {
    const t0 = process.hrtime.bigint();
    process.stderr.write(`running ${suite.name}...\n`);
    rows.push(...(await suite.run(shared ?? '')));
    seconds[suite.name] = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  console.log(formatTable(rows));
  console.log(
    `\nsuites: ${Object.entries(seconds)
      .map(([n, s]) => `${n} ${s.toFixed(1)}s`)
      .join(', ')}`,
  );
  if (values.json) {
    mkdirSync(path.dirname(path.resolve(values.json)), { recursive: true });
    writeFileSync(values.json, JSON.stringify({ rows, seconds, date: new Date().toISOString() }, null, 2));
  }
}

export function formatTable(rows: readonly QualityRow[]): string {
  const header = ['suite', 'label', 'P', 'R', 'F1', 'support', 'note'];
  const body = rows.map((r) => [
    r.suite,
    r.label,
    fmt(r.precision),
    fmt(r.recall),
    fmt(r.f1),
    String(r.support),
    r.note ?? '',
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => (i === 6 ? 0 : row[i].length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function fmt(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : '-';
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
