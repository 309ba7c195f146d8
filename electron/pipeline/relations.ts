/**
 * Relations stage: typed, directed relations between the entities of each sentence, with modality,
 * evidence (the sentence verbatim with its offsets) and trigger. Rules live in `relations/`:
 * words -> clauses -> triggers / roles / locations / attributions -> modality. Design notes and measured
 * quality: docs/relations.md.
 */
import type { CorpusState } from './index';
import { corpusKnowledge, documentKnowledge, type CorpusKnowledge } from './relations/knowledge';
import { sentenceRelations } from './relations/extract';
import { getLexicon } from './mentions/lexicon';
import { phraseKeys } from './mentions/words';
import type { AnnotatedDocument, Entity, Mention, RelationInstance } from './types';

export function extractRelations(state: CorpusState): void {
  const knowledgeOf = relationKnowledge(state);
  const relations: RelationInstance[] = [];
  for (const doc of state.documents) {
    const knowledge = knowledgeOf(doc);
    for (const [index, mentions] of mentionsBySentence(doc)) {
      const sentence = doc.sentences[index];
      if (!sentence || mentions.length < 1) continue;
      relations.push(...sentenceRelations({ docId: doc.id, sentence, mentions, knowledge }));
    }
  }
  state.relations = relations;
}

/**
 * What the rules may look up while reading one document: the corpus' entities (by name, the lexicon's
 * demonyms, departments) and the organizations this document names (for "cartel leader X"). The events
 * stage reads sentences again with the same knowledge.
 */
export function relationKnowledge(state: CorpusState): (doc: AnnotatedDocument) => CorpusKnowledge {
  const corpus = corpusKnowledge(state.entities, undefined, lexiconDemonym);
  const entityById = new Map(state.entities.map((e) => [e.id, e]));
  return (doc) => documentKnowledge(corpus, () => documentOrganizations(doc.mentions, entityById));
}

function mentionsBySentence(doc: AnnotatedDocument): Map<number, Mention[]> {
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    if (!m.entity) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  return bySentence;
}

/** The organizations a document names (not through coreference), with their names. */
function documentOrganizations(
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): Array<{ id: string; names: readonly string[] }> {
  const ids = new Set<string>();
  for (const m of mentions)
    if (m.entity && m.type === 'organization' && m.source !== 'coref') ids.add(m.entity);
  return [...ids].map((id) => {
    const e = entities.get(id);
    return { id, names: e ? [e.label, ...e.aliases] : [] };
  });
}

/** The lexicon entity a capitalised demonym names ("British" -> the United Kingdom's id), if any. */
export function lexiconDemonym(word: string): string | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  return getLexicon().demonyms.get(phraseKeys(word))[0]?.entity.id;
}
