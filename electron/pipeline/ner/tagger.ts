/**
 * The tagger as the pipeline uses it: one shared model, loaded lazily on first use from the committed
 * file `graph-data/models/ner.json.gz`.
 *
 * Where the model file is looked up, first hit wins:
 *   1. `setNerModelPath(path)` (the Electron main process or a test can point at a file);
 *   2. the `PLEXUS_NER_MODEL` environment variable;
 *   3. `graph-data/models/ner.json.gz` under Electron's resources folder (packaged app: unpacked from the
 *      asar archive so worker threads can read it), then in the nearest ancestor of this module's folder
 *      or of the working directory (dev, CLI, tests, bundles).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeModel } from './model-file';
import { NerModel, NerModelError, type ScoredSpan, type TaggedToken } from './model';

export const MODEL_RELATIVE_PATH = path.join('graph-data', 'models', 'ner.json.gz');

let explicitPath: string | undefined;
let shared: NerModel | undefined;
let lastLoadMs = 0;

/** Tags tokens (from our segmenter) with GMB IOB labels: `O`, `B-per`, `I-org`, `B-geo`, ... */
export function tagTokens(tokens: readonly string[]): string[] {
  return getNerModel().tag(tokens);
}

/** Like `tagTokens`, with each token's margin and calibrated confidence. */
export function tagTokensWithScores(tokens: readonly string[]): TaggedToken[] {
  return getNerModel().tagWithScores(tokens);
}

/**
 * The tagged spans with the lowest confidence of their tokens: `labelsToSpans(labels)` plus
 * `min(confidence)` per span from `tagTokensWithScores`, exactly, at a fraction of the cost.
 */
export function tagSpans(tokens: readonly string[]): ScoredSpan[] {
  return getNerModel().tagSpans(tokens);
}

/** The shared model, loaded on first call. Throws `NerModelError` if it cannot be found or read. */
export function getNerModel(): NerModel {
  if (!shared) {
    const t0 = performance.now();
    shared = loadNerModel(resolveModelPath());
    lastLoadMs = performance.now() - t0;
  }
  return shared;
}

/** Milliseconds the shared model took to load (0 before the first load). */
export function nerModelLoadMs(): number {
  return lastLoadMs;
}

/** Uses another model file from now on (undefined: back to the default lookup). */
export function setNerModelPath(file: string | undefined): void {
  explicitPath = file;
  shared = undefined;
}

export function loadNerModel(file: string): NerModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new NerModelError(`Cannot read the NER model file ${file}.`, { cause: error });
  }
  return new NerModel(decodeModel(bytes));
}

export function resolveModelPath(): string {
  if (explicitPath) return explicitPath;
  const fromEnv = process.env.PLEXUS_NER_MODEL;
  if (fromEnv) return fromEnv;
  const candidates: string[] = [];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) {
    candidates.push(path.join(resources, 'app.asar.unpacked', MODEL_RELATIVE_PATH));
    candidates.push(path.join(resources, MODEL_RELATIVE_PATH));
  }
  if (typeof __dirname === 'string') candidates.push(...ancestors(__dirname));
  candidates.push(...ancestors(process.cwd()));
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new NerModelError(
      `No NER model found (looked for ${MODEL_RELATIVE_PATH} from ${process.cwd()}); ` +
        'set PLEXUS_NER_MODEL or run npm run train:ner.',
    );
  }
  return found;
}

function ancestors(start: string): string[] {
  const out: string[] = [];
  let dir = path.resolve(start);
  for (let depth = 0; depth < 8; depth++) {
    out.push(path.join(dir, MODEL_RELATIVE_PATH));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}
