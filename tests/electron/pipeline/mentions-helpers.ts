/**
 * Test helpers for the entity stages: real clean -> segment -> findMentions on a small text, and compact
 * views of the result (`[text, type]` pairs) for table-driven rows.
 */
import { cleanDocument } from '../../../electron/pipeline/clean';
import { segmentDocument } from '../../../electron/pipeline/segment';
import { findMentions } from '../../../electron/pipeline/mentions';
import { resolveEntities } from '../../../electron/pipeline/resolve';
import type { CorpusState } from '../../../electron/pipeline/index';
import type { AnnotatedDocument, EntityType, SourceDocument } from '../../../electron/pipeline/types';

export function annotate(text: string, id = 'doc.txt'): AnnotatedDocument {
  const source: SourceDocument = { id, path: `/virtual/${id}`, format: 'txt', text };
  return findMentions(segmentDocument(cleanDocument(source)));
}

/** Named mentions (coreference left out) as `[text, type]`, in text order. */
export function named(text: string): Array<[string, EntityType]> {
  return annotate(text)
    .mentions.filter((m) => m.source !== 'coref')
    .map((m) => [m.text, m.type]);
}

/** Coreference mentions as `[text, antecedent text]`. */
export function corefs(text: string): Array<[string, string]> {
  const doc = annotate(text);
  return doc.mentions
    .filter((m) => m.source === 'coref')
    .map((m) => [m.text, m.antecedent === undefined ? '?' : doc.mentions[m.antecedent].text]);
}

/** Runs mentions and resolve over several texts (one document each). */
export function resolveTexts(texts: readonly string[]): CorpusState {
  const documents = texts.map((text, i) => annotate(text, `doc${i}.txt`));
  const state: CorpusState = { documents, entities: [], relations: [], diagnostics: [] };
  resolveEntities(state);
  return state;
}
