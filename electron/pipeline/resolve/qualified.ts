/**
 * Organizations named through their country: "the Mexican government", "Mexico's government" and
 * "Mexico’s leadership" share one key (country, noun); "U.S. armed forces" and "American armed forces" too.
 */
import { getLexicon } from '../mentions/lexicon';
import { DEMONYM_ORG_NOUNS } from '../mentions/vocabulary';
import { tokenizeWords } from '../mentions/words';

/** Nouns that all mean "the government of". */
const GOVERNMENT_NOUNS = new Set(['government', 'leadership', 'regime', 'administration']);
/** Nouns that all mean "the armed forces of": "U.S. troops" = "American military forces" = "the U.S. military". */
const ARMED_FORCES_NOUNS = new Set([
  'armed forces',
  'military',
  'troops',
  'soldiers',
  'forces',
  'military forces',
  'military personnel',
]);

/** The noun a country-qualified organization is keyed by. */
function keyNoun(noun: string): string {
  if (GOVERNMENT_NOUNS.has(noun)) return 'government';
  return ARMED_FORCES_NOUNS.has(noun) ? 'armed forces' : noun;
}
const MODIFIERS = new Set(['current', 'new', 'former', 'previous', 'top', 'civilian', 'interim']);
const ORG_NOUNS = new Set<string>([...DEMONYM_ORG_NOUNS, ...GOVERNMENT_NOUNS]);

/**
 * Key of an organization named through a country: parsed from its text ("Mexican government", "Government
 * of Iraq", "Mexico’s current leadership"), or the noun and `country` recorded by the mention stage ("its
 * National Guard" after Mexico).
 */
export function qualifiedKey(text: string, country?: string): string | undefined {
  const parsed = countryQualifiedKey(text);
  if (parsed || !country) return parsed;
  const noun = tokenizeWords(text)
    .filter((w) => w.key !== 'the')
    .map((w) => w.key)
    .join(' ');
  return `${country}|${keyNoun(noun)}`;
}

const parsedKeys = new Map<string, string | undefined>();

/** Memoised: the same surface forms recur across a corpus. */
export function countryQualifiedKey(text: string): string | undefined {
  if (parsedKeys.has(text)) return parsedKeys.get(text);
  const key = parseCountryQualified(text);
  if (parsedKeys.size > 50_000) parsedKeys.clear();
  parsedKeys.set(text, key);
  return key;
}

function parseCountryQualified(text: string): string | undefined {
  const lexicon = getLexicon();
  const words = tokenizeWords(text).filter((w) => w.key !== 'the');
  const of = words.findIndex((w) => w.key === 'of');
  if (of > 0) {
    // "Government of Iraq": the noun, then the country.
    const noun = words
      .slice(0, of)
      .map((w) => w.key)
      .filter((k) => k !== 'federal')
      .join(' ');
    const country = lexicon.byAlias.get(
      words
        .slice(of + 1)
        .map((w) => w.key)
        .join(' '),
    );
    if (!country || country.kind !== 'country' || !ORG_NOUNS.has(noun)) return undefined;
    return `${country.id}|${keyNoun(noun)}`;
  }
  const keys = words.map((w) => w.key);
  let country: string | undefined;
  let end = 0;
  for (const match of lexicon.demonyms.matchesAt(keys, 0)) {
    country = match.values[0].entity.id;
    end = match.end;
  }
  for (const match of lexicon.names.matchesAt(keys, 0)) {
    const entity = match.values[0].entity;
    if (entity.kind === 'country' && match.end >= end) {
      country = entity.id;
      end = match.end;
    }
  }
  if (!country) return undefined;
  if (/^['’]s$/.test(words[end]?.text ?? '')) end++;
  while (MODIFIERS.has(keys[end] ?? '')) end++;
  const noun = keys.slice(end).join(' ');
  if (!ORG_NOUNS.has(noun)) return undefined;
  return `${country}|${keyNoun(noun)}`;
}
