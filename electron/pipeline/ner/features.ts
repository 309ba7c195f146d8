/**
 * Feature extraction for the NER tagger. Every feature is a 32-bit hash (see hash.ts) so that tagging a
 * sentence allocates nothing per feature, and a token's own analysis (hashes of its word, affixes and
 * shapes, its lexicon matches) is computed once per distinct token string (word-types.ts): a sentence is
 * analysed into an array of word-type ids.
 *
 * Templates (position relative to the current token):
 *   bias; lower-cased word (digits folded to 0) at -2..+2; word bigrams (-1,0) and (0,+1);
 *   shape (Xxxx, XX, X.X., dd...) at -2..+2; short shape (runs collapsed) at 0 and (-1,0,+1);
 *   prefixes and suffixes of length 1..4; flags (initial capital, all caps, digit, hyphen, period,
 *   sentence-initial); sentence-initial x short shape; sentence casing (normal, title, upper) x short shape;
 *   previous word x shape; lexicon matches at -1, 0, +1 (category x begin/inside).
 * Label context (previous label) is not a feature here: the decoder scores label transitions (Viterbi).
 *
 * The templates fall in three groups, which lets the tagger cache scores per word type (see scorer.ts):
 *   - own: functions of the token alone (word, shape, affixes, flags, bias);
 *   - role: functions of a neighbour alone, by its offset (w-1 and shape-1 are the left neighbour's word
 *     and shape), so they too depend on one token string and the offset;
 *   - context: everything else (bigrams, short-shape trigram, lexicon, sentence start), except casing x
 *     short shape, which depends on the token and on one of three sentence modes, so is cached too, and
 *     lexicon features, which depend on a small integer match code per token, cached per code.
 * Training sees the union as one flat list per token.
 *
 * Bump FEATURE_SET_VERSION whenever a template changes: a model trained with another version is refused.
 */
import { feature1, feature2, feature3 } from './hash';
import { Gazetteer, type TypeMatches } from './gazetteer';
import { T } from './templates';
import {
  FLAG_ALL_CAPS,
  FLAG_CASED_WORD,
  FLAG_INIT_CAP,
  MAX_OWN_FEATURES,
  PAD_AFTER_ID,
  PAD_BEFORE_ID,
  WordTypes,
} from './word-types';

export const FEATURE_SET_VERSION = 1;

/** Bit index of the sentence-initial flag (a context feature; flags 0-4 belong to the token). */
const FLAG_SENTENCE_INITIAL_BIT = 5;

/** Sentence casing modes: headlines and shouted text need other cues than capitalisation. */
export const CASE_NORMAL = 0;
export const CASE_TITLE = 1;
export const CASE_UPPER = 2;
export const CASE_MODES = 3;

/** Lexicon feature templates for matches at offsets 0, -1, +1. */
export const LEX_TEMPLATES: readonly number[] = [T.Lex0, T.Lexm1, T.Lexp1];

/** Neighbour offsets with role features, in the order of `ROLE_TEMPLATES`. */
export const ROLE_OFFSETS: readonly number[] = [-1, -2, 1, 2];
const ROLE_TEMPLATES: ReadonlyArray<readonly [number, number]> = [
  [T.Wm1, T.Sm1],
  [T.Wm2, T.Sm2],
  [T.Wp1, T.Sp1],
  [T.Wp2, T.Sp2],
];

/** Padding ids on each side of a sentence in `FeatureExtractor.ids` (token t is at ids[t + PAD]). */
export const PAD = 2;

/**
 * Positions, within each token's flat feature list, of the features that identify the word itself (the
 * word and the two word bigrams, always emitted first); training hides them for word dropout.
 */
export const IDENTITY_SLOTS: readonly number[] = [0, 1, 2];

/** Flat features of one sentence: token i owns `hashes[offsets[i] .. offsets[i + 1])`. */
export interface SentenceFeatures {
  hashes: Int32Array;
  offsets: Int32Array;
  length: number;
}

/**
 * Reusable extractor. Returned arrays are views into internal buffers, valid until the next call;
 * callers that keep features (training) must copy them.
 */
export class FeatureExtractor {
  readonly types: WordTypes;
  /** Word-type ids of the analysed sentence, with PAD padding ids on each side. */
  ids = new Int32Array(2 * PAD);
  private lower: string[] = [];
  private normalized: string[] = [];
  private matches: TypeMatches[] = [];
  private lex = new Int32Array(0);
  private caseMode = CASE_NORMAL;
  private length = 0;
  private out = new Int32Array(1024);
  private offsets = new Int32Array(1);
  private readonly categoryCount: number;

  constructor(private readonly gazetteer: Gazetteer) {
    this.categoryCount = gazetteer.categories.length;
    this.types = new WordTypes(gazetteer);
  }

  /** Analyses a sentence; afterwards `ids`, `lexiconCodes` and `sentenceCaseMode` describe it. */
  analyse(tokens: readonly string[]): void {
    const n = tokens.length;
    const types = this.types;
    this.ensureCapacity(n);
    this.length = n;
    types.reserve(n);
    const ids = this.ids;
    ids[0] = ids[1] = PAD_BEFORE_ID;
    ids[n + PAD] = ids[n + PAD + 1] = PAD_AFTER_ID;
    this.lower.length = n;
    this.normalized.length = n;
    this.matches.length = n;
    for (let i = 0; i < n; i++) {
      const id = types.idOf(tokens[i]);
      ids[i + PAD] = id;
      this.lower[i] = types.lower[id];
      this.normalized[i] = types.normalized[id];
      this.matches[i] = types.lexicon[id];
    }
    this.gazetteer.match(this.normalized, this.lower, this.lex, this.matches);
    this.caseMode = sentenceCase(types.flags, ids, n);
  }

