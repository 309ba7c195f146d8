/**
 * Mention stage: typed mentions per sentence from four sources, then one mention per span.
 *   1. the statistical tagger (`./mentions/tagged.ts`),
 *   2. general-knowledge lexicons (`graph-data/lexicons/`, `./mentions/lexicon.ts`),
 *   3. pattern rules for policies, named events, organizations by head noun or demonym, titled persons,
 *      names typed by a kind noun next to them (`./mentions/rules-kinds.ts`),
 *   4. coreference (pronouns, "the president") to a clear antecedent (`./mentions/coref.ts`).
 * Design notes: docs/entities.md.
 */
import type { AnnotatedDocument, Mention, SegmentedDocument } from './types';
import { tokenRange } from './mentions/tokens';
import type { Candidate } from './mentions/candidate';
import { createDocContext, type SentenceContext } from './mentions/context';
import { addCoreferences } from './mentions/coref';
import { ruleCandidates } from './mentions/rules';
import { kindRules } from './mentions/rules-kinds';
import { selectCandidates } from './mentions/select';
import { splitTaggedSpan } from './mentions/split';
import { taggerCandidates } from './mentions/tagged';
import { retypeNameParts } from './mentions/retype';
import { harmonizeTaggerTypes } from './mentions/consistency';
import { refineTaggerReadings } from './mentions/refine';
import { addDefinedAcronyms } from './mentions/acronyms';
import { qualifyNationalBodies } from './mentions/national';

export function findMentions(doc: SegmentedDocument): AnnotatedDocument {
  const { sentences } = createDocContext(doc);
  const candidates = sentences.map((ctx) => [
    ...lexiconCandidates(ctx),
    ...ruleCandidates(ctx),
    ...kindRules(ctx),
    ...taggerCandidates(ctx).flatMap((c) => splitTaggedSpan(c, ctx)),
  ]);
  harmonizeTaggerTypes(sentences, candidates);
  refineTaggerReadings(sentences, candidates);
  addDefinedAcronyms(sentences, candidates);
  const mentions: Mention[] = [];
  sentences.forEach((ctx, s) => {
    for (const candidate of selectCandidates(candidates[s], ctx.keys))
      mentions.push(toMention(doc, ctx, candidate));
  });
  retypeNameParts(mentions);
  const all = addCoreferences(doc, sentences, mentions);
  qualifyNationalBodies(doc, all);
  return { ...doc, mentions: all };
}

export function lexiconCandidates(ctx: SentenceContext): Candidate[] {
  return ctx.names.map((match) => ({
    start: match.start,
    end: match.end,
    type: match.value.entity.type,
    source: 'lexicon',
    why: match.value.entity.kind,
    lexicon: match.value.entity,
  }));
}

function toMention(doc: SegmentedDocument, ctx: SentenceContext, candidate: Candidate): Mention {
  const start = ctx.words[candidate.start].start;
  const end = ctx.words[candidate.end - 1].end;
  const [tokenStart, tokenEnd] = tokenRange(ctx.sentence, start, end);
  return {
    docId: doc.id,
    sentence: ctx.sentence.index,
    tokenStart,
    tokenEnd,
    start,
    end,
    text: doc.text.slice(start, end),
    type: candidate.type,
    source: candidate.source,
    ...(candidate.title ? { title: candidate.title } : {}),
    ...(candidate.lexicon ? { lexicon: candidate.lexicon.id } : {}),
    ...(candidate.country ? { country: candidate.country } : {}),
  };
}
