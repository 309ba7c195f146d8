/**
 * Feature extraction for the NER tagger. Every feature is a 32-bit hash (see hash.ts) so that tagging a
 * sentence allocates one lower-cased string per token and nothing per feature.
 *
 * Templates (position relative to the current token):
 *   bias; lower-cased word (digits folded to 0) at -2..+2; word bigrams (-1,0) and (0,+1);
 *   shape (Xxxx, XX, X.X., dd...) at -2..+2; short shape (runs collapsed) at 0 and (-1,0,+1);
 *   prefixes and suffixes of length 1..4; flags (initial capital, all caps, digit, hyphen, period,
 *   sentence-initial); sentence-initial x short shape; sentence casing (normal, title, upper) x short shape;
 *   previous word x shape; lexicon matches at -1, 0, +1 (category x begin/inside).
 * Label context (previous label) is not a feature here: the decoder scores label transitions (Viterbi).
 *
 * Bump FEATURE_SET_VERSION whenever a template changes: a model trained with another version is refused.
 */
import { feature1, feature2, feature3, fnvStart, fnvStep, hashString } from './hash';
import { Gazetteer } from './gazetteer';
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
const FLAG_SENTENCE_INITIAL = 32;
const FLAG_COUNT = 6;

/** Sentence casing modes: headlines and shouted text need other cues than capitalisation. */
export const CASE_NORMAL = 0;
export const CASE_TITLE = 1;
export const CASE_UPPER = 2;

const PAD_BEFORE = hashString('<s>');
const PAD_AFTER = hashString('</s>');
const AFFIX_LENGTHS = 4;

/**
 * Positions, within each token's feature list, of the features that identify the word itself (the word
 * and the two word bigrams); training hides them for word dropout. The first slots are always, in order:
 * bias, w0, w-1, w-2, w+1, w+2, w-1|w0, w0|w+1.
 */
export const IDENTITY_SLOTS: readonly number[] = [1, 6, 7];

/** Flat features of one sentence: token i owns `hashes[offsets[i] .. offsets[i + 1])`. */
export interface SentenceFeatures {
  hashes: Int32Array;
  offsets: Int32Array;
  length: number;
}

/**
 * Reusable extractor. The returned arrays are views into internal buffers, valid until the next call;
 * callers that keep features (training) must copy them.
 */
export class FeatureExtractor {
  private capacity = 0;
  private word = new Int32Array(0);
  private shape = new Int32Array(0);
  private shortShape = new Int32Array(0);
  private flags = new Int32Array(0);
  private prefix = new Int32Array(0);
  private suffix = new Int32Array(0);
  private lex = new Int32Array(0);
  private lower: string[] = [];
  private normalized: string[] = [];
  private out = new Int32Array(1024);
  private offsets = new Int32Array(0);
  private readonly categoryCount: number;

  constructor(private readonly gazetteer: Gazetteer) {
    this.categoryCount = gazetteer.categories.length;
  }

  extract(tokens: readonly string[]): SentenceFeatures {
    const n = tokens.length;
    this.ensureCapacity(n);
    for (let i = 0; i < n; i++) this.analyseToken(i, normalizeToken(tokens[i]));
    this.lower.length = n;
    this.normalized.length = n;
    this.gazetteer.match(this.normalized, this.lower, this.lex);
    const caseMode = sentenceCase(this.flags, this.lower, n);

    let k = 0;
    for (let i = 0; i < n; i++) {
      this.offsets[i] = k;
      if (k + 64 > this.out.length) this.growOut();
      k = this.tokenFeatures(i, n, caseMode, k);
    }
    this.offsets[n] = k;
    return { hashes: this.out, offsets: this.offsets, length: n };
  }

