/**
 * Runs of capitalised words ("Joint Special Operations Command", "Centers for Disease Control and Prevention",
 * "Title 50"): the raw material of the name rules. Connectors ("of", "and", "de"...) join capitalised words;
 * a hyphen joins only when written without spaces ("Al-Qaeda").
 */
import { ORG_HEADS } from './vocabulary';
import type { Word } from './words';

/** Heads of names that go on with "on": "Commission on ...", "Conference on Disarmament". */
const ON_HEADS = new Set([...ORG_HEADS, 'conference', 'convention', 'forum', 'panel', 'summit']);

export interface Run {
  start: number;
  end: number;
}

const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'de',
  'del',
  'la',
  'el',
  'al',
  'bin',
  'ibn',
  'von',
  'van',
  'der',
  'du',
  'da',
  'dos',
  'y',
  'et',
  'e',
  '&',
]);
/** "of"/"for" may be followed by an article: "Department of the Treasury" ("X and the Y" is two names). */
const AFTER_CONNECTOR = new Set(['the', 'la', 'los', 'las', 'le']);
const TAKES_ARTICLE = new Set(['of', 'for', 'de', 'del']);

export function isCapitalized(word: Word): boolean {
  return word.shape === 'title' || word.shape === 'upper';
}

function isRunWord(word: Word): boolean {
  return (
    isCapitalized(word) ||
    (/^\p{N}/u.test(word.text) && !/[,:]/.test(word.text)) ||
    ELIDED_NAME.test(word.text)
  );
}

/** "Côte d'Ivoire", "Brigade de Recherche et d’Intervention": an elided article glued to a capitalised word. */
const ELIDED_NAME = /^[dl]['’]\p{Lu}/u;

/** Lower-case particles joined by a hyphen to a name: "al-Assad", "el-Sisi", "ad-Dawla", "ez-Zor". */
const HYPHEN_PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'ar',
  'as',
  'ash',
  'at',
  'az',
  'an',
  'ez',
  'es',
  'ul',
  'ud',
]);

/**
 * Whether word `i` opens a particle joined to a capitalised name ("al-Jaafari"): returns the index just
 * past the name, or undefined.
 */
export function particleNameEnd(words: readonly Word[], i: number): number | undefined {
  const particle = words[i];
  const dash = words[i + 1];
  const name = words[i + 2];
  if (!particle || !dash || !name || particle.shape !== 'lower' || !HYPHEN_PARTICLES.has(particle.key))
    return undefined;
  if ((dash.text !== '-' && dash.text !== '–') || dash.spaceBefore || name.spaceBefore) return undefined;
  return isCapitalized(name) ? i + 3 : undefined;
}

/** Runs already found, per sentence's words: several rule families read the same runs. */
const runCache = new WeakMap<readonly Word[], readonly Run[]>();

/** The sentence's runs (shared: callers must not change them). */
export function capitalizedRuns(words: readonly Word[]): readonly Run[] {
  let runs = runCache.get(words);
  if (!runs) {
    runs = findRuns(words);
    runCache.set(words, runs);
  }
  return runs;
}

function findRuns(words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCapitalized(words[i]) && particleNameEnd(words, i) === undefined) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    for (;;) {
      const next = runContinuation(words, end);
      if (next === undefined) break;
      end = next;
    }
    runs.push({ start, end });
    i = end;
  }
  return runs;
}

/** Index just past the next run word if the run continues at `end`, else undefined. */
function runContinuation(words: readonly Word[], end: number): number | undefined {
  const word = words[end];
  if (!word) return undefined;
  if (isRunWord(word) && word.spaceBefore) return end + 1;
  // "Bashar al-Assad", "Abu Musab al-Zarqawi": a particle glued to the next name continues the run.
  if (word.spaceBefore) {
    const particle = particleNameEnd(words, end);
    if (particle !== undefined) return particle;
  }
  if ((word.text === '-' || word.text === '–') && !word.spaceBefore) {
    const after = words[end + 1];
    if (after && !after.spaceBefore && isRunWord(after)) return end + 2;
    return undefined;
  }
  // "Commission on International Religious Freedom", "Council on Foreign Relations": "on" after a body's
  // head noun ("Trump on Monday" is no name).
  if (word.key === 'on' && word.shape === 'lower' && ON_HEADS.has(words[end - 1].key)) {
    const next = words[end + 1];
    if (next && isCapitalized(next) && !CALENDAR_WORDS.has(next.key)) return end + 2;
  }
  if (CONNECTORS.has(word.key) && word.shape === 'lower') {
    let j = end + 1;
    if (
      TAKES_ARTICLE.has(word.key) &&
      words[j] &&
      AFTER_CONNECTOR.has(words[j].key) &&
      words[j].shape === 'lower'
    )
      j++;
    if (words[j] && (isCapitalized(words[j]) || ELIDED_NAME.test(words[j].text))) return j + 1;
  }
  return undefined;
}

/** Days and months: capitalised, never names on their own. */
export const CALENDAR_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);
