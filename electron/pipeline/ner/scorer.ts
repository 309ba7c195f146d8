/**
 * Emission scores: for each token and label, the sum of the weights of the token's features.
 *
 * Speed matters here (every token of every corpus). Two things make it fast:
 *   - weights are stored sparsely (a trained row has ~4 non-zero labels of 17), each entry packing the
 *     label with an integer weight, and the feature table maps a hash straight to its entries;
 *   - features that depend on one token string only (its own word, shape, affixes, flags, and what it
 *     contributes as a neighbour at -2, -1, +1, +2) are summed once per distinct string and cached, so
 *     a frequent word costs one map lookup instead of ~25 feature lookups; lexicon features are cached
 *     per match code. Only ~5 context features (bigrams, shape trigram, sentence start) are looked up
 *     per occurrence.
 * The result equals the sum over `FeatureExtractor.extract`'s flat list (tests check it).
 */
import {
  caseFeature,
  CASE_MODES,
  FeatureExtractor,
  LEX_TEMPLATES,
  PAD_AFTER_INFO,
  PAD_BEFORE_INFO,
  ROLE_OFFSETS,
  roleFeatures,
  type TokenInfo,
} from './features';
import { FeatureTable } from './feature-table';
import { NerModelError } from './model-error';

const LABEL_BITS = 5;
const LABEL_MASK = (1 << LABEL_BITS) - 1;
const MAX_QUANTUM = 2 ** 25;
const ROLES = ROLE_OFFSETS.length;

export class EmissionScorer {
  private readonly table: FeatureTable;
  private readonly entries: Int32Array;
  private readonly scale: number;
  private readonly L: number;
  /** Scores a padding neighbour contributes, per role. */
  private readonly padScores: Float32Array[];
  /** Context features of one token (at most 8). */
  private readonly context = new Int32Array(16);
  /** Per lexicon template (match at 0, -1, +1): scores of each match code seen so far. */
  private readonly lexScores = LEX_TEMPLATES.map(() => new Map<number, Float32Array>());
  private readonly lexScratch = new Int32Array(64);

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
    const scratch = new Int32Array(2);
    this.padScores = ROLE_OFFSETS.map((offset, role) => {
      const out = new Float32Array(L);
      roleFeatures(offset < 0 ? PAD_BEFORE_INFO : PAD_AFTER_INFO, role, scratch, 0);
      for (const h of scratch) this.addFeature(h, out, 0);
      return out;
    });
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
    const infos = extractor.infos;
    const caseBase = (ROLES + 1 + extractor.sentenceCaseMode) * L;
    for (let t = 0; t < n; t++) {
      const row = t * L;
      const own = this.typeScores(infos[t]);
      for (let y = 0; y < L; y++) emissions[row + y] = own[y] + own[caseBase + y];
      for (let r = 0; r < ROLES; r++) {
        const j = t + ROLE_OFFSETS[r];
        const scores = j >= 0 && j < n ? this.typeScores(infos[j]) : this.padScores[r];
        const base = j >= 0 && j < n ? (r + 1) * L : 0;
        for (let y = 0; y < L; y++) emissions[row + y] += scores[base + y];
      }
      const k = extractor.contextFeatures(t, this.context, 0);
      for (let f = 0; f < k; f++) this.addFeature(this.context[f], emissions, row);
      const codes = extractor.lexiconCodes;
      if (codes[t] !== 0) this.addLexicon(0, codes[t], emissions, row);
      if (t > 0 && codes[t - 1] !== 0) this.addLexicon(1, codes[t - 1], emissions, row);
      if (t + 1 < n && codes[t + 1] !== 0) this.addLexicon(2, codes[t + 1], emissions, row);
    }
  }

  /** Adds the cached scores of a lexicon match code in one role (0: the token, 1: left, 2: right). */
  private addLexicon(role: number, code: number, emissions: Float64Array, row: number): void {
    let scores = this.lexScores[role].get(code);
    if (!scores) {
      scores = new Float32Array(this.L);
      const k = this.extractor.lexFeatures(LEX_TEMPLATES[role], code, this.lexScratch, 0);
      for (let f = 0; f < k; f++) this.addFeature(this.lexScratch[f], scores, 0);
      this.lexScores[role].set(code, scores);
    }
    for (let y = 0; y < this.L; y++) emissions[row + y] += scores[y];
  }

  /**
   * Cached on the token's info: [own scores, the scores it gives as neighbour in each role, its casing
   * feature's scores in each sentence casing mode].
   */
  private typeScores(info: TokenInfo): Float32Array {
    if (info.scores) return info.scores;
    const L = this.L;
    const scores = new Float32Array((ROLES + 1 + CASE_MODES) * L);
    for (const h of info.own) this.addFeature(h, scores, 0);
    const scratch = new Int32Array(2);
    for (let r = 0; r < ROLES; r++) {
      roleFeatures(info, r, scratch, 0);
      for (const h of scratch) this.addFeature(h, scores, (r + 1) * L);
    }
    for (let mode = 0; mode < CASE_MODES; mode++) {
      this.addFeature(caseFeature(info.shortShape, mode), scores, (ROLES + 1 + mode) * L);
    }
    info.scores = scores;
    return scores;
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
