/**
 * A single word the lexicon calls a place ("Austin", "Jordan") is a person when the same document names a
 * person with that word ("Lloyd Austin"): the document knows better than a general list.
 */
import type { Mention } from '../types';
import { wordKey } from './words';

export function retypeNameParts(mentions: Mention[]): void {
  const nameParts = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const parts = m.text.split(/\s+/);
    if (parts.length < 2) continue;
    for (const part of parts) nameParts.add(wordKey(part));
  }
  for (const m of mentions) {
    if (m.type !== 'place' || m.source !== 'lexicon' || /\s/.test(m.text)) continue;
    if (!nameParts.has(wordKey(m.text))) continue;
    m.type = 'person';
    delete m.lexicon;
  }
}
