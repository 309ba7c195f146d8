/**
 * Normal forms of a surface string. `aliasKey` is the comparison the annotation guidelines score with
 * (case, whitespace and quotes normalised, leading "the" and trailing possessive ignored); `matchKey` also
 * folds accents, dots and inner possessives, for deciding that two forms name the same thing.
 */
import { foldAccents } from '../mentions/words';

export function aliasKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s?$/, '')
    .trim();
}

/** Keys already computed: names repeat across mentions and every resolver pass asks again. */
const matchKeys = new Map<string, string>();
const MATCH_KEY_CACHE_LIMIT = 100_000;

/** "U.S." -> "us", "Trump’s administration" -> "trump administration", "López Obrador" -> "lopez obrador". */
export function matchKey(text: string): string {
  let key = matchKeys.get(text);
  if (key === undefined) {
    key = computeMatchKey(text);
    if (matchKeys.size >= MATCH_KEY_CACHE_LIMIT) matchKeys.clear();
    matchKeys.set(text, key);
  }
  return key;
}

function computeMatchKey(text: string): string {
  return foldAccents(aliasKey(text))
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[-–]/g, ' ')
    .replace(/["']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The surface form without a trailing possessive or leading article, as listed among aliases. */
export function aliasForm(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|The|THE) /, '')
    .replace(/['’]s?$/, '')
    .trim();
}
