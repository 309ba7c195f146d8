/**
 * scripts/bundle.mjs and scripts/start.mjs, run as real processes on the real sources, into a temporary
 * folder (never the shared dist/).
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerExtractor } from '../../electron/worker/extractor';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

function requiredModules(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))].sort();
}

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('bundle script', () => {
  let out: string;
  let summary: string;

  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'plexus-bundle-'));
    summary = (await run(process.execPath, ['scripts/bundle.mjs', '--outdir', out], { cwd: ROOT })).stdout;
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds every entry and says so in one line', () => {
    expect(summary.trim()).toMatch(
      /^bundle: main, preload, worker, web, renderer in \d+\.\d\d s \(\d+ third-party packages listed\)$/,
    );
    for (const file of [
      'main.js',
      'preload.js',
      'worker.js',
      'web.js',
      'renderer/index.html',
      'renderer/app.js',
      'renderer/app.js.map',
      'licenses.json',
      'THIRD_PARTY_LICENSES.txt',
    ]) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
  });

  it('leaves only electron external in the preload, and only Node built-ins (+ electron for main) elsewhere', () => {
    expect(requiredModules(path.join(out, 'preload.js'))).toEqual(['electron']);
    expect(readFileSync(path.join(out, 'preload.js'), 'utf8')).not.toMatch(/zod/i);
    for (const [file, allowed] of [
      ['main.js', ['electron']],
      ['worker.js', []],
      ['web.js', []],
    ] as const) {
      const external = requiredModules(path.join(out, file)).filter((m) => !NODE_BUILTINS.has(m));
      expect(external, file).toEqual(allowed);
    }
  });

  it('minifies the page and links its source map', () => {
    const app = readFileSync(path.join(out, 'renderer/app.js'), 'utf8');
    expect(app).toMatch(/\/\/# sourceMappingURL=app\.js\.map\s*$/);
    // Minified: long lines (only template literals keep their newlines), no indentation-sized files.
    expect(app.length / app.split('\n').length).toBeGreaterThan(1000);
  });

  it('lists the licence of every bundled package and the Electron runtime', () => {
    const licences = JSON.parse(readFileSync(path.join(out, 'licenses.json'), 'utf8')) as Array<{
      name: string;
      version: string;
      licence: string;
    }>;
    const names = licences.map((l) => l.name);
    for (const name of ['cytoscape', 'graphology', 'zod', 'electron']) expect(names).toContain(name);
    for (const l of licences) {
      expect(l.version, l.name).toMatch(/^\d+\.\d+/);
      expect(l.licence, l.name).not.toBe('UNKNOWN');
    }
    expect(readFileSync(path.join(out, 'THIRD_PARTY_LICENSES.txt'), 'utf8')).toMatch(/cytoscape .* \(MIT\)/);
  });

  it('builds a worker that extracts on its own', async () => {
    const outcome = await new WorkerExtractor({ kind: 'bundle', file: path.join(out, 'worker.js') }).run({
      kind: 'folder',
      path: path.join(ROOT, 'graph-data/corpus'),
    });
    expect(outcome.stats.documents).toBe(5);
    expect(outcome.stats.nodes).toBeGreaterThan(10);
  });

  it('builds only the page with --renderer-only', async () => {
    const only = mkdtempSync(path.join(os.tmpdir(), 'plexus-bundle-renderer-'));
    try {
      await run(process.execPath, ['scripts/bundle.mjs', '--renderer-only', '--outdir', only], { cwd: ROOT });
      expect(existsSync(path.join(only, 'renderer/app.js'))).toBe(true);
      expect(existsSync(path.join(only, 'main.js'))).toBe(false);
      const names = (
        JSON.parse(readFileSync(path.join(only, 'licenses.json'), 'utf8')) as Array<{ name: string }>
      ).map((l) => l.name);
      expect(names).toContain('graphology'); // the server side is listed even though it was not written
    } finally {
      rmSync(only, { recursive: true, force: true });
    }
  });

  it('fails with one clear line when an entry is missing', async () => {
    // A project with the script and its dependencies but no sources.
    const empty = mkdtempSync(path.join(os.tmpdir(), 'plexus-bundle-empty-'));
    try {
      mkdirSync(path.join(empty, 'scripts'));
      copyFileSync(path.join(ROOT, 'scripts/bundle.mjs'), path.join(empty, 'scripts/bundle.mjs'));
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(empty, 'node_modules'), 'junction');
      const failure = await run(process.execPath, ['scripts/bundle.mjs'], { cwd: empty }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure.code).toBe(1);
      expect(failure.stderr.trim()).toBe('bundle: Cannot bundle: renderer/main.ts does not exist.');
      expect(existsSync(path.join(empty, 'dist'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('start.mjs says in one line why Electron cannot run, then serves browser mode until interrupted', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0', '--dist', out], {
      cwd: ROOT,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(out, 'no-electron-here') },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed; got: ${stdout}`)), 30_000);
      child.stdout.on('data', () => {
        const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^Plexus: cannot start the desktop app: the Electron binary is missing \(.*\)\. Running in browser mode instead\.$/,
    );
    const response = await fetch(`${url}api/invoke/getAppInfo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"args":[]}',
    });
    expect((await response.json()).result).toMatchObject({ name: 'Plexus', mode: 'browser' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
