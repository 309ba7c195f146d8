/**
 * Feature extraction for the NER tagger. Every feature is a 32-bit hash (see hash.ts) so that tagging a
 * sentence allocates nothing per feature, and a token's own analysis (hashes of its word, affixes and
 * shapes) is computed once per distinct token string and cached.
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
import { feature1, feature2, feature3, fnvStart, fnvStep, hashString } from './hash';
import { Gazetteer, type Entry } from './gazetteer';
import { normalizeToken } from './normalize';

export const FEATURE_SET_VERSION = 1;

const enum T {
  Bias,
  W0,
  Wm1,
  Wm2,
  Wp1,
  Wp2,
  Wm1W0,
  W0Wp1,
  S0,
  Sm1,
  Sm2,
  Sp1,
  Sp2,
  Ss0,
  Ssm1Ss0Ssp1,
  Prefix,
  Suffix,
  Flag,
  FirstSs0,
  CaseSs0,
  Wm1S0,
  Lex0,
  Lexm1,
  Lexp1,
}

const FLAG_INIT_CAP = 1;
const FLAG_ALL_CAPS = 2;
const FLAG_DIGIT = 4;
const FLAG_HYPHEN = 8;
const FLAG_PERIOD = 16;
/** Bit index of the sentence-initial flag (a context feature; the others belong to the token). */
const FLAG_SENTENCE_INITIAL_BIT = 5;
const OWN_FLAG_COUNT = 5;

/** Sentence casing modes: headlines and shouted text need other cues than capitalisation. */
export const CASE_NORMAL = 0;
export const CASE_TITLE = 1;
export const CASE_UPPER = 2;
export const CASE_MODES = 3;

const PAD_BEFORE = hashString('<s>');
const PAD_AFTER = hashString('</s>');
const AFFIX_LENGTHS = 4;

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

/**
 * Positions, within each token's flat feature list, of the features that identify the word itself (the
 * word and the two word bigrams, always emitted first); training hides them for word dropout.
 */
export const IDENTITY_SLOTS: readonly number[] = [0, 1, 2];

/** What a token string contributes on its own; cached per distinct string. */
export interface TokenInfo {
  normalized: string;
  lower: string;
  word: number;
  shape: number;
  shortShape: number;
  /** FLAG_* bits of the token itself (sentence-initial is positional, not here). */
  flags: number;
  /** Feature hashes of the "own" group, the word (W0) first. */
  own: Int32Array;
  /** Lexicon entries starting with this token (cached lookup for the gazetteer). */
  lexiconStarts: readonly Entry[] | undefined;
  /** Scratch slot for a scorer's cached scores (see scorer.ts). */
  scores?: Float32Array;
}

/** Stand-ins for the neighbours of the first and last tokens. */
export const PAD_BEFORE_INFO: Pick<TokenInfo, 'word' | 'shape'> = { word: PAD_BEFORE, shape: PAD_BEFORE };
export const PAD_AFTER_INFO: Pick<TokenInfo, 'word' | 'shape'> = { word: PAD_AFTER, shape: PAD_AFTER };

/** Flat features of one sentence: token i owns `hashes[offsets[i] .. offsets[i + 1])`. */
export interface SentenceFeatures {
  hashes: Int32Array;
  offsets: Int32Array;
  length: number;
}

/** Bounded so that a huge corpus of rare tokens cannot grow memory without limit. */
const MAX_CACHED_TOKENS = 60_000;

/**
 * Reusable extractor. Returned arrays are views into internal buffers, valid until the next call;
 * callers that keep features (training) must copy them.
 */
export class FeatureExtractor {
  private capacity = 0;
  /** Per-token analysis of the current sentence. */
  infos: TokenInfo[] = [];
  private lower: string[] = [];
  private normalized: string[] = [];
  private starts: Array<readonly Entry[] | undefined> = [];
  private lex = new Int32Array(0);
  private caseMode = CASE_NORMAL;
  private length = 0;
  private out = new Int32Array(1024);
  private offsets = new Int32Array(0);
  private readonly cache = new Map<string, TokenInfo>();
  private readonly categoryCount: number;

  constructor(private readonly gazetteer: Gazetteer) {
    this.categoryCount = gazetteer.categories.length;
  }

