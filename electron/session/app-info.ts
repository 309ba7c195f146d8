/** Version, mode and bundled third-party licences for Help > About (`getAppInfo`). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../ipc/contract';

interface LicenceEntry {
  name: string;
  version?: string;
  licence: string;
  url?: string;
}

export function readAppInfo(appRoot: string, mode: AppInfo['mode']): AppInfo {
  const manifest = JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as {
    productName?: string;
    name: string;
    version: string;
  };
  const versions: Record<string, string> = {};
  for (const key of ['electron', 'chrome', 'node', 'v8'] as const) {
    const value = process.versions[key];
    if (value) versions[key] = value;
  }
  return {
    name: manifest.productName ?? manifest.name,
    version: manifest.version,
    mode,
    versions,
    licences: readLicences(path.join(appRoot, 'dist', 'licenses.json')),
  };
}

/** `dist/licenses.json`, written by scripts/bundle.mjs; an empty list if the bundle was never built. */
function readLicences(file: string): AppInfo['licences'] {
  let entries: LicenceEntry[];
  try {
    entries = JSON.parse(readFileSync(file, 'utf8')) as LicenceEntry[];
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  return entries
    .filter((e) => typeof e?.name === 'string' && typeof e.licence === 'string')
    .map((e) => ({
      name: e.version ? `${e.name} ${e.version}` : e.name,
      licence: e.licence,
      ...(typeof e.url === 'string' ? { url: e.url } : {}),
    }));
}
