/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function, and total (inclusive)
 * time per function, top N each. Used to find the extraction's hot paths (see profile-extraction.ts).
 *
 *   npx tsx bench/speed/profile-summary.ts <file.cpuprofile> [--top 30] [--filter ner/] [--by-file]
 *
 * `--by-file` adds self time per source file (regular expressions are "RegExp: ..." entries of their own).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

/** Self and inclusive milliseconds per function (recursion counted once per sample). */
export function summarise(profile: Profile): FunctionTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode): string => {
    const file = n.callFrame.url.replace(/^.*\/(electron|bench|node_modules)\//, '$1/');
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  return [...total.keys()].map((name) => ({
    name,
    selfMs: self.get(name) ?? 0,
    totalMs: total.get(name) ?? 0,
  }));
}

/** The source file of a "name file:line" row; regular expressions and the VM's own entries grouped. */
function fileOf(name: string): string {
  if (name.startsWith('RegExp: ')) return '(regular expressions)';
  if (!name.includes('/')) return '(vm: gc, idle, program)';
  return name.slice(name.lastIndexOf(' ') + 1).replace(/:\d+$/, '');
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '30' },
      filter: { type: 'string', default: '' },
      'by-file': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new Error('Give one .cpuprofile file.');
  const profile = JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile;
  const rows = summarise(profile).filter((r) => r.name.includes(values.filter ?? ''));
  const top = Number(values.top);
  const show = (title: string, sorted: FunctionTime[]): void => {
    console.log(title);
    for (const r of sorted.slice(0, top)) {
      console.log(`${r.selfMs.toFixed(0).padStart(8)} ${r.totalMs.toFixed(0).padStart(8)}  ${r.name}`);
    }
  };
  show(
    '    self    total  (by self ms)',
    [...rows].sort((a, b) => b.selfMs - a.selfMs),
  );
  show(
    '    self    total  (by total ms)',
    [...rows].sort((a, b) => b.totalMs - a.totalMs),
  );
  if (values['by-file']) {
    const byFile = new Map<string, number>();
    for (const r of rows) {
      const file = fileOf(r.name);
      byFile.set(file, (byFile.get(file) ?? 0) + r.selfMs);
    }
    console.log('    self  (by file)');
    for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${ms.toFixed(0).padStart(8)}  ${file}`);
    }
  }
}

main();