  /** All features of every token, flat (training, and the reference the fast scorer must agree with). */
  extract(tokens: readonly string[]): SentenceFeatures {
    this.analyse(tokens);
    const n = this.length;
    const { own, ownCount, shortShape, word, shape } = this.types;
    let k = 0;
    for (let i = 0; i < n; i++) {
      this.offsets[i] = k;
      if (k + 96 > this.out.length) this.growOut();
      const id = this.ids[i + PAD];
      const ownBase = id * MAX_OWN_FEATURES;
      this.out[k++] = own[ownBase];
      k = this.contextFeatures(i, this.out, k);
      k = this.lexiconFeatures(i, this.out, k);
      for (let f = 1; f < ownCount[id]; f++) this.out[k++] = own[ownBase + f];
      this.out[k++] = caseFeature(shortShape[id], this.caseMode);
      for (let r = 0; r < ROLE_OFFSETS.length; r++) {
        const neighbour = this.ids[i + PAD + ROLE_OFFSETS[r]];
        k = roleFeatures(word[neighbour], shape[neighbour], r, this.out, k);
      }
    }
    this.offsets[n] = k;
    return { hashes: this.out, offsets: this.offsets, length: n };
  }

  /** Casing mode of the analysed sentence (CASE_NORMAL, CASE_TITLE, CASE_UPPER). */
  get sentenceCaseMode(): number {
    return this.caseMode;
  }

  /**
   * Context features of token i of the analysed sentence, written at out[k...]; returns the new end.
   * The two word bigrams come first: in the flat list they follow the word (IDENTITY_SLOTS).
   */
  contextFeatures(i: number, out: Int32Array, start: number): number {
    const { word, shape, shortShape } = this.types;
    const ids = this.ids;
    const previous = ids[i + PAD - 1];
    const current = ids[i + PAD];
    const next = ids[i + PAD + 1];
    const w0 = word[current];
    let k = start;
    out[k++] = feature2(T.Wm1W0, word[previous], w0);
    out[k++] = feature2(T.W0Wp1, w0, word[next]);
    out[k++] = feature3(T.Ssm1Ss0Ssp1, shortShape[previous], shortShape[current], shortShape[next]);
    if (i === 0) {
      out[k++] = feature1(T.Flag, FLAG_SENTENCE_INITIAL_BIT);
      out[k++] = feature1(T.FirstSs0, shortShape[current]);
    }
    out[k++] = feature2(T.Wm1S0, word[previous], shape[current]);
    return k;
  }

  /** Lexicon match codes of the analysed sentence (2 bits per category per token). */
  get lexiconCodes(): Int32Array {
    return this.lex;
  }

  /** Lexicon features of token i (matches at -1, 0, +1), written at out[k...]; returns the new end. */
  lexiconFeatures(i: number, out: Int32Array, start: number): number {
    let k = this.lexFeatures(LEX_TEMPLATES[0], this.lex[i], out, start);
    if (i > 0) k = this.lexFeatures(LEX_TEMPLATES[1], this.lex[i - 1], out, k);
    if (i + 1 < this.length) k = this.lexFeatures(LEX_TEMPLATES[2], this.lex[i + 1], out, k);
    return k;
  }

  /** The lexicon features one match code gives in one of the LEX_TEMPLATES roles. */
  lexFeatures(template: number, code: number, out: Int32Array, start: number): number {
    let k = start;
    if (code === 0) return k;
    for (let c = 0; c < this.categoryCount; c++) {
      const m = (code >>> (c * 2)) & 3;
      if (m !== 0) out[k++] = feature1(template, c * 4 + m);
    }
    return k;
  }

  private ensureCapacity(n: number): void {
    if (n + 2 * PAD <= this.ids.length) return;
    const cap = Math.max(n, this.ids.length * 2, 64);
    this.ids = new Int32Array(cap + 2 * PAD);
    this.lex = new Int32Array(cap);
    this.offsets = new Int32Array(cap + 1);
  }

  private growOut(): void {
    const next = new Int32Array(this.out.length * 2);
    next.set(this.out);
    this.out = next;
  }
}

/** The sentence-casing x short-shape feature (one per token; cached per casing mode by the scorer). */
export function caseFeature(shortShape: number, caseMode: number): number {
  return feature2(T.CaseSs0, caseMode, shortShape);
}

/** Role features: what a token (its word and shape hashes) contributes to the token at `-ROLE_OFFSETS[role]`. */
export function roleFeatures(
  word: number,
  shape: number,
  role: number,
  out: Int32Array,
  start: number,
): number {
  const [wordTemplate, shapeTemplate] = ROLE_TEMPLATES[role];
  out[start] = feature1(wordTemplate, word);
  out[start + 1] = feature1(shapeTemplate, shape);
  return start + 2;
}

/**
 * Headline and all-caps detection: in "TRUMP THREATENS MEXICO" or "Trump Threatens Mexico With Strikes"
 * capitalisation says little, and the model learns (from augmented training sentences) to lean on words.
 */
function sentenceCase(flags: Int32Array, ids: Int32Array, n: number): number {
  let words = 0;
  let caps = 0;
  let initials = 0;
  for (let i = PAD; i < n + PAD; i++) {
    const f = flags[ids[i]];
    if (!(f & FLAG_CASED_WORD)) continue;
    words++;
    if (f & FLAG_ALL_CAPS) caps++;
    else if (f & FLAG_INIT_CAP) initials++;
  }
  if (words >= 3 && caps >= 0.7 * words) return CASE_UPPER;
  if (words >= 3 && caps + initials >= 0.8 * words) return CASE_TITLE;
  return CASE_NORMAL;
}
