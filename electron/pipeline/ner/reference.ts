/**
 * A straightforward tagger for the same model, written for clarity rather than speed: one flat feature
 * list per token, a `Map` from feature hash to its weight row, and textbook Viterbi and max-marginals over
 * every label pair. It shares with the fast tagger only the model data, the hash primitives, token
 * normalisation and lexicon phrase splitting; the feature templates, word shapes, lexicon matching and the
 * decoder are spelt out again here. Tests hold the fast tagger (features.ts, scorer.ts, decoder.ts) to
 * exactly its labels; the speed benchmark uses it as the slow end of its ratios.
 *
 * Template numbers are part of the model contract (the hashes mix them in), so they are listed here again
 * rather than imported: a change to the fast tagger's numbering fails the equality tests.
 */
import { feature1, feature2, feature3, fnvStart, fnvStep, hashString } from './hash';
import { isAllowedTransition } from './labels';
import { phraseTokens } from './gazetteer';
import type { NerModelData } from './model';
import { normalizeToken } from './normalize';

const T = {
  bias: 0,
  w0: 1,
  wm1: 2,
  wm2: 3,
  wp1: 4,
  wp2: 5,
  wm1w0: 6,
  w0wp1: 7,
  s0: 8,
  sm1: 9,
  sm2: 10,
  sp1: 11,
  sp2: 12,
  ss0: 13,
  ssTrigram: 14,
  prefix: 15,
  suffix: 16,
  flag: 17,
  firstSs0: 18,
  caseSs0: 19,
  wm1s0: 20,
  lex0: 21,
  lexm1: 22,
  lexp1: 23,
} as const;
const PAD_BEFORE = hashString('<s>');
const PAD_AFTER = hashString('</s>');
const NEG = -Infinity;

export interface ReferenceTag {
  label: string;
  margin: number;
  confidence: number;
}

interface Word {
  text: string;
  lower: string;
  word: number;
  shape: number;
  shortShape: number;
  initialCap: boolean;
  allCaps: boolean;
  digit: boolean;
  hyphen: boolean;
  period: boolean;
}

interface LexEntry {
  tokens: string[];
  /** Per token: 'any', 'initial' (must be capitalised) or 'upper' (must be all caps). */
  casing: Array<'any' | 'initial' | 'upper'>;
  category: number;
}

export class ReferenceTagger {
  private readonly weights = new Map<number, Float32Array>();
  private readonly labels: readonly string[];
  /** Lexicon entries by their first (lower-cased) token. */
  private readonly lexicon = new Map<string, LexEntry[]>();

  constructor(private readonly data: NerModelData) {
    this.labels = data.meta.labels;
    const L = this.labels.length;
    data.hashes.forEach((h, row) => this.weights.set(h, data.weights.subarray(row * L, row * L + L)));
    Object.keys(data.meta.lexicons)
      .sort()
      .forEach((name, category) => {
        for (const phrase of data.meta.lexicons[name]) {
          const tokens = phraseTokens(phrase);
          if (tokens.length === 0) continue;
          const lower = tokens.map((t) => t.toLowerCase());
          const list = this.lexicon.get(lower[0]) ?? [];
          list.push({ tokens: lower, casing: tokens.map(casing), category });
          this.lexicon.set(lower[0], list);
        }
      });
  }

  tag(tokens: readonly string[]): ReferenceTag[] {
    const L = this.labels.length;
    const words = tokens.map((t) => analyseWord(normalizeToken(t)));
    const lex = this.lexiconCodes(words);
    const mode = sentenceCase(words);
    const emissions = words.map((_, i) => {
      const row = new Array<number>(L).fill(0);
      for (const f of tokenFeatures(words, lex, mode, i)) {
        const w = this.weights.get(f);
        if (w) for (let y = 0; y < L; y++) row[y] += w[y];
      }
      return row;
    });
    return this.decode(emissions);
  }

  /** Per token, two bits per lexicon category: 1 = an entry starts here, 2 = inside an entry. */
  private lexiconCodes(words: readonly Word[]): number[] {
    const codes = words.map(() => 0);
    const categories = Object.keys(this.data.meta.lexicons).length;
    words.forEach((_, i) => {
      for (let category = 0; category < categories; category++) {
        const shift = category * 2;
        if ((codes[i] >>> shift) & 3) continue; // inside an earlier match of this category
        let longest = 0;
        for (const entry of this.lexicon.get(words[i].lower) ?? []) {
          if (entry.category === category && entry.tokens.length > longest && matches(entry, words, i)) {
            longest = entry.tokens.length;
          }
        }
        if (longest === 0) continue;
        codes[i] |= 1 << shift;
        for (let k = 1; k < longest; k++) codes[i + k] |= 2 << shift;
      }
    });
    return codes;
  }

