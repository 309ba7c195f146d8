// INTERIM (replaced by the ingest work): naive sentence split on . ! ? and whitespace tokens.
import type { CleanedDocument, SegmentedDocument, Sentence } from './types';

export function segmentDocument(doc: CleanedDocument): SegmentedDocument {
  const sentences: Sentence[] = [];
  doc.body.forEach((region, paragraph) => {
    const text = doc.text.slice(region.start, region.end);
    const re = /[^.!?]+[.!?]*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = region.start + m.index + lead;
      const end = region.start + m.index + m[0].trimEnd().length;
      if (end <= start) continue;
      const tokens = [];
      const tre = /\S+/g;
      const sText = doc.text.slice(start, end);
      for (let t = tre.exec(sText); t; t = tre.exec(sText)) {
        tokens.push({ text: t[0], start: start + t.index, end: start + t.index + t[0].length });
      }
      sentences.push({ index: sentences.length, start, end, text: sText, tokens, paragraph, heading: false });
    }
  });
  return { ...doc, sentences };
}
