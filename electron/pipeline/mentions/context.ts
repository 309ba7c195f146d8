/**
 * Per-document and per-sentence facts every mention rule needs: the words, lexicon matches, and which
 * capitalised words can be trusted as names (a capital at the start of a sentence, in a title-case heading
 * or in an all-caps line says nothing; the same word capitalised mid-sentence elsewhere in the body does).
 */
import type { Sentence, SegmentedDocument } from '../types';
import {
  caseMatches,
  getLexicon,
  type Demonym,
  type LexName,
  type Lexicon,
  type TitleEntry,
} from './lexicon';
import { tokenizeWords, type Word } from './words';

export interface Match<V> {
  start: number;
  end: number;
  value: V;
}

export interface DocContext {
  lexicon: Lexicon;
  /** Keys of words written capitalised in the middle of a body sentence. */
  midCapitalized: ReadonlySet<string>;
  /** Keys of words written in lower case anywhere. */
  lowercase: ReadonlySet<string>;
}

export interface SentenceContext {
  doc: DocContext;
  sentence: Sentence;
  words: Word[];
  keys: string[];
  /** The sentence has no lower-case letters ("CONGRESS CONTROVERSY"). */
  allCaps: boolean;
  heading: boolean;
  /** Lexicon names, every length found at each start (case-checked). */
  names: Match<LexName>[];
  demonyms: Match<Demonym>[];
  titles: Match<TitleEntry>[];
}

export function createDocContext(doc: SegmentedDocument): { doc: DocContext; sentences: SentenceContext[] } {
  const lexicon = getLexicon();
  const midCapitalized = new Set<string>();
  const lowercase = new Set<string>();
  const wordsBySentence = doc.sentences.map((s) => tokenizeWords(s.text, s.start));
  doc.sentences.forEach((sentence, index) => {
    const words = wordsBySentence[index];
    const allCaps = isAllCaps(words);
    words.forEach((word, i) => {
      if (word.shape === 'lower') lowercase.add(word.key);
      else if (!sentence.heading && !allCaps && word.shape === 'title' && !isInitialPosition(words, i))
        midCapitalized.add(word.key);
    });
  });
  const docContext: DocContext = { lexicon, midCapitalized, lowercase };
  const sentences = doc.sentences.map((sentence, index) =>
    createSentenceContext(docContext, sentence, wordsBySentence[index]),
  );
  return { doc: docContext, sentences };
}

function createSentenceContext(doc: DocContext, sentence: Sentence, words: Word[]): SentenceContext {
  const keys = words.map((w) => w.key);
  const allCaps = isAllCaps(words);
  const names: Match<LexName>[] = [];
  const demonyms: Match<Demonym>[] = [];
  const titles: Match<TitleEntry>[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i].shape === 'other' || !startsToken(words, i)) continue;
    for (const match of doc.lexicon.names.matchesAt(keys, i)) {
      if (!endsToken(words, match.end)) continue;
      // "Male Magellanic penguins" in a headline: a one-word name the document writes in lower case
      // elsewhere ("male") is that common word where its capital says nothing (heading, sentence start).
      const untrusted =
        match.end === i + 1 &&
        words[i].shape === 'title' &&
        (sentence.heading || isInitialPosition(words, i)) &&
        doc.lowercase.has(keys[i]);
      for (const value of match.values) {
        if (!untrusted && caseMatches(value, words, i, allCaps))
          names.push({ start: i, end: match.end, value });
      }
    }
    if (words[i].shape !== 'lower') {
      for (const match of doc.lexicon.demonyms.matchesAt(keys, i)) {
        if (endsToken(words, match.end)) demonyms.push({ start: i, end: match.end, value: match.values[0] });
      }
    }
    for (const match of doc.lexicon.titles.matchesAt(keys, i)) {
      if (endsToken(words, match.end)) titles.push({ start: i, end: match.end, value: match.values[0] });
    }
  }
  titles.push(...extendedTitles(words, titles));
  return { doc, sentence, words, keys, allCaps, heading: sentence.heading, names, demonyms, titles };
}

/** "Minister for the Middle East", "President of Mexico": an office named with its domain is one title. */
function extendedTitles(words: readonly Word[], titles: readonly Match<TitleEntry>[]): Match<TitleEntry>[] {
  const extended: Match<TitleEntry>[] = [];
  for (const title of titles) {
    if (title.value.role !== 'leader' && title.value.role !== 'member') continue;
    const of = words[title.end];
    if (!of || (of.key !== 'of' && of.key !== 'for')) continue;
    let i = title.end + 1;
    if (words[i]?.key === 'the' && words[i].shape === 'lower') i++;
    let end = i;
    while (end < words.length && (words[end].shape === 'title' || words[end].shape === 'upper')) end++;
    if (end > i) extended.push({ start: title.start, end, value: title.value });
  }
  return extended;
}

/** A match may not start or end inside a word glued to letters ("Mexico" inside "NewMexico" cannot happen, but
 * "Guard" in "Guard-like" must not match "Guard" alone when the next piece is a letter-word without space). */
function startsToken(words: readonly Word[], i: number): boolean {
  if (i === 0 || words[i].spaceBefore) return true;
  const previous = words[i - 1];
  return previous.text === '-' || previous.text === '–' || previous.shape === 'other';
}

function endsToken(words: readonly Word[], end: number): boolean {
  if (end >= words.length || words[end].spaceBefore) return true;
  const next = words[end];
  return next.shape === 'other' || /^['’]s$/i.test(next.text);
}

export function isAllCaps(words: readonly Word[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (w.shape === 'lower' || w.shape === 'title') {
      // A single capital letter word ("A", "I") is title-shaped but tells nothing.
      if (w.shape === 'title' && w.text.length === 1) continue;
      return false;
    }
    if (w.shape === 'upper') letters++;
  }
  return letters >= 1;
}

/** The first word of a sentence, or the first after an opening quote, colon, dash or bullet. */
export function isInitialPosition(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const w = words[j];
    if (w.shape !== 'other') return false;
    if (/^["“‘'(:—–•\-*]$/.test(w.text)) return true;
    if (/^\p{N}/u.test(w.text)) return false;
  }
  return true;
}

/**
 * Whether a capitalised word can be trusted as (part of) a name here: either it is written where
 * capitalisation is meaningful, or the document capitalises it mid-sentence elsewhere.
 */
export function isTrustedCapital(ctx: SentenceContext, i: number): boolean {
  const word = ctx.words[i];
  if (word.shape === 'lower' || word.shape === 'other') return false;
  const meaningful =
    !ctx.heading &&
    !ctx.allCaps &&
    !isInitialPosition(ctx.words, i) &&
    !(word.shape === 'upper' && word.text.length > 1 && ctx.doc.lowercase.has(word.key));
  return meaningful || ctx.doc.midCapitalized.has(word.key) || isAcronymLike(ctx, i);
}

/** An upper-case word the document never writes in lower case ("JSOC", "CIA"), outside all-caps lines. */
function isAcronymLike(ctx: SentenceContext, i: number): boolean {
  const word = ctx.words[i];
  return !ctx.allCaps && word.shape === 'upper' && word.text.length <= 6 && !ctx.doc.lowercase.has(word.key);
}
