// INTERIM (replaced by the relation work): no event linking yet.
import type { CorpusState } from './index';

export function linkEvents(_state: CorpusState): void {}
