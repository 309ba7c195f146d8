/**
 * Emission scores: for each token and label, the sum of the weights of the token's features.
 *
 * Speed matters here (every token of every corpus). What makes it fast:
 *   - weights are stored sparsely (a trained row has ~4 non-zero labels of 17), each entry packing the
 *     label with an integer weight, and the feature table maps a hash straight to its entries;
 *   - features that depend on one token string only (its own word, shape, affixes, flags, and what it
 *     contributes as a neighbour at -2, -1, +1, +2, and its casing feature in each sentence mode) are summed
 *     once per word type into a row block of one Float32Array pool indexed by the type's id
 *     (word-types.ts): a token's static part is 6 rows read from that pool, with no per-token lookups;
 *     lexicon features are cached per match code the same way. Only ~5 context features (bigrams, shape
 *     trigram, sentence start) are looked up per occurrence.
 * The result equals the sum over `FeatureExtractor.extract`'s flat list (tests check it), and the order of
 * additions is fixed, so the scores are the same from run to run and from one cache state to another.
 */
import {
  caseFeature,
  CASE_MODES,
  FeatureExtractor,
  LEX_TEMPLATES,
  PAD,
  ROLE_OFFSETS,
  roleFeatures,
} from './features';
import { FeatureTable } from './feature-table';
import { NerModelError } from './model-error';
import { MAX_OWN_FEATURES } from './word-types';

const LABEL_BITS = 5;
const LABEL_MASK = (1 << LABEL_BITS) - 1;
const MAX_QUANTUM = 2 ** 25;
const ROLES = ROLE_OFFSETS.length;
/** Rows per word type in the pool: own, the four roles, the three casing modes. */
const TYPE_ROWS = 1 + ROLES + CASE_MODES;
const CASE_ROW = 1 + ROLES;
/** Lexicon rows per match code: the code at the token, at its left, at its right (LEX_TEMPLATES). */
const LEX_ROWS = LEX_TEMPLATES.length;

export class EmissionScorer {
  private readonly table: FeatureTable;
  private readonly entries: Int32Array;
  private readonly scale: number;
  private readonly L: number;
  /** Static scores per word type id: TYPE_ROWS rows of L labels each. */
  private typeScores = new Float32Array(0);
  /** 1 when a word type's rows are filled (for the word-type generation `generation`). */
  private typeReady = new Uint8Array(0);
  private generation = -1;
  /** Lexicon match code -> its block in `lexScores` (LEX_ROWS rows of L). */
  private readonly lexIds = new Map<number, number>();
  private lexScores = new Float32Array(0);
  private lexBlocks = new Int32Array(0);
  /** Context features of one token (at most 8). */
  private readonly context = new Int32Array(16);
  private readonly scratch = new Int32Array(64);

  constructor(
    hashes: Int32Array,
    dense: Float32Array,
    labelCount: number,
    private readonly extractor: FeatureExtractor,
  ) {
    const L = labelCount;
    if (L > LABEL_MASK + 1) throw new NerModelError(`At most ${LABEL_MASK + 1} labels are supported.`);
    this.L = L;
    const { entries, scale, location } = packRows(dense, L);
    this.entries = entries;
    this.scale = scale;
    this.table = new FeatureTable(hashes, location);
  }

  get featureCount(): number {
    return this.table.size;
  }

  /** Fills emissions[t * L + y] for the tokens (analyses them with the extractor). */
  score(tokens: readonly string[], emissions: Float64Array): void {
    const L = this.L;
    const n = tokens.length;
    const extractor = this.extractor;
    extractor.analyse(tokens);
    const ids = extractor.ids;
    this.prepareTypes(ids, n);
    const pool = this.typeScores;
    const stride = TYPE_ROWS * L;
    const caseRow = (CASE_ROW + extractor.sentenceCaseMode) * L;
    const lexBlocks = this.lexiconBlocks(extractor.lexiconCodes, n);
    const context = this.context;
    for (let t = 0; t < n; t++) {
      const row = t * L;
      // Token t is ids[t + PAD]; its neighbours at -1, -2, +1, +2 (ROLE_OFFSETS) contribute their role rows.
      const own = ids[t + PAD] * stride;
      const cased = own + caseRow;
      const left = ids[t + PAD - 1] * stride + 1 * L;
      const left2 = ids[t + PAD - 2] * stride + 2 * L;
      const right = ids[t + PAD + 1] * stride + 3 * L;
      const right2 = ids[t + PAD + 2] * stride + 4 * L;
      for (let y = 0; y < L; y++) {
        emissions[row + y] =
          pool[own + y] +
          pool[cased + y] +
          pool[left + y] +
          pool[left2 + y] +
          pool[right + y] +
          pool[right2 + y];
      }
      const k = extractor.contextFeatures(t, context, 0);
      for (let f = 0; f < k; f++) this.addFeature(context[f], emissions, row);
      // Lexicon matches at the token, at its left and at its right, in that order.
      if (lexBlocks[t] >= 0) this.addRow(this.lexScores, lexBlocks[t] * LEX_ROWS * L, emissions, row);
      if (t > 0 && lexBlocks[t - 1] >= 0) {
        this.addRow(this.lexScores, (lexBlocks[t - 1] * LEX_ROWS + 1) * L, emissions, row);
      }
      if (t + 1 < n && lexBlocks[t + 1] >= 0) {
        this.addRow(this.lexScores, (lexBlocks[t + 1] * LEX_ROWS + 2) * L, emissions, row);
      }
    }
  }

