/**
 * The canonical label and type of an entity from its mentions. Label: the most complete common form
 * ("Donald Trump" over "Trump", "Joint Special Operations Command" over "JSOC", "Congress" over
 * "CONGRESS"). Type: majority vote among the most reliable source present (lexicon > rule > tagger).
 */
import type { EntityType, Mention } from '../types';
import { isAcronym } from './acronyms';
import { aliasForm } from './normalize';

const SOURCE_WEIGHT: Record<Mention['source'], number> = { lexicon: 3, rule: 2, tagger: 1, coref: 0 };

/** Majority vote among the most reliable source present: lexicon, else rules, else the tagger. */
export function chooseType(mentions: readonly Mention[]): EntityType {
  const best = Math.max(...mentions.map((m) => SOURCE_WEIGHT[m.source]));
  const votes = new Map<EntityType, number>();
  for (const m of mentions)
    if (SOURCE_WEIGHT[m.source] === best) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1])[0][0];
}

export function chooseLabel(mentions: readonly Mention[], type: EntityType): string {
  const forms = mentions.filter((m) => m.type === type).map((m) => aliasForm(m.text));
  const pool = forms.length > 0 ? forms : mentions.map((m) => aliasForm(m.text));
  const counts = new Map<string, number>();
  for (const form of pool) counts.set(form, (counts.get(form) ?? 0) + 1);
  const score = (form: string): number[] => [
    isAcronym(form) ? 0 : 1, // an expansion names better than its acronym
    type === 'person' ? Math.min(form.split(/\s+/).length, 2) : 0, // a full name over a surname
    /\p{Ll}/u.test(form) ? 1 : 0, // "Congress" over "CONGRESS"
    /^\p{Lu}/u.test(form) ? 1 : 0, // "Foreign Terrorist Organizations" over the lower-case form
    /['’]s\b/.test(form) ? 0 : 1, // "Trump administration" over "Trump’s administration"
    counts.get(form)!,
    form.length,
  ];
  return [...counts.keys()].sort((a, b) => compare(score(b), score(a)))[0];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