  /** Viterbi with IOB constraints, then each token's margin and confidence from max-marginals. */
  private decode(emissions: number[][]): ReferenceTag[] {
    const n = emissions.length;
    const L = this.labels.length;
    if (n === 0) return [];
    const trans = (p: number, y: number): number =>
      isAllowedTransition(p === L ? undefined : this.labels[p], this.labels[y])
        ? this.data.transitions[p * L + y]
        : NEG;
    const alpha = emissions.map(() => new Array<number>(L).fill(NEG));
    const beta = emissions.map(() => new Array<number>(L).fill(NEG));
    const back = emissions.map(() => new Array<number>(L).fill(0));
    for (let y = 0; y < L; y++) alpha[0][y] = trans(L, y) + emissions[0][y];
    for (let t = 1; t < n; t++) {
      for (let y = 0; y < L; y++) {
        for (let p = 0; p < L; p++) {
          const s = alpha[t - 1][p] + trans(p, y);
          if (s > alpha[t][y]) [alpha[t][y], back[t][y]] = [s, p];
        }
        alpha[t][y] += emissions[t][y];
      }
    }
    beta[n - 1].fill(0);
    for (let t = n - 2; t >= 0; t--) {
      for (let y = 0; y < L; y++) {
        for (let z = 0; z < L; z++) {
          beta[t][y] = Math.max(beta[t][y], trans(y, z) + emissions[t + 1][z] + beta[t + 1][z]);
        }
      }
    }
    const path = new Array<number>(n);
    path[n - 1] = argmax(alpha[n - 1]);
    for (let t = n - 1; t > 0; t--) path[t - 1] = back[t][path[t]];
    return path.map((chosen, t) => {
      const maxMarginals = alpha[t].map((a, y) => a + beta[t][y]);
      const best = maxMarginals[chosen];
      const others = maxMarginals.filter((m, y) => y !== chosen && m > NEG);
      const partition = maxMarginals
        .filter((m) => m > NEG)
        .reduce((sum, m) => sum + Math.exp((m - best) / this.data.meta.temperature), 0);
      return {
        label: this.labels[chosen],
        margin: others.length ? best - Math.max(...others) : Infinity,
        confidence: 1 / partition,
      };
    });
  }
}

/** Every feature hash of token i (the order does not matter: the scores are summed). */
function tokenFeatures(words: readonly Word[], lex: readonly number[], mode: number, i: number): number[] {
  const w = words[i];
  const at = (j: number): Pick<Word, 'word' | 'shape' | 'shortShape'> =>
    j < 0
      ? { word: PAD_BEFORE, shape: PAD_BEFORE, shortShape: PAD_BEFORE }
      : j >= words.length
        ? { word: PAD_AFTER, shape: PAD_AFTER, shortShape: PAD_AFTER }
        : words[j];
  const f = [
    feature1(T.bias, 0),
    feature1(T.w0, w.word),
    feature1(T.s0, w.shape),
    feature1(T.ss0, w.shortShape),
    feature2(T.caseSs0, mode, w.shortShape),
    feature2(T.wm1w0, at(i - 1).word, w.word),
    feature2(T.w0wp1, w.word, at(i + 1).word),
    feature3(T.ssTrigram, at(i - 1).shortShape, w.shortShape, at(i + 1).shortShape),
    feature2(T.wm1s0, at(i - 1).word, w.shape),
  ];
  for (const [offset, wordTemplate, shapeTemplate] of [
    [-1, T.wm1, T.sm1],
    [-2, T.wm2, T.sm2],
    [1, T.wp1, T.sp1],
    [2, T.wp2, T.sp2],
  ]) {
    f.push(feature1(wordTemplate, at(i + offset).word), feature1(shapeTemplate, at(i + offset).shape));
  }
  const chars = codeUnits(w.lower).map(foldDigit);
  // Affixes of length 1-4, shorter than the word; UTF-16 code units, digits folded to 0.
  for (let k = 1; k <= 4 && k < chars.length; k++) {
    f.push(feature2(T.prefix, k - 1, fnv(chars.slice(0, k), fnvStart())));
    f.push(feature2(T.suffix, k - 1, fnv(chars.slice(-k).reverse(), fnvStart() ^ 0x5bd1e995)));
  }
  [w.initialCap, w.allCaps, w.digit, w.hyphen, w.period].forEach((on, bit) => {
    if (on) f.push(feature1(T.flag, bit));
  });
  if (i === 0) f.push(feature1(T.flag, 5), feature1(T.firstSs0, w.shortShape));
  for (const [offset, template] of [
    [0, T.lex0],
    [-1, T.lexm1],
    [1, T.lexp1],
  ]) {
    const code = lex[i + offset] ?? 0;
    for (let category = 0; category < 15; category++) {
      const m = (code >>> (category * 2)) & 3;
      if (m) f.push(feature1(template, category * 4 + m));
    }
  }
  return f;
}

