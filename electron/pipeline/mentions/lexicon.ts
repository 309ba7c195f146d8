/**
 * General-knowledge lexicons (`graph-data/lexicons/*.json`, see its README) compiled once into token tries.
 * Static JSON imports: esbuild bundles them into the app and the CLI, and tsx reads them in development.
 */
import countriesJson from '../../../graph-data/lexicons/countries.json';
import placesJson from '../../../graph-data/lexicons/places.json';
import organizationsJson from '../../../graph-data/lexicons/organizations.json';
import mediaJson from '../../../graph-data/lexicons/media.json';
import policiesJson from '../../../graph-data/lexicons/policies.json';
import eventsJson from '../../../graph-data/lexicons/events.json';
import titlesJson from '../../../graph-data/lexicons/titles.json';
import groupsJson from '../../../graph-data/lexicons/groups.json';
import type { EntityType } from '../types';
import { TokenTrie } from './trie';
import { phraseKeys, tokenizeWords, wordShape, type Word } from './words';
import { slugify } from './slug';

export interface LexEntity {
  /** Stable id: `<type>:<slug of label>`, also the resolved entity id. */
  id: string;
  label: string;
  type: EntityType;
  /** Lexicon group: country, region, water, city, us-government, international, media, ... */
  kind: string;
  /** Id of the country a national body or a city belongs to. */
  country?: string;
  /** Countries and regions: the adjective ("Mexican"), to name their bodies ("Mexican National Guard"). */
  demonym?: string;
}

/** One way of writing a lexicon entity. */
export interface LexName {
  entity: LexEntity;
  /** The alias' words as written, for the case check ("US" must be upper case, "Mexico" capitalised). */
  words: readonly string[];
}

export interface Demonym {
  /** The country or region it names. */
  entity: LexEntity;
  text: string;
}

export type TitleRole = 'leader' | 'member' | 'rank' | 'honorific';

export interface TitleEntry {
  title: string;
  role: TitleRole;
  gender?: 'male' | 'female';
}

export interface Lexicon {
  entities: ReadonlyMap<string, LexEntity>;
  names: TokenTrie<LexName>;
  demonyms: TokenTrie<Demonym>;
  titles: TokenTrie<TitleEntry>;
  titleModifiers: TokenTrie<string>;
  /** Keys of group words (ethnic, religious, political adjectives) that are never entities on their own. */
  groupWords: ReadonlySet<string>;
  /** Joined word keys of every alias and label -> entity, for the resolver. */
  byAlias: ReadonlyMap<string, LexEntity>;
}

interface RawEntry {
  label: string;
  aliases?: string[];
  demonyms?: string[];
  capital?: string;
  country?: string;
}

let cached: Lexicon | undefined;

/** The compiled lexicon (built on first use, then shared). */
export function getLexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

function buildLexicon(): Lexicon {
  const builder = new LexiconBuilder();
  const countries = countriesJson.entries as RawEntry[];
  for (const entry of countries) builder.add(entry, 'place', 'country');
  for (const [kind, entries] of Object.entries(organizationsJson.groups)) {
    for (const entry of entries as RawEntry[]) builder.add(entry, 'organization', kind);
  }
  for (const entry of mediaJson.entries as RawEntry[]) builder.add(entry, 'organization', 'media');
  for (const entry of policiesJson.entries as RawEntry[]) builder.add(entry, 'policy', 'policy');
  for (const entry of eventsJson.entries as RawEntry[]) builder.add(entry, 'event', 'event');
  for (const [kind, entries] of Object.entries(placesJson.groups)) {
    for (const entry of entries as RawEntry[]) builder.add(entry, 'place', kind);
  }
  // Capitals last: a capital named like its country (Singapore) or already listed (Washington) is skipped.
  for (const entry of countries) {
    if (entry.capital) builder.add({ label: entry.capital, country: entry.label }, 'place', 'capital');
  }
  for (const entry of titlesJson.entries as TitleEntry[])
    builder.titles.insert(phraseKeys(entry.title), entry);
  for (const modifier of titlesJson.modifiers) builder.titleModifiers.insert(phraseKeys(modifier), modifier);
  for (const word of groupsJson.words) builder.groupWords.add(phraseKeys(word).join(' '));
  return builder.finish();
}

