/**
 * The relation stage's own view of a sentence: words with absolute offsets, and units where each entity
 * mention collapses into one slot. Tokenizing here (rather than reusing the segmenter's tokens) keeps the
 * rules independent of token conventions: possessive `'s` and `n't` are always their own words, hyphens
 * always split ("Mexico-based" -> Mexico, -, based) and curly apostrophes are normalised.
 */
import type { EntityType, Mention, Sentence } from '../types';

export interface Word {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

export interface Unit {
  kind: 'word' | 'entity';
  /** Index in the unit list. */
  index: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Entity units only. */
  entity?: string;
  type?: EntityType;
  mention?: Mention;
}

const WORD_PATTERN =
  /\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|[\p{L}\p{N}]+(?:[.'’&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
const ABBREVIATION_DOT =
  /^(?:[\p{L}]\.)+$|^(?:mr|mrs|ms|dr|gen|sen|rep|gov|lt|col|sgt|st|jr|sr|adm|capt|maj|vs|inc|corp|co|ltd|no|jan|feb|mar|apr|aug|sep|sept|oct|nov|dec)\.$/iu;

export function splitWords(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  const push = (t: string, start: number) =>
    words.push({ text: t, lower: normalizedLower(t), start, end: start + t.length });
  for (const m of text.matchAll(WORD_PATTERN)) {
    let token = m[0];
    let start = offset + m.index;
    // A trailing dot belongs to the word only for abbreviations ("U.S.", "Gen."), else it ends the sentence.
    let trailingDot = false;
    if (token.length > 1 && token.endsWith('.') && !ABBREVIATION_DOT.test(token)) {
      token = token.slice(0, -1);
      trailingDot = true;
    }
    // Most words hold no apostrophe: skip the regular expressions for them (a hot loop on large corpora).
    const apostrophe = token.includes("'") || token.includes('’');
    const possessive = apostrophe ? /^(.+?)(['’]s)$/iu.exec(token) : null;
    const negation = apostrophe ? /^(.+?)(n['’]t)$/iu.exec(token) : null;
    if (possessive && !/^(?:it|let|that|he|she|there|what|who|here)['’]s$/iu.test(token)) {
      push(possessive[1], start);
      push(possessive[2], start + possessive[1].length);
    } else if (negation) {
      push(negation[1], start);
      push(negation[2], start + negation[1].length);
    } else push(token, start);
    start += token.length;
    if (trailingDot) push('.', start);
  }
  return words;
}

function normalizedLower(t: string): string {
  const lower = t.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

const wordsBySentence = new WeakMap<Sentence, Word[]>();

/** The words of a sentence, split once: the relation and event stages both read every sentence. */
export function sentenceWords(sentence: Sentence): Word[] {
  let words = wordsBySentence.get(sentence);
  if (!words) wordsBySentence.set(sentence, (words = splitWords(sentence.text, sentence.start)));
  return words;
}

/**
 * Units of one sentence: words, with each resolved mention replacing the words it covers. Overlapping
 * mentions keep the longest. Mentions without an entity are ignored (nothing to relate).
 */
export function sentenceUnits(sentence: Sentence, mentions: readonly Mention[]): Unit[] {
  const words = sentenceWords(sentence);
  const chosen = chooseMentions(mentions.filter((m) => m.entity && m.end > m.start));
  const units: Unit[] = [];
  let w = 0;
  for (const m of chosen) {
    while (w < words.length && words[w].end <= m.start) units.push(wordUnit(words[w++], units.length));
    let end = m.end;
    while (w < words.length && words[w].start < m.end) end = Math.max(end, words[w++].end);
    units.push({
      kind: 'entity',
      index: units.length,
      text: m.text,
      lower: m.text.toLowerCase().replace(/’/g, "'"),
      start: m.start,
      end: Math.max(end, m.end),
      entity: m.entity,
      type: m.type,
      mention: m,
    });
  }
  while (w < words.length) units.push(wordUnit(words[w++], units.length));
  return units;
}

function wordUnit(word: Word, index: number): Unit {
  return { kind: 'word', index, text: word.text, lower: word.lower, start: word.start, end: word.end };
}

/** Non-overlapping mentions in text order, longer first on conflict. */
function chooseMentions(mentions: readonly Mention[]): Mention[] {
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of byLength) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
