// INTERIM (replaced by the entity work): runs of capitalised tokens typed as organizations.
import type { AnnotatedDocument, Mention, SegmentedDocument } from './types';

export function findMentions(doc: SegmentedDocument): AnnotatedDocument {
  const mentions: Mention[] = [];
  for (const s of doc.sentences) {
    let i = 0;
    while (i < s.tokens.length) {
      if (!/^[A-Z][a-z]/.test(s.tokens[i].text) || i === 0) {
        i++;
        continue;
      }
      let j = i;
      while (j < s.tokens.length && /^[A-Z][a-z]+$/.test(s.tokens[j].text)) j++;
      if (j > i) {
        const start = s.tokens[i].start;
        const end = s.tokens[j - 1].end;
        mentions.push({
          docId: doc.id,
          sentence: s.index,
          tokenStart: i,
          tokenEnd: j,
          start,
          end,
          text: doc.text.slice(start, end),
          type: 'organization',
          source: 'rule',
        });
      }
      i = Math.max(j, i + 1);
    }
  }
  return { ...doc, mentions };
}
