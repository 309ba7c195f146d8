/**
 * Packs the `dir` target offline, as the installers would, and checks what went into app.asar: the
 * bundles, the page and the default corpus, and no sources, tests, maps or node_modules.
 *
 * Works on a temporary copy of the project (package.json, build/, graph-data/, a fresh bundle, and the
 * sources as traps) with `electronDist` pointing at a stand-in folder, so nothing is downloaded and the
 * shared dist/ and release/ are never touched.
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listPackage, extractFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

describe('packaging (electron-builder, dir target)', () => {
  let project: string;
  let unpacked: string;
  let entries: string[];

  beforeAll(async () => {
    project = mkdtempSync(path.join(os.tmpdir(), 'plexus-pack-'));
    for (const item of ['package.json', 'build', 'graph-data', 'electron', 'tests/support']) {
      cpSync(path.join(ROOT, item), path.join(project, item), { recursive: true });
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'junction');
    await run(process.execPath, ['scripts/bundle.mjs', '--outdir', path.join(project, 'dist')], {
      cwd: ROOT,
    });
    // Traps: TypeScript next to what is packed must stay out.
    writeFileSync(path.join(project, 'dist', 'stray.ts'), 'export {};');
    writeFileSync(path.join(project, 'graph-data', 'stray.ts'), 'export {};');

    // Stand-in for the Electron runtime: electron-builder copies it and renames the executable.
    const standIn = path.join(project, 'electron-standin');
    mkdirSync(standIn);
    writeFileSync(path.join(standIn, 'electron'), '#!/bin/sh\necho stand-in\n');
    chmodSync(path.join(standIn, 'electron'), 0o755);

    const output = path.join(project, 'out');
    const cli = path.join(ROOT, 'node_modules/electron-builder/cli.js');
    const args = [
      '--config',
      'build/electron-builder.yml',
      '--dir',
      '--linux',
      '--x64',
      '--publish',
      'never',
    ];
    args.push(`-c.electronDist=${standIn}`, `-c.directories.output=${output}`);
    await run(process.execPath, [cli, ...args], {
      cwd: project,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    });
    const resources = path.join(output, 'linux-unpacked', 'resources');
    unpacked = path.join(resources, 'app.asar.unpacked');
    entries = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((e) =>
      e.split(path.sep).join('/'),
    );
  }, 240_000);

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('packs the built main, preload, worker and page', () => {
    for (const file of [
      '/package.json',
      '/dist/main.js',
      '/dist/preload.js',
      '/dist/worker.js',
      '/dist/renderer/index.html',
      '/dist/renderer/app.js',
      '/dist/licenses.json',
    ]) {
      expect(entries, file).toContain(file);
    }
  });

  it('packs the default corpus and the NER model, unpacked for the worker thread', () => {
    const corpus = readdirSync(path.join(ROOT, 'graph-data/corpus'));
    for (const name of corpus) expect(entries).toContain(`/graph-data/corpus/${name}`);
    expect(corpus.filter((n) => n.endsWith('.txt'))).toHaveLength(5);
    expect(readdirSync(path.join(unpacked, 'graph-data', 'corpus')).sort()).toEqual(corpus.sort());
    expect(readdirSync(path.join(unpacked, 'dist'))).toEqual(['worker.js']);
    expect(entries).toContain('/graph-data/models/ner.json.gz');
  });

  it('leaves out sources, tests, source maps, node_modules and the browser-mode server', () => {
    const offending = entries.filter(
      (e) =>
        e.endsWith('.ts') ||
        e.endsWith('.map') ||
        e.startsWith('/tests') ||
        e.startsWith('/electron') ||
        e.startsWith('/node_modules') ||
        e.startsWith('/build') ||
        e === '/dist/web.js',
    );
    expect(offending).toEqual([]);
  });

  it('starts from the bundled main', () => {
    const pkg = JSON.parse(
      extractFile(path.join(unpacked, '..', 'app.asar'), 'package.json').toString('utf8'),
    );
    expect(pkg.main).toBe('dist/main.js');
    expect(pkg.productName).toBe('Plexus');
  });
});
