/**
 * Relations stage: typed, directed relations between the entities of each sentence, with modality,
 * evidence (the sentence verbatim with its offsets) and trigger. Rules live in `relations/`:
 * words -> clauses -> triggers / roles / locations / attributions -> modality. Design notes and measured
 * quality: docs/relations.md.
 */
import type { CorpusState } from './index';
import { corpusKnowledge } from './relations/knowledge';
import { sentenceRelations } from './relations/extract';
import type { Mention, RelationInstance } from './types';

export function extractRelations(state: CorpusState): void {
  const knowledge = corpusKnowledge(state.entities);
  const relations: RelationInstance[] = [];
  for (const doc of state.documents) {
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
      relations.push(...sentenceRelations({ docId: doc.id, sentence, mentions, knowledge }));
    }
  }
  state.relations = relations;
}
