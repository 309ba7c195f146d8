/**
 * What the relation rules may look up about the corpus's entities: an entity by one of its names, the
 * country entity a demonym refers to ("Venezuelan President X" -> Venezuela), and the department entity a
 * title names ("Secretary of Defense" -> the node known as Pentagon / Department of Defense). Only
 * entities the corpus already has are returned: a rule never invents a node.
 */
import type { Entity, EntityType } from '../types';

export interface CorpusKnowledge {
  findByName(name: string, types?: readonly EntityType[]): string | undefined;
  countryOfDemonym(word: string): string | undefined;
  departmentOf(domain: string): string | undefined;
  /**
   * The one organization of the current document whose name holds a kind noun ("cartel" -> "Mexican
   * cartels", "party" -> "Labour Party"), for titles such as "cartel leader X". Set per document.
   */
  organizationOfKind?(kind: string): string | undefined;
}

/** Kind nouns a title may name its organization by ("cartel leader", "party chairman", "rebel commander"). */
export const ORGANIZATION_KINDS = new Set(
  `cartel party militia rebel opposition gang union movement tribe clan coalition alliance`.split(' '),
);

/**
 * Per-document knowledge: the corpus' plus the organizations this document names, by the kind nouns their
 * names hold. A kind held by two organizations of the document answers nothing.
 */
export function documentKnowledge(
  corpus: CorpusKnowledge,
  organizations: () => ReadonlyArray<{ id: string; names: readonly string[] }>,
): CorpusKnowledge {
  // Built on the first question only: few documents have a "cartel leader".
  let byKind: Map<string, Set<string>> | undefined;
  const build = (): Map<string, Set<string>> => {
    const map = new Map<string, Set<string>>();
    for (const org of organizations())
      for (const name of org.names)
        for (const word of normalize(name).split(' ')) {
          const kind =
            word.endsWith('s') && ORGANIZATION_KINDS.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
          if (!ORGANIZATION_KINDS.has(kind)) continue;
          if (!map.has(kind)) map.set(kind, new Set());
          map.get(kind)!.add(org.id);
        }
    return map;
  };
  return {
    ...corpus,
    organizationOfKind(kind) {
      byKind ??= build();
      const ids = byKind.get(kind.toLowerCase().replace(/s$/, ''));
      return ids && ids.size === 1 ? [...ids][0] : undefined;
    },
  };
}

/**
 * Government departments and their usual names, keyed by the word a title uses ("Secretary of Defense",
 * "Defence Minister", "Foreign Secretary"). General knowledge.
 */
const DEPARTMENTS: Record<string, string[]> = {
  defense: [
    'Pentagon',
    'Department of Defense',
    'Defense Department',
    'DoD',
    'Department of War',
    'War Department',
    'Ministry of Defense',
    'Defense Ministry',
  ],
  defence: ['Ministry of Defence', 'Defence Ministry', 'MoD', 'Department of Defence'],
  war: ['Department of War', 'War Department', 'Pentagon', 'Department of Defense'],
  state: ['State Department', 'Department of State'],
  treasury: ['Treasury', 'Treasury Department', 'Department of the Treasury', 'HM Treasury'],
  'homeland security': ['Department of Homeland Security', 'Homeland Security', 'DHS'],
  justice: ['Justice Department', 'Department of Justice', 'DOJ', 'Ministry of Justice'],
  foreign: [
    'Foreign Office',
    'Foreign Ministry',
    'Ministry of Foreign Affairs',
    'Foreign and Commonwealth Office',
  ],
  'foreign affairs': ['Ministry of Foreign Affairs', 'Foreign Ministry', 'Department of Foreign Affairs'],
  interior: [
    'Interior Ministry',
    'Ministry of the Interior',
    'Ministry of Interior',
    'Department of the Interior',
  ],
  home: ['Home Office'],
  health: ['Ministry of Health', 'Health Ministry', 'Department of Health and Human Services', 'HHS'],
  commerce: ['Commerce Department', 'Department of Commerce'],
  energy: ['Energy Department', 'Department of Energy'],
  finance: ['Finance Ministry', 'Ministry of Finance'],
  'national security': ['National Security Council', 'NSC'],
};

/** Suffixes that turn a country name into its demonym (Mexic-an, Chin-ese, Iraq-i, Brit-ish...). */
const DEMONYM_SUFFIX = /(?:ians?|ans?|ese|is?|ish|ic|ns?)$/;

export function corpusKnowledge(
  entities: readonly Entity[],
  demonyms?: ReadonlyMap<string, string>,
  lexiconDemonym?: (word: string) => string | undefined,
): CorpusKnowledge {
  const ids = new Set(entities.map((e) => e.id));
  const byName = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const name of new Set([e.label, ...e.aliases])) {
      const key = normalize(name);
      if (!key) continue;
      const list = byName.get(key) ?? [];
      list.push(e);
      byName.set(key, list);
    }
  }
  const places = entities.filter((e) => e.type === 'place');

  const findByName = (name: string, types?: readonly EntityType[]): string | undefined => {
    const found = byName.get(normalize(name))?.filter((e) => !types || types.includes(e.type)) ?? [];
    // The most mentioned wins when two entities share a name.
    return found.sort((a, b) => b.mentions.length - a.mentions.length)[0]?.id;
  };

  const demonymCache = new Map<string, string | undefined>();
  return {
    findByName,
    countryOfDemonym(word) {
      if (demonymCache.has(word)) return demonymCache.get(word);
      let found: string | undefined;
      const country = demonyms?.get(word.toLowerCase());
      // The lexicon's demonyms ("British" -> United Kingdom), when the corpus has that country.
      const known = lexiconDemonym?.(word);
      if (known && ids.has(known)) found = known;
      else if (country) found = findByName(country, ['place']);
      else if (/^\p{Lu}/u.test(word) && DEMONYM_SUFFIX.test(word.toLowerCase()))
        found = guessCountry(word, places);
      demonymCache.set(word, found);
      return found;
    },
    departmentOf(domain) {
      for (const name of DEPARTMENTS[domain.toLowerCase()] ?? []) {
        const id = findByName(name, ['organization']);
        if (id) return id;
      }
      return undefined;
    },
  };
}

/**
 * Without a demonym table: the place whose name shares the demonym's stem ("Venezuelan" -> "Venezuela",
 * "Iraqi" -> "Iraq"). Requires a stem of 4+ letters so short names do not match by accident.
 */
function guessCountry(word: string, places: readonly Entity[]): string | undefined {
  const demonym = word.toLowerCase();
  let best: { id: string; stem: number } | undefined;
  for (const place of places) {
    for (const name of [place.label, ...place.aliases]) {
      const n = normalize(name);
      if (!/^[a-z]+$/.test(n) || n.length < 4) continue;
      let stem = 0;
      while (stem < n.length && n[stem] === demonym[stem]) stem++;
      const rest = demonym.slice(stem);
      const enough = stem >= Math.min(n.length, Math.max(4, n.length - 2));
      if (enough && rest && DEMONYM_SUFFIX.test(rest) && rest.length <= 4 && (!best || stem > best.stem))
        best = { id: place.id, stem };
    }
  }
  return best?.id;
}

export function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[’'"“”.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
