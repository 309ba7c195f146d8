/**
 * A national body named after another country's possessive is that country's body: "Mexico's National
 * Guard" or "Mexico deploying its National Guard" is not the U.S. National Guard the lexicon knows. The
 * mention leaves the lexicon entry and records the country (`mention.country`) for the resolver.
 */
import type { Mention, SegmentedDocument } from '../types';
import { getLexicon } from './lexicon';

export function qualifyNationalBodies(doc: SegmentedDocument, mentions: readonly Mention[]): void {
  const lexicon = getLexicon();
  mentions.forEach((m, i) => {
    const entry = m.lexicon ? lexicon.entities.get(m.lexicon) : undefined;
    if (!entry?.country || i === 0) return;
    const owner = possessiveCountry(doc, mentions, i);
    if (!owner || owner === entry.country) return;
    delete m.lexicon;
    m.country = owner;
  });
}

/** The country whose possessive ("Mexico's", or "its" referring to Mexico) comes right before mention `i`. */
function possessiveCountry(
  doc: SegmentedDocument,
  mentions: readonly Mention[],
  i: number,
): string | undefined {
  const m = mentions[i];
  const before = mentions[i - 1];
  const gap = doc.text.slice(before.end, m.start);
  const lexicon = getLexicon();
  let country: Mention | undefined;
  if (before.source === 'coref' && /^its$/i.test(before.text) && /^\s+$/.test(gap)) {
    country = before.antecedent === undefined ? undefined : mentions[before.antecedent];
  } else if (before.source !== 'coref' && /^['’]s\s+$/.test(gap)) {
    country = before;
  }
  const entry = country?.lexicon ? lexicon.entities.get(country.lexicon) : undefined;
  return entry?.kind === 'country' ? entry.id : undefined;
}
