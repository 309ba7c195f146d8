/**
 * Entity search over labels and aliases: typo-tolerant (MiniSearch fuzzy + prefix), ranked so the obvious
 * answer comes first: an exact name beats a prefix, a prefix beats a fuzzy match, and among equals the
 * entity mentioned more often wins.
 */
import MiniSearch from 'minisearch';
import type { KnowledgeGraph } from '../graph/model';

export interface SearchHit {
  id: string;
  label: string;
  type: string;
  /** The alias that matched when it is not the label (shown as "also: …"). */
  alias?: string;
  score: number;
}

interface Indexed {
  id: string;
  label: string;
  aliases: string;
  type: string;
  mentions: number;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
  size: number;
}

/** Lower-cases and strips accents and punctuation so "U.S." matches "US" and "Mexico" matches "México". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function createSearchIndex(graph: KnowledgeGraph): SearchIndex {
  const mini = new MiniSearch<Indexed>({
    fields: ['label', 'aliases'],
    storeFields: ['label', 'type', 'mentions'],
    processTerm: (term) => normalize(term) || null,
    tokenize: (text) => normalize(text).split(' '),
  });
  const records = new Map<string, { label: string; aliases: string[]; type: string; mentions: number }>();
  const docs: Indexed[] = [];
  graph.forEachNode((id, attrs) => {
    const aliases = attrs.aliases.filter((a) => a !== attrs.label);
    records.set(id, { label: attrs.label, aliases, type: attrs.type, mentions: attrs.mentions ?? 0 });
    docs.push({
      id,
      label: attrs.label,
      aliases: aliases.join(' \n '),
      type: attrs.type,
      mentions: attrs.mentions ?? 0,
    });
  });
  mini.addAll(docs);

  return {
    size: docs.length,
    search(query: string, limit = 12): SearchHit[] {
      const q = normalize(query);
      if (!q) return [];
      const results = mini.search(q, {
        prefix: true,
        fuzzy: (term) => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2),
        combineWith: 'AND',
        boost: { label: 2 },
        boostDocument: (_id, _term, stored) => 1 + Math.log1p(Number(stored?.mentions ?? 0)) / 10,
      });
      const hits = results.map((r) => {
        const record = records.get(r.id as string)!;
        const tier = matchTier(q, record.label, record.aliases);
        return {
          id: r.id as string,
          label: record.label,
          type: record.type,
          alias: tier.alias,
          // Tier dominates; MiniSearch's relevance orders within a tier.
          score: tier.rank * 1000 + r.score,
        };
      });
      hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
      return hits.slice(0, limit);
    },
  };
}

/** 3 = exact name or alias, 2 = name or alias starts with the query, 1 = a word starts with it, 0 = fuzzy. */
function matchTier(
  query: string,
  label: string,
  aliases: readonly string[],
): { rank: number; alias?: string } {
  const forms = [label, ...aliases];
  let best = { rank: 0, alias: undefined as string | undefined };
  for (const form of forms) {
    const n = normalize(form);
    const rank =
      n === query ? 3 : n.startsWith(query) ? 2 : n.split(' ').some((w) => w.startsWith(query)) ? 1 : 0;
    if (rank > best.rank) best = { rank, alias: form === label ? undefined : form };
  }
  return best;
}
