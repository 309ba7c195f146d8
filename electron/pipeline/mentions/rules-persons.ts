/** Titled persons the tagger may miss: "Secretary of Defense Pete Hegseth", "dictator Manuel Noriega". */
import { ruleCandidate, type Candidate } from './candidate';
import type { SentenceContext } from './context';
import { CALENDAR_WORDS, isCapitalized } from './runs';
import { titleEndingAt } from './titles';
import { CLOSE_QUOTES, OPEN_QUOTES, ORG_HEADS, PLACE_HEADS } from './vocabulary';

/** A title followed by capitalised words is a person: "Secretary of Defense Pete Hegseth", "dictator Manuel Noriega". */
export function titledPersonRule(ctx: SentenceContext): Candidate[] {
  const found: Candidate[] = [];
  const ends = new Set(ctx.titles.map((t) => t.end));
  for (const end of ends) {
    if (ctx.titles.some((t) => t.start === end)) continue; // the title goes on: "Detective Inspector ..."
    const title = titleEndingAt(ctx, end);
    if (!title) continue;
    // "Prime Minister of Slovakia Igor Matovič": the country belongs to the title, the name follows it.
    const of = titledOfPlace(ctx, end);
    // "Minister for the Middle East, Tobias Ellwood, said": the name in apposition between commas.
    const apposition = ctx.words[of ?? end]?.text === ',' && /^\p{Lu}/u.test(title.text);
    const start = apposition ? (of ?? end) + 1 : (of ?? end);
    const nameEnd = personNameEnd(ctx, start);
    if (nameEnd === undefined) continue;
    // "Chief Executive Carrie Lam": "Chief" alone is no title here, a longer one ends inside the name.
    if (ctx.titles.some((t) => t.start < end && t.end > end && t.end < nameEnd)) continue;
    if (apposition && ctx.words[nameEnd]?.text !== ',') continue;
    found.push({ ...ruleCandidate(start, nameEnd, 'person', 'titled-person'), title });
  }
  return found;
}

const NAME_PARTICLES = new Set([
  'de',
  'del',
  'la',
  'bin',
  'ibn',
  'al',
  'von',
  'van',
  'der',
  'du',
  'da',
  'dos',
  'y',
]);

/** End of a personal name starting at `start` (1-4 capitalised words, particles, a quoted nickname). */
/** Function words that, capitalised after a title, start a title's domain, never a name. */
const NOT_NAME_OPENERS = new Set([
  'in',
  'on',
  'at',
  'of',
  'for',
  'from',
  'by',
  'with',
  'and',
  'or',
  'to',
  'the',
]);

export function personNameEnd(ctx: SentenceContext, start: number): number | undefined {
  const { words } = ctx;
  // "Chair In Global Islamic Politics": a capitalised preposition opens no name.
  if (NOT_NAME_OPENERS.has(ctx.keys[start] ?? '')) return undefined;
  let end = start;
  let names = 0;
  while (end < words.length && names < 5) {
    const word = words[end];
    if (isCapitalized(word) && /\p{L}/u.test(word.text) && word.spaceBefore !== false) {
      if (CALENDAR_WORDS.has(word.key)) break;
      if (names > 0 || end === start) {
        if (isNameBlocked(ctx, end)) break;
      }
      names++;
      end++;
    } else if (
      names > 0 &&
      NAME_PARTICLES.has(word.key) &&
      word.shape === 'lower' &&
      isCapitalized(words[end + 1] ?? word)
    ) {
      end++;
    } else if (
      names > 0 &&
      (word.text === '-' || word.text === '–') &&
      !word.spaceBefore &&
      words[end + 1] &&
      !words[end + 1].spaceBefore
    ) {
      end++;
    } else if (names > 0 && OPEN_QUOTES.has(word.text)) {
      const nick = nicknameEnd(ctx, end);
      if (nick === undefined) break;
      end = nick;
    } else break;
  }
  if (names === 0) return undefined;
  while (end > start && !isCapitalized(words[end - 1])) end--;
  if (ORG_HEADS.has(words[end - 1].key) || PLACE_HEADS.has(words[end - 1].key)) return undefined;
  return end;
}

/** After a capitalised title, "of (the) <lexicon place>" directly before a name: the index after the place. */
function titledOfPlace(ctx: SentenceContext, end: number): number | undefined {
  if (ctx.keys[end] !== 'of') return undefined;
  let at = end + 1;
  if (ctx.keys[at] === 'the') at++;
  const place = ctx.names.find((n) => n.start === at && n.value.entity.type === 'place');
  if (!place || !isCapitalized(ctx.words[place.end] ?? ctx.words[end])) return undefined;
  // "Sheriff of Milwaukee County": the place goes on with its head noun; no name follows yet.
  const next = ctx.keys[place.end];
  if (PLACE_HEADS.has(next) || ORG_HEADS.has(next)) return undefined;
  return ctx.words[place.end] ? place.end : undefined;
}

/** A lexicon place or organization, or a demonym, cannot be part of a person's name. */
function isNameBlocked(ctx: SentenceContext, i: number): boolean {
  return (
    ctx.names.some((n) => n.start === i && n.value.entity.type !== 'person') ||
    ctx.demonyms.some((d) => d.start === i) ||
    ctx.doc.lexicon.groupWords.has(ctx.keys[i])
  );
}

/** Joaquín “El Chapo” Guzmán: a quoted nickname between name words. */
function nicknameEnd(ctx: SentenceContext, open: number): number | undefined {
  const { words } = ctx;
  let close = open + 1;
  while (close < words.length && close - open <= 4 && isCapitalized(words[close])) close++;
  if (close === open + 1 || !CLOSE_QUOTES.has(words[close]?.text ?? '')) return undefined;
  const after = words[close + 1];
  return after && isCapitalized(after) ? close + 1 : undefined;
}
