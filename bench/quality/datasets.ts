/**
 * Loaders for the shared evaluation datasets (read-only, under `sharedDir`, from PLEXUS_SHARED or a flag):
 *   - GMB NER corpus (`datasets/gmb/ner_dataset.csv.zip`), read by the tagger's own reader;
 *   - re3d (`datasets/re3d-dev/<part>/documents.json` + `entities.json`, one JSON object per line,
 *     as exported by mongoexport).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readGmb, gmbSplit, type GmbSentence, type GmbSplit } from '../../electron/pipeline/ner/gmb';

export { gmbSplit, type GmbSentence, type GmbSplit };

/** A dataset file is missing or does not have the expected shape. */
export class DatasetError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatasetError';
  }
}

export function gmbPath(sharedDir: string): string {
  return path.join(sharedDir, 'datasets', 'gmb', 'ner_dataset.csv.zip');
}

/** GMB sentences of one split (see `gmbSplit`: index % 10 == 9 test, == 8 dev, else train). */
export function loadGmbSplit(sharedDir: string, split: GmbSplit): GmbSentence[] {
  const file = gmbPath(sharedDir);
  if (!existsSync(file)) throw new DatasetError(`GMB corpus not found at ${file}.`);
  return readGmb(file).filter((s) => gmbSplit(s.index) === split);
}

export interface Re3dEntity {
  id: string;
  begin: number;
  end: number;
  /** re3d type: Person, Organisation, Location, Nationality, Temporal, ... */
  type: string;
  value: string;
  confidence: number;
}

export interface Re3dDocument {
  id: string;
  /** The sub-folder it comes from (UK-Government, Wikipedia, ...). */
  part: string;
  title: string;
  text: string;
  entities: Re3dEntity[];
}

const documentSchema = z.object({ _id: z.string(), title: z.string().optional(), text: z.string() });
const entitySchema = z.object({
  _id: z.string(),
  documentId: z.string(),
  begin: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: z.string(),
  value: z.string(),
  confidence: z.number().optional(),
});

/** Every part of `datasets/re3d-dev`, documents with their gold entities (offsets checked against text). */
export function loadRe3d(sharedDir: string): Re3dDocument[] {
  const root = path.join(sharedDir, 'datasets', 're3d-dev');
  if (!existsSync(root)) throw new DatasetError(`re3d not found at ${root}.`);
  const parts = readdirSync(root)
    .filter((name) => statSync(path.join(root, name)).isDirectory())
    .sort();
  return parts.flatMap((part) => loadRe3dPart(path.join(root, part), part));
}

export function loadRe3dPart(dir: string, part = path.basename(dir)): Re3dDocument[] {
  const docs = new Map<string, Re3dDocument>();
  for (const raw of readJsonLines(path.join(dir, 'documents.json'))) {
    const d = parseWith(documentSchema, raw, 'documents.json', dir);
    docs.set(d._id, { id: d._id, part, title: d.title ?? '', text: d.text, entities: [] });
  }
  for (const raw of readJsonLines(path.join(dir, 'entities.json'))) {
    const e = parseWith(entitySchema, raw, 'entities.json', dir);
    const doc = docs.get(e.documentId);
    if (!doc) throw new DatasetError(`${dir}/entities.json: entity ${e._id} names an unknown document.`);
    if (e.end < e.begin || e.end > doc.text.length) {
      throw new DatasetError(`${dir}/entities.json: entity ${e._id} has offsets outside its document.`);
    }
    doc.entities.push({
      id: e._id,
      begin: e.begin,
      end: e.end,
      type: e.type,
      value: e.value,
      confidence: e.confidence ?? 1,
    });
  }
  return [...docs.values()];
}

/** One JSON object per line (mongoexport); a BOM and blank lines are tolerated. */
export function readJsonLines(file: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new DatasetError(`Cannot read ${file}.`, { cause: error });
  }
  const out: unknown[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line));
    } catch (error) {
      throw new DatasetError(`${file}:${i + 1} is not valid JSON.`, { cause: error });
    }
  });
  return out;
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, file: string, dir: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new DatasetError(`${dir}/${file}: unexpected record (${result.error.issues[0]?.message}).`);
  }
  return result.data;
}
