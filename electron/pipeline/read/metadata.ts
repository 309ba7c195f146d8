/**
 * Document metadata: the optional corpus `manifest.json`, and what can be inferred from the text itself
 * (a headline on the first line, a dateline near the top).
 */
import { z } from 'zod';
import type { Diagnostic, SourceDocument } from '../types';
import { findDate, normaliseDate, parseLoneDate } from './dates';

export const MANIFEST_NAME = 'manifest.json';

export type Metadata = Pick<SourceDocument, 'title' | 'date' | 'source' | 'url'>;

const ManifestEntry = z.object({
  title: z.string().min(1).optional(),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are ISO: yyyy-mm-dd, yyyy-mm or yyyy')
    .optional(),
  source: z.string().min(1).optional(),
  url: z.string().url().optional(),
});

/** `{ "documents": { "<document id or file path>": { title?, date?, source?, url? } } }` */
const ManifestSchema = z.object({ documents: z.record(z.string(), ManifestEntry) });

export type Manifest = ReadonlyMap<string, Metadata>;

/** Parses a manifest; a broken one becomes a warning and is ignored (documents are still read). */
export function parseManifest(raw: string, file: string): { manifest: Manifest; diagnostics: Diagnostic[] } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { manifest: new Map(), diagnostics: [manifestWarning(file, (error as Error).message)] };
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    return { manifest: new Map(), diagnostics: [manifestWarning(file, `${issue.message}${where}`)] };
  }
  return { manifest: new Map(Object.entries(parsed.data.documents)), diagnostics: [] };
}

function manifestWarning(file: string, reason: string): Diagnostic {
  return {
    severity: 'warning',
    code: 'invalid-manifest',
    message: `The corpus manifest was ignored (${reason}); fix it to restore titles, dates and sources.`,
    file,
  };
}

/**
 * Manifest entries apply to a document id (`file.csv#3`) or to every document of a file (`file.csv`);
 * the more specific entry wins field by field.
 */
export function manifestFor(manifest: Manifest, docId: string): Metadata {
  const fileId = docId.includes('#') ? docId.slice(0, docId.indexOf('#')) : docId;
  return { ...definedOnly(manifest.get(fileId)), ...definedOnly(manifest.get(docId)) };
}

/** Later sources fill only the fields earlier ones left undefined. */
export function mergeMetadata(...sources: Array<Metadata | undefined>): Metadata {
  const out: Metadata = {};
  for (const source of sources) {
    if (!source) continue;
    out.title ??= source.title;
    out.date ??= source.date;
    out.source ??= source.source;
    out.url ??= source.url;
  }
  return definedOnly(out);
}

function definedOnly(meta: Metadata | undefined): Metadata {
  const out: Metadata = {};
  if (meta?.title) out.title = meta.title;
  if (meta?.date) out.date = meta.date;
  if (meta?.source) out.source = meta.source;
  if (meta?.url) out.url = meta.url;
  return out;
}

/** How far down the text a headline or a dateline may be. */
const HEAD_LINES = 6;
const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 25;

/** Title and date from the text itself: a headline-like first line, a dateline near the top. */
export function inferMetadata(text: string): Metadata {
  const lines = firstLines(text, HEAD_LINES);
  const meta: Metadata = {};
  const titleLine = lines.find((line) => !parseLoneDate(line));
  if (titleLine !== undefined && looksLikeHeadline(titleLine)) {
    meta.title = titleLine.replace(/^#{1,6}\s+/, '').trim();
  }
  for (const line of lines) {
    const date = datelineDate(line);
    if (date) {
      meta.date = date;
      break;
    }
  }
  return meta;
}

/** A wire-style dateline opening: "WASHINGTON, May 10, 2025 -" or "LONDON (Reuters) May 10, 2025". */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu} .'-]{1,40}(?:,|\s\()/u;

/** The date of a line that is a dateline: a lone date, a short byline/date line, or a wire dateline. */
function datelineDate(line: string): string | undefined {
  const lone = parseLoneDate(line);
  if (lone) return lone.iso;
  if (line.length <= 80) return findDate(line);
  if (DATELINE_PLACE.test(line)) return findDate(line.slice(0, 80));
  return undefined;
}

/** A headline: short, has letters, starts like a title, and does not end like a sentence or a clause. */
export function looksLikeHeadline(line: string): boolean {
  const s = line.trim().replace(/^#{1,6}\s+/, '');
  if (s.length < 3 || s.length > MAX_TITLE_CHARS) return false;
  if (s.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  if (!/\p{L}/u.test(s)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(s)) return false;
  return !/[.,;:][\s"”’')\]]*$/.test(s);
}

function firstLines(text: string, count: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < count && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + 1000)).trim();
    if (line) out.push(line);
    start = end + 1;
  }
  return out;
}

export { normaliseDate };
