/**
 * Relations stage: typed, directed relations between the entities of each sentence, with modality,
 * evidence (the sentence verbatim with its offsets) and trigger. Rules live in `relations/`:
 * words -> clauses -> triggers / roles / locations / attributions -> modality. Design notes and measured
 * quality: docs/relations.md.
 */
import type { CorpusState } from './index';
import { corpusKnowledge, documentKnowledge, type CorpusKnowledge } from './relations/knowledge';
import { sentenceRelations } from './relations/extract';
import type { Entity, Mention, RelationInstance } from './types';

export function extractRelations(state: CorpusState): void {
  const knowledge = corpusKnowledge(state.entities);
  const relations: RelationInstance[] = [];
  const entityById = new Map(state.entities.map((e) => [e.id, e]));
  for (const doc of state.documents) {
    const inDocument = documentKnowledge(knowledge, documentOrganizations(doc.mentions, entityById));
    const bySentence = new Map<number, Mention[]>();
    for (const m of doc.mentions) {
      if (!m.entity) continue;
      const list = bySentence.get(m.sentence) ?? [];
      list.push(m);
      bySentence.set(m.sentence, list);
    }
    for (const [index, mentions] of bySentence) {
      const sentence = doc.sentences[index];
      if (!sentence || mentions.length < 1) continue;
      relations.push(...sentenceRelations({ docId: doc.id, sentence, mentions, knowledge: inDocument }));
    }
  }
  state.relations = relations;
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

export type { CorpusKnowledge };
