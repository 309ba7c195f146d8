#!/usr/bin/env node
/**
 * Builds everything the app runs, with esbuild, into dist/:
 *
 *   dist/main.js       Electron main process (CommonJS, Node; `electron` external)
 *   dist/preload.js    sandboxed preload (one file; only `electron` external)
 *   dist/worker.js     extraction worker thread
 *   dist/web.js        browser-mode server CLI (the fallback of `npm start` without Electron)
 *   dist/renderer/     the page: app.js (+ app.css), index.html, renderer/assets/ and renderer/static/
 *   dist/licenses.json name, version and licence of every bundled third-party package (Help > About)
 *   dist/THIRD_PARTY_LICENSES.txt  their licence texts
 *
 * Usage: node scripts/bundle.mjs [--renderer-only] [--outdir <dir>]
 *   --renderer-only  builds only the page (licences are still listed for every entry)
 *   --outdir <dir>   another output folder than dist/ (tests)
 */
import { build } from 'esbuild';
import { existsSync, promises as fs, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Node bundles also run under the system Node in browser mode, so target the oldest supported one. */
const NODE_TARGET = 'node20';
/** Chromium of Electron 45 and current browsers. */
const BROWSER_TARGET = ['chrome120', 'firefox120', 'safari17'];

const NODE_ENTRIES = [
  { name: 'main', entry: 'electron/main.ts', platform: 'node', external: ['electron'] },
  // Sandboxed preloads can require only `electron`: the browser platform makes esbuild refuse Node built-ins.
  { name: 'preload', entry: 'electron/preload.ts', platform: 'browser', external: ['electron'] },
  { name: 'worker', entry: 'electron/worker/extract-worker.ts', platform: 'node', external: [] },
  { name: 'web', entry: 'electron/cli/web.ts', platform: 'node', external: [] },
];
const RENDERER_ENTRY = 'renderer/main.ts';
const RENDERER_HTML = 'renderer/index.html';
const RENDERER_STATIC_DIRS = ['renderer/assets', 'renderer/static'];

export class MissingEntryError extends Error {
  constructor(file) {
    super(`Cannot bundle: ${file} does not exist.`);
    this.name = 'MissingEntryError';
  }
}

export async function bundle({ rendererOnly = false, outdir = path.join(root, 'dist') } = {}) {
  const started = Date.now();
  const required = [RENDERER_ENTRY, RENDERER_HTML, ...(rendererOnly ? [] : NODE_ENTRIES.map((e) => e.entry))];
  for (const file of required) if (!existsSync(path.join(root, file))) throw new MissingEntryError(file);

  await fs.mkdir(outdir, { recursive: true });
  const metafiles = [await buildRenderer(outdir)];
  for (const entry of NODE_ENTRIES) {
    // Renderer-only builds still analyse the Node entries (without writing) so the licence list is whole.
    const present = existsSync(path.join(root, entry.entry));
    if (rendererOnly && !present) continue;
    try {
      metafiles.push(await buildNode(entry, outdir, !rendererOnly));
    } catch (error) {
      if (!rendererOnly) throw error;
      console.warn(`bundle: ${entry.entry} does not build; its packages are missing from licenses.json.`);
    }
  }
  const licences = await collectLicences(metafiles, !rendererOnly);
  await writeLicences(outdir, licences);
  return { seconds: (Date.now() - started) / 1000, packages: licences.length };
}

async function buildRenderer(outdir) {
  const target = path.join(outdir, 'renderer');
  await fs.rm(target, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { app: RENDERER_ENTRY },
    outdir: target,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: BROWSER_TARGET,
    minify: true,
    sourcemap: 'linked',
    metafile: true,
    legalComments: 'none',
    loader: { '.png': 'file', '.svg': 'file', '.woff2': 'file', '.woff': 'file', '.ttf': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await fs.copyFile(path.join(root, RENDERER_HTML), path.join(target, 'index.html'));
  for (const dir of RENDERER_STATIC_DIRS) {
    const from = path.join(root, dir);
    if (existsSync(from)) await fs.cp(from, path.join(target, path.basename(dir)), { recursive: true });
  }
  return result.metafile;
}

async function buildNode({ name, entry, platform, external }, outdir, write) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: path.join(outdir, `${name}.js`),
    bundle: true,
    platform,
    format: 'cjs',
    target: platform === 'node' ? NODE_TARGET : BROWSER_TARGET,
    external,
    sourcemap: write ? 'linked' : false,
    metafile: true,
    write,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return result.metafile;
}

/** Every package a bundle took code from, found from esbuild's metafile inputs. */
async function collectLicences(metafiles, includeElectron) {
  const packageDirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const dir = packageDirOf(input);
      if (dir) packageDirs.add(dir);
    }
  }
  // Not bundled but shipped as the runtime of the desktop app.
  if (includeElectron && existsSync(path.join(root, 'node_modules/electron')))
    packageDirs.add('node_modules/electron');
  const byName = new Map();
  for (const dir of packageDirs) {
    const manifest = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
    const key = `${manifest.name}@${manifest.version}`;
    if (byName.has(key)) continue;
    byName.set(key, {
      name: manifest.name,
      version: manifest.version,
      licence: licenceOf(manifest),
      url: homepageOf(manifest),
      text: licenceText(path.join(root, dir)),
    });
  }
  return [...byName.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}

/** `node_modules/@scope/pkg/lib/x.js` -> `node_modules/@scope/pkg` (the innermost node_modules wins). */
function packageDirOf(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const nameLength = parts[at + 1]?.startsWith('@') ? 2 : 1;
  return parts.slice(0, at + 1 + nameLength).join('/');
}

function licenceOf(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license?.type) return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

function homepageOf(manifest) {
  const repo = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const url = manifest.homepage ?? repo;
  if (typeof url !== 'string') return undefined;
  return url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/^git:\/\//, 'https://');
}

function licenceText(dir) {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : undefined;
}

async function writeLicences(outdir, licences) {
  const list = licences.map(({ text: _text, ...entry }) => entry);
  await fs.writeFile(path.join(outdir, 'licenses.json'), `${JSON.stringify(list, null, 2)}\n`);
  const notices = licences.map(
    (l) =>
      `${l.name} ${l.version} (${l.licence})\n${'-'.repeat(60)}\n${l.text ?? 'No licence file in the package.'}\n`,
  );
  await fs.writeFile(path.join(outdir, 'THIRD_PARTY_LICENSES.txt'), notices.join('\n'));
}

async function main() {
  const { values } = parseArgs({
    options: { 'renderer-only': { type: 'boolean' }, outdir: { type: 'string' } },
  });
  const outdir = values.outdir ? path.resolve(values.outdir) : undefined;
  try {
    const { seconds, packages } = await bundle({ rendererOnly: values['renderer-only'], outdir });
    const what = values['renderer-only'] ? 'renderer' : 'main, preload, worker, web, renderer';
    console.log(`bundle: ${what} in ${seconds.toFixed(2)} s (${packages} third-party packages listed)`);
  } catch (error) {
    // esbuild already printed its own diagnostics; ours get one clear line.
    console.error(`bundle: ${error.name === 'MissingEntryError' ? error.message : 'failed.'}`);
    if (error.name !== 'MissingEntryError' && !error.errors) console.error(error);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