  private tokenFeatures(i: number, n: number, caseMode: number, start: number): number {
    const out = this.out;
    let k = start;
    const w0 = this.word[i];
    const wm1 = i > 0 ? this.word[i - 1] : PAD_BEFORE;
    const wm2 = i > 1 ? this.word[i - 2] : PAD_BEFORE;
    const wp1 = i + 1 < n ? this.word[i + 1] : PAD_AFTER;
    const wp2 = i + 2 < n ? this.word[i + 2] : PAD_AFTER;
    const s0 = this.shape[i];
    const ss0 = this.shortShape[i];
    const ssm1 = i > 0 ? this.shortShape[i - 1] : PAD_BEFORE;
    const ssp1 = i + 1 < n ? this.shortShape[i + 1] : PAD_AFTER;

    out[k++] = feature1(T.Bias, 0);
    out[k++] = feature1(T.W0, w0);
    out[k++] = feature1(T.Wm1, wm1);
    out[k++] = feature1(T.Wm2, wm2);
    out[k++] = feature1(T.Wp1, wp1);
    out[k++] = feature1(T.Wp2, wp2);
    out[k++] = feature2(T.Wm1W0, wm1, w0);
    out[k++] = feature2(T.W0Wp1, w0, wp1);
    out[k++] = feature1(T.S0, s0);
    out[k++] = feature1(T.Sm1, i > 0 ? this.shape[i - 1] : PAD_BEFORE);
    out[k++] = feature1(T.Sm2, i > 1 ? this.shape[i - 2] : PAD_BEFORE);
    out[k++] = feature1(T.Sp1, i + 1 < n ? this.shape[i + 1] : PAD_AFTER);
    out[k++] = feature1(T.Sp2, i + 2 < n ? this.shape[i + 2] : PAD_AFTER);
    out[k++] = feature1(T.Ss0, ss0);
    out[k++] = feature3(T.Ssm1Ss0Ssp1, ssm1, ss0, ssp1);
    for (let a = 0; a < AFFIX_LENGTHS; a++) {
      const p = this.prefix[i * AFFIX_LENGTHS + a];
      if (p !== 0) out[k++] = feature2(T.Prefix, a, p);
      const s = this.suffix[i * AFFIX_LENGTHS + a];
      if (s !== 0) out[k++] = feature2(T.Suffix, a, s);
    }
    const flags = this.flags[i];
    for (let b = 0; b < FLAG_COUNT; b++) if (flags & (1 << b)) out[k++] = feature1(T.Flag, b);
    if (i === 0) out[k++] = feature1(T.FirstSs0, ss0);
    out[k++] = feature2(T.CaseSs0, caseMode, ss0);
    out[k++] = feature2(T.Wm1S0, wm1, s0);
    k = this.lexFeatures(T.Lex0, this.lex[i], k);
    if (i > 0) k = this.lexFeatures(T.Lexm1, this.lex[i - 1], k);
    if (i + 1 < n) k = this.lexFeatures(T.Lexp1, this.lex[i + 1], k);
    return k;
  }

  private lexFeatures(template: number, code: number, start: number): number {
    let k = start;
    if (code === 0) return k;
    for (let c = 0; c < this.categoryCount; c++) {
      const m = (code >>> (c * 2)) & 3;
      if (m !== 0) this.out[k++] = feature1(template, c * 4 + m);
    }
    return k;
  }

  /** Hashes the word, its affixes and shapes straight from char codes: no per-feature strings. */
  private analyseToken(i: number, token: string): void {
    const lower = token.toLowerCase();
    this.lower[i] = lower;
    this.normalized[i] = token;
    const len = lower.length;
    const base = i * AFFIX_LENGTHS;
    let h = fnvStart();
    for (let c = 0; c < len; c++) {
      h = fnvStep(h, foldDigit(lower.charCodeAt(c)));
      if (c < AFFIX_LENGTHS) this.prefix[base + c] = c + 1 < len ? h | 0 : 0;
    }
    for (let c = len; c < AFFIX_LENGTHS; c++) this.prefix[base + c] = 0;
    this.word[i] = h | 0;
    // Suffixes are hashed right to left; only those shorter than the word (the word itself is W0).
    let r = fnvStart() ^ 0x5bd1e995;
    for (let c = 0; c < AFFIX_LENGTHS; c++) {
      if (c < len - 1) {
        r = fnvStep(r, foldDigit(lower.charCodeAt(len - 1 - c)));
        this.suffix[base + c] = r | 0;
      } else this.suffix[base + c] = 0;
    }
    this.analyseShape(i, token, lower);
  }

  private analyseShape(i: number, token: string, lower: string): void {
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
    if (
      letters > 0 &&
      token.length > 0 &&
      charClass(token.charCodeAt(0), token, lower, 0, sameLength) === CLASS_UPPER
    ) {
      flags |= FLAG_INIT_CAP;
    }
    if (letters > 1 && uppers === letters) flags |= FLAG_ALL_CAPS;
    if (i === 0) flags |= FLAG_SENTENCE_INITIAL;
    this.shape[i] = shape | 0;
    this.shortShape[i] = short | 0;
    this.flags[i] = flags;
  }

  private ensureCapacity(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, this.capacity * 2, 64);
    this.word = new Int32Array(cap);
    this.shape = new Int32Array(cap);
    this.shortShape = new Int32Array(cap);
    this.flags = new Int32Array(cap);
    this.prefix = new Int32Array(cap * AFFIX_LENGTHS);
    this.suffix = new Int32Array(cap * AFFIX_LENGTHS);
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
function sentenceCase(flags: Int32Array, lower: readonly string[], n: number): number {
  let words = 0;
  let caps = 0;
  let initials = 0;
  for (let i = 0; i < n; i++) {
    if (lower[i].length < 2 || !/[a-z]/.test(lower[i])) continue;
    words++;
    if (flags[i] & FLAG_ALL_CAPS) caps++;
    else if (flags[i] & FLAG_INIT_CAP) initials++;
  }
  if (words >= 3 && caps >= 0.7 * words) return CASE_UPPER;
  if (words >= 3 && caps + initials >= 0.8 * words) return CASE_TITLE;
  return CASE_NORMAL;
}
