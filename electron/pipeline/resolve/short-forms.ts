/**
 * Other names of one organization within one document. Short forms: "Mahan" where the document names "Mahan Air", "Houthi"
 * beside "Houthi movement", "Salling" beside "Salling Group": the name without its head noun is the same
 * body. Per document only ("Liberal" in another article may be another country's party), and only when one
 * organization of the document has that short form.
 */
import { ORG_HEADS } from '../mentions/vocabulary';
import type { AnnotatedDocument, Mention } from '../types';
import { matchKey } from './normalize';
import type { UnionFind } from './union-find';

export function linkShortOrganizationNames(
  doc: AnnotatedDocument,
  keyOf: ReadonlyMap<Mention, string>,
  sets: UnionFind,
): void {
  const organizations = doc.mentions.filter((m) => m.source !== 'coref' && m.type === 'organization');
  const longer = new Map<string, Set<string>>();
  for (const m of organizations) {
    const words = matchKey(m.text).split(' ');
    if (words.length < 2 || !ORG_HEADS.has(words[words.length - 1])) continue;
    const short = words.slice(0, -1).join(' ');
    if (!longer.has(short)) longer.set(short, new Set());
    longer.get(short)!.add(sets.find(keyOf.get(m)!));
  }
  for (const m of organizations) {
    if (m.lexicon) continue;
    const roots = longer.get(matchKey(m.text));
    if (roots?.size === 1) sets.union([...roots][0], keyOf.get(m)!);
  }
}

/**
 * "the Supreme Court of Justice (Oberster Gerichtshof) of Austria": a multi-word name alone in brackets right
 * after an organization's name is its name in another language (acronyms are linked as such elsewhere).
 */
export function linkBracketedNames(
  doc: AnnotatedDocument,
  keyOf: ReadonlyMap<Mention, string>,
  sets: UnionFind,
): void {
  const named = doc.mentions.filter((m) => m.source !== 'coref');
  for (let k = 1; k < named.length; k++) {
    const [before, inside] = [named[k - 1], named[k]];
    if (before.type !== 'organization' || inside.type !== 'organization' || inside.lexicon) continue;
    if (inside.sentence !== before.sentence || !/\s/.test(inside.text.trim())) continue;
    const opening = doc.text.slice(before.end, inside.start);
    const closing = doc.text.slice(inside.end, inside.end + 3);
    if (/^\s*\(\s*$/.test(opening) && /^\s*\)/.test(closing))
      sets.union(keyOf.get(before)!, keyOf.get(inside)!);
  }
}
