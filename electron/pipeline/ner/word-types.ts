/**
 * Interned word types: every distinct token string gets a small integer id, and what the tagger needs to
 * know about it (hashes of its word and shapes, its flags, the hashes of its own features, its lexicon
 * matches) is computed once and kept in typed arrays indexed by that id. A sentence then becomes an array
 * of ids, and the scorer's hot loop reads numbers from typed arrays instead of properties of objects.
 *
 * Ids 0 and 1 are the padding before the first and after the last token, so the neighbours of every
 * token, at -2..+2, are ids too. The store is bounded: when it is full it starts again (see `reserve`),
 * and `generation` tells caches keyed by id (the scorer's) to start again too.
 */
import { feature1, feature2, fnvStart, fnvStep, hashString } from './hash';
import { Gazetteer, type TypeMatches } from './gazetteer';
import { normalizeToken } from './normalize';
import { T } from './templates';

export const PAD_BEFORE_ID = 0;
export const PAD_AFTER_ID = 1;
export const PAD_BEFORE = hashString('<s>');
export const PAD_AFTER = hashString('</s>');

export const FLAG_INIT_CAP = 1;
export const FLAG_ALL_CAPS = 2;
const FLAG_DIGIT = 4;
const FLAG_HYPHEN = 8;
const FLAG_PERIOD = 16;
/** Flags 0-4 are features; this one only tells sentence casing the token is a word (2+ chars, a-z). */
export const FLAG_CASED_WORD = 64;
const OWN_FLAG_COUNT = 5;
const AFFIX_LENGTHS = 4;

/** Own features per type at most: word, bias, 4 prefixes, 4 suffixes, shape, short shape, 5 flags. */
export const MAX_OWN_FEATURES = 2 + 2 * AFFIX_LENGTHS + 2 + OWN_FLAG_COUNT;

/** Bounded so that a huge corpus of rare tokens cannot grow memory without limit. */
const MAX_TYPES = 60_000;

export class WordTypes {
  /** Bumped whenever ids are reassigned (the store was full and started again). */
  generation = 0;
  size = 0;
  word = new Int32Array(0);
  shape = new Int32Array(0);
  shortShape = new Int32Array(0);
  flags = new Int32Array(0);
  /** Own feature hashes of type i: own[i * MAX_OWN_FEATURES ..][0 .. ownCount[i]), the word first. */
  own = new Int32Array(0);
  ownCount = new Uint8Array(0);
  readonly normalized: string[] = [];
  readonly lower: string[] = [];
  readonly lexicon: TypeMatches[] = [];
  private readonly ids = new Map<string, number>();

  constructor(private readonly gazetteer: Gazetteer) {
    this.clear();
  }

  /** Makes room for `count` new types, starting again if the store would exceed its bound. */
  reserve(count: number): void {
    if (this.size + count > MAX_TYPES && this.size > 2) {
      this.clear();
      this.generation++;
    }
  }

  /** The id of a token string (after `reserve`, ids stay valid until the next `reserve`). */
  idOf(token: string): number {
    const known = this.ids.get(token);
    if (known !== undefined) return known;
    const id = this.add(normalizeToken(token));
    this.ids.set(token, id);
    return id;
  }

  private clear(): void {
    this.ids.clear();
    this.size = 0;
    this.normalized.length = 0;
    this.lower.length = 0;
    this.lexicon.length = 0;
    this.addPadding(PAD_BEFORE);
    this.addPadding(PAD_AFTER);
  }

  private addPadding(hash: number): void {
    const id = this.add('');
    this.word[id] = hash;
    this.shape[id] = hash;
    this.shortShape[id] = hash;
  }

  /** Hashes the word, its affixes and shapes straight from char codes, and lists its own features. */
  private add(normalized: string): number {
    const id = this.size++;
    if (id >= this.word.length) this.grow();
    const lower = normalized.toLowerCase();
    const len = lower.length;
    const own = this.own;
    const base = id * MAX_OWN_FEATURES;
    // The word first (IDENTITY_SLOTS in features.ts), filled in once hashed.
    let k = base + 1;
    own[k++] = feature1(T.Bias, 0);
    let h = fnvStart();
    for (let c = 0; c < len; c++) {
      h = fnvStep(h, foldDigit(lower.charCodeAt(c)));
      // Prefixes shorter than the word (the whole word is W0).
      if (c < AFFIX_LENGTHS && c + 1 < len) own[k++] = feature2(T.Prefix, c, h | 0);
    }
    const word = h | 0;
    own[base] = feature1(T.W0, word);
    let r = fnvStart() ^ 0x5bd1e995;
    for (let c = 0; c < AFFIX_LENGTHS && c < len - 1; c++) {
      r = fnvStep(r, foldDigit(lower.charCodeAt(len - 1 - c)));
      own[k++] = feature2(T.Suffix, c, r | 0);
    }
    const shape = analyseShape(normalized, lower);
    own[k++] = feature1(T.S0, shape.shape);
    own[k++] = feature1(T.Ss0, shape.shortShape);
    for (let b = 0; b < OWN_FLAG_COUNT; b++) if (shape.flags & (1 << b)) own[k++] = feature1(T.Flag, b);
    this.ownCount[id] = k - base;
    this.word[id] = word;
    this.shape[id] = shape.shape;
    this.shortShape[id] = shape.shortShape;
    this.flags[id] = shape.flags | (len >= 2 && /[a-z]/.test(lower) ? FLAG_CASED_WORD : 0);
    this.normalized[id] = normalized;
    this.lower[id] = lower;
    this.lexicon[id] = this.gazetteer.typeMatches(normalized, lower);
    return id;
  }

  private grow(): void {
    const capacity = Math.max(1024, this.word.length * 2);
    const grown = (a: Int32Array, size = capacity): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(size);
      next.set(a);
      return next;
    };
    this.word = grown(this.word);
    this.shape = grown(this.shape);
    this.shortShape = grown(this.shortShape);
    this.flags = grown(this.flags);
    this.own = grown(this.own, capacity * MAX_OWN_FEATURES);
    const counts = new Uint8Array(capacity);
    counts.set(this.ownCount);
    this.ownCount = counts;
  }
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
