/**
 * One document, one reading of a name: the tagger may call "Tobias Ellwood" an organization in one sentence
 * and a person in the next, or tag "Assad" a place. Every candidate votes for the type of its surface form
 * (tagger by its confidence, rules and lexicon more), a person's full name also votes for its surname, and
 * a given name opening a tagged span votes for a person. Each tagger candidate then takes its form's
 * winning type, or the type a rule gave the same form anywhere in the document; a low-confidence single word with no support elsewhere in the document is dropped.
 */
import { getNerModel } from '../ner';
import type { EntityType } from '../types';
import type { Candidate } from './candidate';
import type { SentenceContext } from './context';
import { ORG_HEADS, PLACE_HEADS } from './vocabulary';
import { wordKey } from './words';

/** Below this calibrated confidence a tagger span needs support from elsewhere in the document. */
export const MIN_TAGGER_CONFIDENCE = 0.45;
const STRONG_VOTE = 2;

type Votes = Map<string, Map<EntityType, number>>;

export function harmonizeTaggerTypes(contexts: readonly SentenceContext[], candidates: Candidate[][]): void {
  const votes: Votes = new Map();
  const ruleVotes: Votes = new Map();
  const firstNames = givenNames();
  contexts.forEach((ctx, s) => {
    for (const c of candidates[s]) {
      const weight = c.source === 'tagger' ? (c.score ?? 1) : STRONG_VOTE;
      vote(votes, surface(ctx, c), c.type, weight);
      if (c.source === 'rule') vote(ruleVotes, surface(ctx, c), c.type, 1);
      if (c.type === 'person' && c.end - c.start >= 2) vote(votes, surnameKey(ctx, c), 'person', weight / 2);
      if (c.source === 'tagger' && c.type !== 'person' && opensWithGivenName(ctx, c, firstNames))
        vote(votes, surface(ctx, c), 'person', 1);
    }
  });
  const { surnames, fullNameEnds } = personNameParts(contexts, candidates);
  contexts.forEach((ctx, s) => {
    candidates[s] = candidates[s].filter((c) => {
      if (c.source !== 'tagger') return true;
      const key = surface(ctx, c);
      // "Thunberg" after "Greta Thunberg"; "Wanda Vázquez" when "Vázquez" alone is a person.
      const endsFullName = c.end - c.start > 1 && fullNameEnds.has(ctx.keys[c.end - 1]);
      if (isOneWord(ctx, c) ? surnames.has(key) || endsFullName : endsFullName) {
        if (!ORG_HEADS.has(ctx.keys[c.end - 1]) && !PLACE_HEADS.has(ctx.keys[c.end - 1])) {
          c.type = 'person';
          return true;
        }
      }
      // "retailer Tesco" once says what every tagged "Tesco" of the document is.
      const ruled = ruleVotes.get(key);
      if (ruled) {
        c.type = winner(ruled);
        return true;
      }
      const tally = votes.get(key);
      if (!tally) return true;
      const [best, total] = [...tally].sort((a, b) => b[1] - a[1])[0];
      const own = c.score ?? 1;
      const alone = total - (best === c.type ? own : 0) < 1;
      if (own < MIN_TAGGER_CONFIDENCE && alone && c.end - c.start === 1) return false;
      c.type = best;
      return true;
    });
  });
}

/**
 * Surnames of people the document names in full (a rule or the tagger typed the full name a person), and
 * single words typed person that may end a full name the tagger mistyped.
 */
function personNameParts(
  contexts: readonly SentenceContext[],
  candidates: readonly Candidate[][],
): { surnames: Set<string>; fullNameEnds: Set<string> } {
  const surnames = new Set<string>();
  const fullNameEnds = new Set<string>();
  contexts.forEach((ctx, s) => {
    for (const c of candidates[s]) {
      if (c.type !== 'person' || ctx.names.some((n) => n.start === c.start && n.end === c.end)) continue;
      if (c.end - c.start >= 2) surnames.add(ctx.keys[c.end - 1]);
      else fullNameEnds.add(ctx.keys[c.start]);
      // "Prayuth Chan-o-cha": the hyphenated surname is written alone as a whole.
      if (!isOneWord(ctx, c)) surnames.add(lastWord(ctx, c));
    }
  });
  return { surnames, fullNameEnds };
}

function winner(tally: ReadonlyMap<EntityType, number>): EntityType {
  return [...tally].sort((a, b) => b[1] - a[1])[0][0];
}

/** One word as written: "Chan-o-cha" is one (hyphens are words of their own), "Prayuth Chan-o-cha" two. */
function isOneWord(ctx: SentenceContext, c: Candidate): boolean {
  for (let i = c.start + 1; i < c.end; i++) if (ctx.words[i].spaceBefore) return false;
  return true;
}

/** The last word as written, hyphenated parts included: "chan - o - cha" for "Prayuth Chan-o-cha". */
function lastWord(ctx: SentenceContext, c: Candidate): string {
  let start = c.end - 1;
  while (start > c.start && !ctx.words[start].spaceBefore) start--;
  return ctx.keys.slice(start, c.end).join(' ');
}

function vote(votes: Votes, key: string, type: EntityType, weight: number): void {
  if (!votes.has(key)) votes.set(key, new Map());
  const tally = votes.get(key)!;
  tally.set(type, (tally.get(type) ?? 0) + weight);
}

function surface(ctx: SentenceContext, c: Candidate): string {
  return ctx.keys.slice(c.start, c.end).join(' ');
}

/** "Bashar al-Assad" -> "assad" (hyphens are words of their own), as the surname is written alone. */
function surnameKey(ctx: SentenceContext, c: Candidate): string {
  return ctx.words[c.end - 1].key;
}

function opensWithGivenName(ctx: SentenceContext, c: Candidate, firstNames: ReadonlySet<string>): boolean {
  // Hyphens are words of their own: "Abu Musab al-Zarqawi" is four name words.
  let length = 0;
  for (let i = c.start; i < c.end; i++) if (ctx.words[i].text !== '-') length++;
  if (length < 2 || length > 4 || !firstNames.has(ctx.keys[c.start])) return false;
  const last = ctx.keys[c.end - 1];
  if (ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
  return !ctx.names.some((n) => n.start < c.end && c.start < n.end);
}

let cachedGivenNames: ReadonlySet<string> | undefined;

/** The tagger's own list of common given names (general knowledge, shipped inside its model file). */
export function givenNames(): ReadonlySet<string> {
  cachedGivenNames ??= new Set((getNerModel().meta.lexicons['first-name'] ?? []).map(wordKey));
  return cachedGivenNames;
}