function analyseWord(text: string): Word {
  const lower = text.toLowerCase();
  const classes = Array.from({ length: text.length }, (_, c) => charClass(text, lower, c));
  const letters = classes.filter((c) => c === UPPER || c === LOWER).length;
  const uppers = classes.filter((c) => c === UPPER).length;
  const codes = codeUnits(text);
  return {
    text,
    lower,
    word: fnv(codeUnits(lower).map(foldDigit), fnvStart()),
    // Runs of one class: at most 4 in the shape ("Xxxx", "dd.dd"), one in the short shape ("Xx").
    shape: fnv(
      classes.filter((_, k) => runLength(classes, k) <= 4),
      fnvStart(),
    ),
    shortShape: fnv(
      classes.filter((c, k) => k === 0 || classes[k - 1] !== c),
      fnvStart(),
    ),
    initialCap: letters > 0 && classes[0] === UPPER,
    allCaps: letters > 1 && uppers === letters,
    digit: classes.includes(DIGIT),
    hyphen: classes.some((c, k) => c !== DIGIT && codes[k] === 45),
    period: classes.some((c, k) => c !== DIGIT && codes[k] === 46),
  };
}

const [UPPER, LOWER, DIGIT] = [1, 2, 3];

/** A-Z, a-z, 0-9 as classes; other ASCII as its own code; other letters by their case. */
function charClass(text: string, lower: string, at: number): number {
  const ch = text[at];
  if (/[A-Z]/.test(ch)) return UPPER;
  if (/[a-z]/.test(ch)) return LOWER;
  if (/[0-9]/.test(ch)) return DIGIT;
  const code = text.charCodeAt(at);
  if (code < 128) return code;
  if (text.length === lower.length && ch !== lower[at]) return UPPER;
  if (ch.toUpperCase() !== ch) return LOWER;
  return code;
}

function runLength(classes: readonly number[], k: number): number {
  let run = 1;
  while (k - run >= 0 && classes[k - run] === classes[k]) run++;
  return run;
}

/** Headline (mostly capitalised words) and all-caps sentences: 1 and 2; 0 otherwise. */
function sentenceCase(words: readonly Word[]): number {
  const real = words.filter((w) => w.lower.length >= 2 && /[a-z]/.test(w.lower));
  const caps = real.filter((w) => w.allCaps).length;
  const initials = real.filter((w) => !w.allCaps && w.initialCap).length;
  if (real.length >= 3 && caps >= 0.7 * real.length) return 2;
  if (real.length >= 3 && caps + initials >= 0.8 * real.length) return 1;
  return 0;
}

function matches(entry: LexEntry, words: readonly Word[], at: number): boolean {
  return entry.tokens.every((t, k) => {
    const w = words[at + k];
    if (!w || w.lower !== t) return false;
    if (entry.casing[k] === 'upper') return w.text === w.text.toUpperCase();
    if (entry.casing[k] === 'initial') return w.text[0] !== w.lower[0];
    return true;
  });
}

/** How a lexicon phrase's token must be written: all caps ("WHO"), capitalised ("Shell"), or any. */
function casing(token: string): 'any' | 'initial' | 'upper' {
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  if (letters.length > 0 && letters[0] !== letters[0].toLowerCase()) return 'initial';
  return 'any';
}

function fnv(codes: readonly number[], start: number): number {
  return codes.reduce((h, c) => fnvStep(h, c), start) | 0;
}

function codeUnits(text: string): number[] {
  return Array.from({ length: text.length }, (_, c) => text.charCodeAt(c));
}

function foldDigit(code: number): number {
  return code >= 48 && code <= 57 ? 48 : code;
}

function argmax(values: readonly number[]): number {
  return values.reduce((best, v, y) => (v > values[best] ? y : best), 0);
}