class LexiconBuilder {
  readonly entities = new Map<string, LexEntity>();
  readonly names = new TokenTrie<LexName>();
  readonly demonyms = new TokenTrie<Demonym>();
  readonly titles = new TokenTrie<TitleEntry>();
  readonly titleModifiers = new TokenTrie<string>();
  readonly groupWords = new Set<string>();
  readonly byAlias = new Map<string, LexEntity>();
  private readonly countryIds = new Map<string, string>();

  add(entry: RawEntry, type: EntityType, kind: string): void {
    if (this.byAlias.has(phraseKeys(entry.label).join(' '))) return;
    const id = `${type}:${slugify(entry.label)}`;
    if (this.entities.has(id)) return;
    const country = entry.country ? this.countryIds.get(entry.country) : undefined;
    const demonym = entry.demonyms?.[0];
    const entity: LexEntity = {
      id,
      label: entry.label,
      type,
      kind,
      ...(country ? { country } : {}),
      ...(demonym ? { demonym } : {}),
    };
    this.entities.set(id, entity);
    if (kind === 'country') this.countryIds.set(entry.label, id);
    for (const alias of [entry.label, ...(entry.aliases ?? [])]) {
      for (const spelling of spellings(alias)) this.addName(entity, spelling);
    }
    for (const demonym of entry.demonyms ?? []) {
      for (const form of demonymForms(demonym)) {
        this.demonyms.insert(phraseKeys(form), { entity, text: form });
        this.groupWords.add(phraseKeys(form).join(' '));
      }
    }
  }

  private addName(entity: LexEntity, alias: string): void {
    const keys = phraseKeys(alias);
    const joined = keys.join(' ');
    // First come, first served: an alias shared by two entries keeps the earlier (countries first).
    if (this.byAlias.has(joined)) return;
    this.byAlias.set(joined, entity);
    this.names.insert(keys, { entity, words: tokenizeWords(alias).map((w) => w.text) });
  }

  finish(): Lexicon {
    return {
      entities: this.entities,
      names: this.names,
      demonyms: this.demonyms,
      titles: this.titles,
      titleModifiers: this.titleModifiers,
      groupWords: this.groupWords,
      byAlias: this.byAlias,
    };
  }
}

/** British and American spellings of the same name: "Organisation" / "Organization", "Defence" / "Defense". */
const SPELLING_PAIRS: ReadonlyArray<[RegExp, string]> = [
  [/Organization/g, 'Organisation'],
  [/Organisation/g, 'Organization'],
  [/Defense/g, 'Defence'],
  [/Defence/g, 'Defense'],
  [/Center/g, 'Centre'],
  [/Centre/g, 'Center'],
  [/Program\b/g, 'Programme'],
  [/Programme/g, 'Program'],
];

function spellings(alias: string): string[] {
  const variants = new Set([alias]);
  for (const [pattern, replacement] of SPELLING_PAIRS) variants.add(alias.replace(pattern, replacement));
  return [...variants];
}

/** "Mexican" -> ["Mexican", "Mexicans"]; "Chinese", "British", "Swiss" have no plural in -s. */
function demonymForms(demonym: string): string[] {
  return /(ese|ish|ss|sh|ch|x|ois|ais)$/i.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}

/** Upper-case acronyms that are also common English words: not trusted inside an all-caps line. */
const WORDLIKE_ACRONYMS = new Set(
  'us who is it ice fed sec mod doe pan dot may man sun aid act law war art can car one let raw hud va an am'.split(
    ' ',
  ),
);

/**
 * Whether the surface words (from `start`) are written the way the alias requires: an acronym in capitals,
 * a proper name capitalised (or in capitals), connectors ("of", "the") in any case.
 */
export function caseMatches(name: LexName, words: readonly Word[], start: number, allCaps: boolean): boolean {
  for (let i = 0; i < name.words.length; i++) {
    const aliasWord = name.words[i];
    const word = words[start + i];
    const shape = wordShape(aliasWord);
    if (shape === 'upper' && aliasWord.replace(/[^\p{L}]/gu, '').length >= 2) {
      if (word.shape !== 'upper') return false;
      if (allCaps && WORDLIKE_ACRONYMS.has(word.key)) return false;
    } else if (shape === 'title') {
      const mixed = /\p{Lu}/u.test(aliasWord.slice(1)) && /\p{Ll}/u.test(aliasWord);
      if (mixed ? word.text !== aliasWord && word.shape !== 'upper' : word.shape === 'lower') return false;
    }
  }
  return true;
}