  /** Fills the pool rows of the sentence's word types not seen before (padding included). */
  private prepareTypes(ids: Int32Array, n: number): void {
    const types = this.extractor.types;
    if (this.generation !== types.generation) {
      this.generation = types.generation;
      this.typeReady.fill(0);
    }
    if (this.typeReady.length < types.size) this.growPool(types.size);
    for (let i = 0; i < n + 2 * PAD; i++) {
      const id = ids[i];
      if (!this.typeReady[id]) this.fillType(id);
    }
  }

  /** [own scores, the scores it gives as neighbour in each role, its casing feature's in each mode]. */
  private fillType(id: number): void {
    const L = this.L;
    const types = this.extractor.types;
    const pool = this.typeScores;
    const base = id * TYPE_ROWS * L;
    pool.fill(0, base, base + TYPE_ROWS * L);
    const ownBase = id * MAX_OWN_FEATURES;
    for (let f = 0; f < types.ownCount[id]; f++) this.addFeature(types.own[ownBase + f], pool, base);
    for (let r = 0; r < ROLES; r++) {
      roleFeatures(types.word[id], types.shape[id], r, this.scratch, 0);
      for (let f = 0; f < 2; f++) this.addFeature(this.scratch[f], pool, base + (1 + r) * L);
    }
    for (let mode = 0; mode < CASE_MODES; mode++) {
      this.addFeature(caseFeature(types.shortShape[id], mode), pool, base + (CASE_ROW + mode) * L);
    }
    this.typeReady[id] = 1;
  }

  private growPool(size: number): void {
    const capacity = Math.max(size, this.typeReady.length * 2, 1024);
    const ready = new Uint8Array(capacity);
    ready.set(this.typeReady);
    this.typeReady = ready;
    const pool = new Float32Array(capacity * TYPE_ROWS * this.L);
    pool.set(this.typeScores);
    this.typeScores = pool;
  }

  /** Per token, the block of its lexicon match code in `lexScores` (-1: no match). */
  private lexiconBlocks(codes: Int32Array, n: number): Int32Array {
    if (this.lexBlocks.length < n) this.lexBlocks = new Int32Array(Math.max(n, this.lexBlocks.length * 2));
    for (let t = 0; t < n; t++) {
      this.lexBlocks[t] = codes[t] === 0 ? -1 : (this.lexIds.get(codes[t]) ?? this.fillLexicon(codes[t]));
    }
    return this.lexBlocks;
  }

  private addRow(scores: Float32Array, at: number, emissions: Float64Array, row: number): void {
    for (let y = 0; y < this.L; y++) emissions[row + y] += scores[at + y];
  }

  private fillLexicon(code: number): number {
    const L = this.L;
    const id = this.lexIds.size;
    if ((id + 1) * LEX_ROWS * L > this.lexScores.length) {
      const grown = new Float32Array(Math.max(64, (id + 1) * 2) * LEX_ROWS * L);
      grown.set(this.lexScores);
      this.lexScores = grown;
    }
    for (let role = 0; role < LEX_ROWS; role++) {
      const k = this.extractor.lexFeatures(LEX_TEMPLATES[role], code, this.scratch, 0);
      for (let f = 0; f < k; f++)
        this.addFeature(this.scratch[f], this.lexScores, (id * LEX_ROWS + role) * L);
    }
    this.lexIds.set(code, id);
    return id;
  }

  private addFeature(hash: number, out: Float32Array | Float64Array, at: number): void {
    const location = this.table.get(hash);
    if (location < 0) return;
    const first = location >>> LABEL_BITS;
    const end = first + (location & LABEL_MASK);
    const entries = this.entries;
    for (let j = first; j < end; j++) {
      const e = entries[j];
      out[at + (e & LABEL_MASK)] += (e >> LABEL_BITS) * this.scale;
    }
  }
}

/**
 * Dense rows -> packed sparse entries: each entry is (integer weight << 5 | label), the weight in units of
 * `scale` (2^25 steps over the largest weight: lossless at float32 precision for this purpose), and
 * location[row] = first entry << 5 | number of entries.
 */
function packRows(
  dense: Float32Array,
  L: number,
): { entries: Int32Array; scale: number; location: Int32Array } {
  const rows = dense.length / L;
  let nnz = 0;
  let max = 0;
  for (let i = 0; i < dense.length; i++) {
    if (dense[i] === 0) continue;
    nnz++;
    max = Math.max(max, Math.abs(dense[i]));
  }
  if (nnz >= 2 ** (31 - LABEL_BITS)) throw new NerModelError('The NER model has too many weights.');
  const scale = max > 0 ? max / MAX_QUANTUM : 1;
  const entries = new Int32Array(nnz);
  const location = new Int32Array(rows);
  let k = 0;
  for (let r = 0; r < rows; r++) {
    const first = k;
    for (let y = 0; y < L; y++) {
      const w = dense[r * L + y];
      if (w !== 0) entries[k++] = (Math.round(w / scale) << LABEL_BITS) | y;
    }
    location[r] = (first << LABEL_BITS) | (k - first);
  }
  return { entries, scale, location };
}
