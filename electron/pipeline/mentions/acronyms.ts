/**
 * Acronyms a document defines ("the African Continental Free Trade Area (AfCFTA) agreement", "Notes from
 * Poland (NFP)") name the same thing wherever the document writes them, even where neither the tagger nor a
 * lexicon reads them ("One of the stated goals of AfCFTA ..."). The resolver joins them to the long form.
 */
import { acronymDefinedAfter, acronymMayAbbreviate } from '../resolve/acronyms';
import type { EntityType } from '../types';
import { ruleCandidate, type Candidate } from './candidate';
import type { SentenceContext } from './context';

export function addDefinedAcronyms(contexts: readonly SentenceContext[], candidates: Candidate[][]): void {
  const defined = new Map<string, EntityType>();
  contexts.forEach((ctx, s) => {
    for (const c of candidates[s]) {
      if (c.type === 'person') continue;
      const end = ctx.words[c.end - 1].end - ctx.sentence.start;
      const acronym = acronymDefinedAfter(ctx.sentence.text, end);
      const name = ctx.sentence.text.slice(ctx.words[c.start].start - ctx.sentence.start, end);
      if (acronym && acronymMayAbbreviate(acronym, name) && !defined.has(acronym))
        defined.set(acronym, c.type);
    }
  });
  if (defined.size === 0) return;
  contexts.forEach((ctx, s) => {
    ctx.words.forEach((word, i) => {
      const type = defined.get(word.text);
      if (type) candidates[s].push(ruleCandidate(i, i + 1, type, 'defined-acronym'));
    });
  });
}
