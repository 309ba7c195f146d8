// INTERIM (replaced by the relation work): nodes from entities, typed edges, sentence co-occurrence.
import Graph from 'graphology';
import type { CorpusState } from '../pipeline/index';
import type { Evidence } from '../pipeline/types';

export const EXTRACTOR = { name: 'plexus', version: '0.1.0' };

export function buildGraph(state: CorpusState): Graph {
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: false });
  graph.mergeAttributes({
    corpus: state.documents.map((d) => ({ id: d.id, title: d.title, date: d.date, source: d.source })),
    extractor: EXTRACTOR,
  });
  for (const e of state.entities) {
    graph.addNode(e.id, {
      label: e.label,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.length,
      docs: e.docs,
    });
  }
  const cooc = new Map<string, { source: string; target: string; evidence: Evidence[] }>();
  for (const doc of state.documents) {
    const bySentence = new Map<number, Set<string>>();
    for (const m of doc.mentions) {
      if (!m.entity) continue;
      if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, new Set());
      bySentence.get(m.sentence)!.add(m.entity);
    }
    for (const [si, ids] of bySentence) {
      const list = [...ids].sort();
      const s = doc.sentences[si];
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const key = `${list[i]}|${list[j]}`;
          if (!cooc.has(key)) cooc.set(key, { source: list[i], target: list[j], evidence: [] });
          cooc.get(key)!.evidence.push({ doc: doc.id, sentence: s.text, start: s.start, end: s.end });
        }
    }
  }
  for (const c of cooc.values()) {
    graph.addEdge(c.source, c.target, {
      relation: 'related_to',
      weight: c.evidence.length,
      evidence: c.evidence,
    });
  }
  return graph;
}
