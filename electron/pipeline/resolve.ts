// INTERIM (replaced by the entity work): one entity per exact surface form.
import type { CorpusState } from './index';
import type { Entity } from './types';

export function resolveEntities(state: CorpusState): void {
  const byKey = new Map<string, Entity>();
  for (const doc of state.documents) {
    for (const m of doc.mentions) {
      const key = `${m.type}:${m.text.toLowerCase()}`;
      let e = byKey.get(key);
      if (!e) {
        e = { id: key, label: m.text, type: m.type, aliases: [m.text], mentions: [], docs: [] };
        byKey.set(key, e);
      }
      e.mentions.push(m);
      if (!e.docs.includes(doc.id)) e.docs.push(doc.id);
      m.entity = e.id;
    }
  }
  state.entities = [...byKey.values()];
}
