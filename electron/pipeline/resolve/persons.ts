/**
 * People: "President Donald Trump", "Donald Trump" and "Trump" are one person; "John Smith" and "Jane Smith"
 * are two. Full names (two words or more) are keyed by first and last name; a surname alone joins the one
 * full name of the same document that ends with it (or the one named far more often than the others who share
 * it), else the one in the corpus, else stays a node of its own.
 */
import type { AnnotatedDocument, Mention } from '../types';
import { matchKey } from './normalize';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Comparable name words: nickname in quotes, initials and suffixes dropped, accents folded. */
export function nameTokens(text: string): string[] {
  const withoutNickname = text.replace(/[“"‘][^”"’]*[”"’]/g, ' ');
  return matchKey(withoutNickname)
    .split(' ')
    .filter((t) => t.length > 1 && !SUFFIXES.has(t));
}

function fullKey(tokens: readonly string[]): string {
  return `${tokens[0]} ${tokens[tokens.length - 1]}`;
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  return short.every((t, i) => long[long.length - short.length + i] === t);
}

interface DocPerson {
  tokens: string[];
  key: string;
  /** `nickname surname` of a name written with a quoted nickname ("Jeremy "Spike" Cohen" -> "spike cohen"). */
  nickname?: string;
}

/** The nickname form of a name with a quoted nickname: `Jeremy "Spike" Cohen` -> "spike cohen". */
function nicknameKey(text: string, tokens: readonly string[]): string | undefined {
  const quoted = /[“"‘]([^”"’]+)[”"’]/.exec(text);
  if (!quoted || tokens.length < 2) return undefined;
  const nick = matchKey(quoted[1]).split(' ');
  return nick.length === 1 ? `${nick[0]} ${tokens[tokens.length - 1]}` : undefined;
}

/**
 * "Cummings" in an obituary naming Elijah Cummings four times and his wife Maya Rockeymoore Cummings twice:
 * the surname alone is the story's person, the one named in full at least twice as often as any other who
 * shares it (news writes relatives by their full or first names). Otherwise no one.
 */
function dominantPerson(
  candidates: readonly DocPerson[],
  counts: ReadonlyMap<string, number>,
): DocPerson | undefined {
  const ranked = candidates.map((p) => ({ p, n: counts.get(p.key) ?? 0 })).sort((a, b) => b.n - a.n);
  return ranked[0].n >= 2 && ranked[0].n >= 2 * ranked[1].n ? ranked[0].p : undefined;
}

/** Cluster key (`person:<first last>` or `person:<name>`) for every person mention. */
export function clusterPersons(documents: readonly AnnotatedDocument[]): Map<Mention, string> {
  const keys = new Map<Mention, string>();
  const pending: Array<{ mention: Mention; tokens: string[] }> = [];
  const corpusFullNames = new Map<string, string[]>();
  for (const doc of documents) {
    const named = doc.mentions
      .filter((m) => m.type === 'person' && m.source !== 'coref')
      .map((mention) => ({ mention, tokens: nameTokens(mention.text) }))
      .filter((n) => n.tokens.length > 0);
    const people: DocPerson[] = [];
    const longestFirst = named
      .filter((n) => n.tokens.length >= 2)
      .sort((a, b) => b.tokens.length - a.tokens.length);
    for (const { mention, tokens } of longestFirst) {
      const nickname = nicknameKey(mention.text, tokens);
      let person = people.find(
        (p) =>
          fullKey(p.tokens) === fullKey(tokens) ||
          endsWith(p.tokens, tokens) ||
          p.nickname === fullKey(tokens) ||
          (nickname !== undefined && fullKey(p.tokens) === nickname),
      );
      if (!person) {
        person = { tokens, key: `person:${fullKey(tokens)}`, ...(nickname ? { nickname } : {}) };
        people.push(person);
        corpusFullNames.set(person.key, tokens);
      } else if (nickname && !person.nickname) person.nickname = nickname;
      keys.set(mention, person.key);
    }
    // Full-name mentions per person of this document.
    const counts = new Map<string, number>();
    for (const { mention } of longestFirst)
      counts.set(keys.get(mention)!, (counts.get(keys.get(mention)!) ?? 0) + 1);
    for (const { mention, tokens } of named) {
      if (tokens.length >= 2) continue;
      const [word] = tokens;
      const bySurname = people.filter((p) => p.tokens[p.tokens.length - 1] === word);
      const byFirstName = people.filter((p) => p.tokens[0] === word);
      const dominant = bySurname.length > 1 ? dominantPerson(bySurname, counts) : undefined;
      if (bySurname.length === 1) keys.set(mention, bySurname[0].key);
      else if (dominant) keys.set(mention, dominant.key);
      else if (bySurname.length > 1) keys.set(mention, `person:${word}@${doc.id}`);
      else if (byFirstName.length === 1) keys.set(mention, byFirstName[0].key);
      else pending.push({ mention, tokens });
    }
  }
  // A surname with no full name in its own document: the corpus' one full name with it, if unique.
  for (const { mention, tokens } of pending) {
    const [word] = tokens;
    const matches = [...corpusFullNames].filter(([, t]) => t[t.length - 1] === word);
    keys.set(mention, matches.length === 1 ? matches[0][0] : `person:${word}`);
  }
  return keys;
}
