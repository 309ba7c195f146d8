/**
 * One file's bytes -> its documents. The single decoding/validation path for files on disk and for
 * buffers uploaded in the app: binary check, decoding, format parsing, metadata, empty checks.
 */
import type { Diagnostic, SourceDocument } from '../types';
import { decodeText, sniff } from './decode';
import { parseCsvDocuments } from './csv';
import { extractHtml } from './html';
import { markdownToText } from './markdown';
import { inferMetadata, manifestFor, mergeMetadata, type Manifest, type Metadata } from './metadata';
import type { Format } from './walk';

export interface FileInput {
  /** Document id: the path relative to the corpus folder, `/`-separated. */
  id: string;
  /** Where it came from (absolute path on disk, or the uploaded name). */
  path: string;
  format: Format;
  bytes: Uint8Array;
}

export interface FileResult {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

/** Turns one file into documents; every problem becomes a diagnostic naming the file. */
export function documentsFromFile(input: FileInput, manifest: Manifest): FileResult {
  const { id, bytes } = input;
  if (bytes.length === 0) return skipped(emptyFile(id));
  const sniffed = sniff(bytes.subarray(0, 1024));
  if (sniffed.binary) {
    return skipped({
      severity: 'error',
      code: 'binary-file',
      message: `This looks like ${sniffed.what}, not text, and was skipped; export it as .txt, .md, .html or .csv.`,
      file: id,
    });
  }
  const decoded = decodeText(bytes, sniffed);
  const diagnostics: Diagnostic[] = [];
  if (decoded.fellBack) {
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-utf8',
      message:
        'This file is not valid UTF-8 and was read as windows-1252; re-save it as UTF-8 if characters look wrong.',
      file: id,
    });
  }
  if (!decoded.text.trim()) return { documents: [], diagnostics: [...diagnostics, emptyFile(id)] };
  const result = parseFormat(input, decoded.text, manifest);
  return { documents: result.documents, diagnostics: [...diagnostics, ...result.diagnostics] };
}

function parseFormat(input: FileInput, text: string, manifest: Manifest): FileResult {
  const base = { id: input.id, path: input.path, format: input.format };
  switch (input.format) {
    case 'csv':
      return csvDocuments(input, text, manifest);
    case 'html': {
      const { text: visible, ...meta } = extractHtml(text);
      return single({ ...base, text: visible }, manifest, meta);
    }
    case 'md':
      return single({ ...base, text: markdownToText(text) }, manifest);
    case 'txt':
      return single({ ...base, text }, manifest);
  }
}

/** Metadata precedence: manifest, then the format's own (HTML meta, CSV columns), then inference. */
function single(doc: SourceDocument, manifest: Manifest, formatMeta?: Metadata): FileResult {
  if (!doc.text.trim()) {
    return skipped({
      severity: 'warning',
      code: 'no-text',
      message: 'No visible text was found in this file, so it was skipped.',
      file: doc.id,
    });
  }
  const meta = mergeMetadata(manifestFor(manifest, doc.id), formatMeta, inferMetadata(doc.text));
  return { documents: [{ ...doc, ...meta }], diagnostics: [] };
}

function csvDocuments(input: FileInput, text: string, manifest: Manifest): FileResult {
  const { rows, diagnostics } = parseCsvDocuments(text, input.id);
  const documents = rows.map(({ row, text: body, ...columns }): SourceDocument => {
    const id = `${input.id}#${row}`;
    const meta = mergeMetadata(manifestFor(manifest, id), columns, inferMetadata(body));
    return { id, path: input.path, format: 'csv', text: body, ...meta };
  });
  if (documents.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({
      severity: 'warning',
      code: 'no-text',
      message: 'This CSV file has no rows with text, so it was skipped.',
      file: input.id,
    });
  }
  return { documents, diagnostics };
}

function emptyFile(file: string): Diagnostic {
  return { severity: 'warning', code: 'empty-file', message: 'This file is empty and was skipped.', file };
}

function skipped(diagnostic: Diagnostic): FileResult {
  return { documents: [], diagnostics: [diagnostic] };
}