  /** Analyses a sentence; afterwards `infos` and `contextFeatures` describe it. */
  analyse(tokens: readonly string[]): void {
    const n = tokens.length;
    this.ensureCapacity(n);
    this.length = n;
    this.infos.length = n;
    this.lower.length = n;
    this.normalized.length = n;
    this.starts.length = n;
    for (let i = 0; i < n; i++) {
      const info = this.tokenInfo(tokens[i]);
      this.infos[i] = info;
      this.lower[i] = info.lower;
      this.normalized[i] = info.normalized;
      this.starts[i] = info.lexiconStarts;
    }
    this.gazetteer.match(this.normalized, this.lower, this.lex, this.starts);
    this.caseMode = sentenceCase(this.infos, n);
  }

  /** All features of every token, flat (training, and the reference the fast scorer must agree with). */
  extract(tokens: readonly string[]): SentenceFeatures {
    this.analyse(tokens);
    const n = this.length;
    let k = 0;
    for (let i = 0; i < n; i++) {
      this.offsets[i] = k;
      if (k + 96 > this.out.length) this.growOut();
      const info = this.infos[i];
      this.out[k++] = info.own[0];
      k = this.contextFeatures(i, this.out, k);
      k = this.lexiconFeatures(i, this.out, k);
      this.out.set(info.own.subarray(1), k);
      k += info.own.length - 1;
      this.out[k++] = caseFeature(info.shortShape, this.caseMode);
      for (let r = 0; r < ROLE_OFFSETS.length; r++) {
        const j = i + ROLE_OFFSETS[r];
        const neighbour = j < 0 ? PAD_BEFORE_INFO : j >= n ? PAD_AFTER_INFO : this.infos[j];
        k = roleFeatures(neighbour, r, this.out, k);
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
    const n = this.length;
    const infos = this.infos;
    let k = start;
    const cur = infos[i];
    const wm1 = i > 0 ? infos[i - 1].word : PAD_BEFORE;
    const wp1 = i + 1 < n ? infos[i + 1].word : PAD_AFTER;
    const ssm1 = i > 0 ? infos[i - 1].shortShape : PAD_BEFORE;
    const ssp1 = i + 1 < n ? infos[i + 1].shortShape : PAD_AFTER;
    out[k++] = feature2(T.Wm1W0, wm1, cur.word);
    out[k++] = feature2(T.W0Wp1, cur.word, wp1);
    out[k++] = feature3(T.Ssm1Ss0Ssp1, ssm1, cur.shortShape, ssp1);
    if (i === 0) {
      out[k++] = feature1(T.Flag, FLAG_SENTENCE_INITIAL_BIT);
      out[k++] = feature1(T.FirstSs0, cur.shortShape);
    }
    out[k++] = feature2(T.Wm1S0, wm1, cur.shape);
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

  private tokenInfo(token: string): TokenInfo {
    let info = this.cache.get(token);
    if (info) return info;
    info = analyseToken(normalizeToken(token));
    info.lexiconStarts = this.gazetteer.startingWith(info.lower);
    if (this.cache.size >= MAX_CACHED_TOKENS) this.cache.clear();
    this.cache.set(token, info);
    return info;
  }

  private ensureCapacity(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, this.capacity * 2, 64);
    this.lex = new Int32Array(cap);
    this.offsets = new Int32Array(cap + 1);
    this.capacity = cap;
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

/** Role features: what a token contributes to the token at `-ROLE_OFFSETS[role]` from it. */
export function roleFeatures(
  info: Pick<TokenInfo, 'word' | 'shape'>,
  role: number,
  out: Int32Array,
  start: number,
): number {
  const [wordTemplate, shapeTemplate] = ROLE_TEMPLATES[role];
  out[start] = feature1(wordTemplate, info.word);
  out[start + 1] = feature1(shapeTemplate, info.shape);
  return start + 2;
}

/** Hashes the word, its affixes and shapes straight from char codes, and lists its own features. */
function analyseToken(normalized: string): TokenInfo {
  const lower = normalized.toLowerCase();
  const len = lower.length;
  // The word first (IDENTITY_SLOTS), filled in once hashed.
  const own: number[] = [0, feature1(T.Bias, 0)];
  let h = fnvStart();
  for (let c = 0; c < len; c++) {
    h = fnvStep(h, foldDigit(lower.charCodeAt(c)));
    // Prefixes shorter than the word (the whole word is W0).
    if (c < AFFIX_LENGTHS && c + 1 < len) own.push(feature2(T.Prefix, c, h | 0));
  }
  const word = h | 0;
  own[0] = feature1(T.W0, word);
  let r = fnvStart() ^ 0x5bd1e995;
  for (let c = 0; c < AFFIX_LENGTHS && c < len - 1; c++) {
    r = fnvStep(r, foldDigit(lower.charCodeAt(len - 1 - c)));
    own.push(feature2(T.Suffix, c, r | 0));
  }
  const { shape, shortShape, flags } = analyseShape(normalized, lower);
  own.push(feature1(T.S0, shape), feature1(T.Ss0, shortShape));
  for (let b = 0; b < OWN_FLAG_COUNT; b++) if (flags & (1 << b)) own.push(feature1(T.Flag, b));
  return {
    normalized,
    lower,
    word,
    shape,
    shortShape,
    flags,
    own: Int32Array.from(own),
    lexiconStarts: undefined,
  };
}

function analyseShape(token: string, lower: string): { shape: number; shortShape: number; flags: number } {
  let shape = fnvStart();
  let short = fnvStart();
  let previousClass = -1;
  let run = 0;
  let letters = 0;
  let uppers = 0;
  let flags = 0;
  const sameLength = token.length === lower.length;
  for (let c = 0; c < token.length; c++) {
    const code = token.charCodeAt(c);
    const cls = charClass(code, token, lower, c, sameLength);
    if (cls === CLASS_UPPER || cls === CLASS_LOWER) letters++;
    if (cls === CLASS_UPPER) uppers++;
    if (cls === CLASS_DIGIT) flags |= FLAG_DIGIT;
    else if (code === 45) flags |= FLAG_HYPHEN;
    else if (code === 46) flags |= FLAG_PERIOD;
    run = cls === previousClass ? run + 1 : 1;
    if (run <= 4) shape = fnvStep(shape, cls);
    if (run === 1) short = fnvStep(short, cls);
    previousClass = cls;
  }
  if (letters > 0 && charClass(token.charCodeAt(0), token, lower, 0, sameLength) === CLASS_UPPER) {
    flags |= FLAG_INIT_CAP;
  }
  if (letters > 1 && uppers === letters) flags |= FLAG_ALL_CAPS;
  return { shape: shape | 0, shortShape: short | 0, flags };
}

// Shape classes are fed to the hash as codes; real characters (punctuation) keep their own code (>= 32).
const CLASS_UPPER = 1;
const CLASS_LOWER = 2;
const CLASS_DIGIT = 3;

function charClass(code: number, token: string, lower: string, at: number, sameLength: boolean): number {
  if (code >= 65 && code <= 90) return CLASS_UPPER;
  if (code >= 97 && code <= 122) return CLASS_LOWER;
  if (code >= 48 && code <= 57) return CLASS_DIGIT;
  if (code < 128) return code;
  // Non-ASCII letters (é, Ö, ł...): rare, so the slower string comparison is fine here.
  if (sameLength && token[at] !== lower[at]) return CLASS_UPPER;
  const ch = token[at];
  if (ch.toUpperCase() !== ch) return CLASS_LOWER;
  return code;
}

function foldDigit(code: number): number {
  return code >= 48 && code <= 57 ? 48 : code;
}

/**
 * Headline and all-caps detection: in "TRUMP THREATENS MEXICO" or "Trump Threatens Mexico With Strikes"
 * capitalisation says little, and the model learns (from augmented training sentences) to lean on words.
 */
function sentenceCase(infos: readonly TokenInfo[], n: number): number {
  let words = 0;
  let caps = 0;
  let initials = 0;
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    if (info.lower.length < 2 || !/[a-z]/.test(info.lower)) continue;
    words++;
    if (info.flags & FLAG_ALL_CAPS) caps++;
    else if (info.flags & FLAG_INIT_CAP) initials++;
  }
  if (words >= 3 && caps >= 0.7 * words) return CASE_UPPER;
  if (words >= 3 && caps + initials >= 0.8 * words) return CASE_TITLE;
  return CASE_NORMAL;
}
