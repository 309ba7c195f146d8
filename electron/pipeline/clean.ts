// INTERIM (replaced by the ingest work): keeps every non-empty line.
import type { CleanedDocument, SourceDocument } from './types';

export function cleanDocument(doc: SourceDocument): CleanedDocument {
  const body: CleanedDocument['body'] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (m[0].trim()) body.push({ start: m.index, end: m.index + m[0].length, heading: false });
  }
  return { ...doc, body, removed: [] };
}
