#!/usr/bin/env node
/**
 * `npm start` (after `node scripts/bundle.mjs`): runs the desktop app with Electron when its runtime is
 * installed and can show a window; otherwise says why in one line and serves the same app in the browser
 * (browser mode) until Ctrl+C.
 *
 * Usage: node scripts/start.mjs [--browser] [--port <n>] [--corpus <folder>] [--dist <folder>]
 *   --browser        browser mode even if Electron is available
 *   --port <n>       browser mode port (default 5173; a free one if it is taken)
 *   --corpus <dir>   browser mode corpus (default graph-data/corpus)
 *   --dist <dir>     where the bundles are (default dist/; tests)
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 5173;

/**
 * The Electron executable, or why it cannot be used. Mirrors what `require('electron')` does, without
 * its side effect of trying to download the binary (which fails offline and takes a while to do so).
 */
export function findElectron(env = process.env, platform = process.platform) {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  if (!existsSync(path.join(pkgDir, 'package.json')))
    return { reason: 'the electron package is not installed' };
  const pathFile = path.join(pkgDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  let binary;
  if (env.ELECTRON_OVERRIDE_DIST_PATH)
    binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable ?? 'electron');
  else if (executable) binary = path.join(pkgDir, 'dist', executable);
  else
    return {
      reason: 'the Electron binary was never downloaded (reinstall without ELECTRON_SKIP_BINARY_DOWNLOAD)',
    };
  if (!existsSync(binary)) return { reason: `the Electron binary is missing (${binary})` };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY)
    return { reason: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  return { binary };
}

function runElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
  const child = spawn(binary, [root], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runBrowser({ port, corpus, dist }) {
  const bundle = path.join(dist, 'web.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first.`);
  const { runWeb } = createRequire(import.meta.url)(bundle);
  try {
    await runWeb({ port, corpus });
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port === 0) throw error;
    console.log(`Port ${port} is taken; using a free one.`);
    await runWeb({ port: 0, corpus });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      browser: { type: 'boolean', default: false },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      corpus: { type: 'string' },
      dist: { type: 'string', default: path.join(root, 'dist') },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, not "${values.port}".`);

  const electron = values.browser ? { reason: '--browser was given' } : findElectron();
  if (electron.binary) {
    runElectron(electron.binary);
    return;
  }
  console.log(`Plexus: cannot start the desktop app: ${electron.reason}. Running in browser mode instead.`);
  await runBrowser({ port, corpus: values.corpus, dist: path.resolve(values.dist) });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`plexus start: ${error.message}`);
    process.exitCode = 1;
  });
}
