// INTERIM (replaced by the relation work): no typed relations yet; co-occurrence is added by the graph stage.
import type { CorpusState } from './index';

export function extractRelations(state: CorpusState): void {
  state.relations = [];
}
