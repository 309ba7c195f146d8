/**
 * Where the application's own files are, the same way in development (repository checkout), in the
 * bundle (`dist/`) and in a packaged app (`resources/app.asar`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const APP_NAME = 'plexus';

/**
 * The folder holding our `package.json`, searched upwards from `fromDir` (a module's `__dirname`), then
 * from the working directory (a bundle run from elsewhere, such as a test's temporary build).
 */
export function findAppRoot(fromDir: string = __dirname): string {
  const found = searchUp(fromDir) ?? searchUp(process.cwd());
  if (!found)
    throw new Error(`Cannot find the ${APP_NAME} package.json above ${fromDir} or ${process.cwd()}.`);
  return found;
}

function searchUp(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === APP_NAME) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readPackageName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

/**
 * `graph-data/` (default corpus, lexicons, models). Packaged, it is unpacked next to the archive
 * (`app.asar.unpacked`, see build/electron-builder.yml) so the worker thread and any native reader can
 * open it with plain `fs`.
 */
export function graphDataDir(appRoot: string): string {
  return unpackedPath(path.join(appRoot, 'graph-data'));
}

export function defaultCorpusDir(appRoot: string): string {
  return path.join(graphDataDir(appRoot), 'corpus');
}

/** `…/app.asar/x` -> `…/app.asar.unpacked/x`; other paths unchanged. */
export function unpackedPath(p: string): string {
  return p.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

export function rendererDir(appRoot: string): string {
  return path.join(appRoot, 'dist', 'renderer');
}
