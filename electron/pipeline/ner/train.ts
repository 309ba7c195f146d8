/**
 * Training the tagger on GMB: split, casing augmentation, feature counting, perceptron epochs with
 * early stopping on the dev split, confidence calibration. Deterministic for a given seed.
 * The test split is never read here.
 */
import { performance } from 'node:perf_hooks';
import { titleCaseWords, upperCaseWords } from './augment';
import { scoreTagger, mainScore } from './evaluate';
import { FeatureExtractor, FEATURE_SET_VERSION, IDENTITY_SLOTS } from './features';
import { Gazetteer } from './gazetteer';
import { gmbSplit, CorpusFormatError, type GmbSentence } from './gmb';
import { NER_LABELS } from './labels';
import { NerModel, type NerModelData } from './model';
import { normalizeToken } from './normalize';
import { AveragedPerceptron, type TrainingInstance } from './perceptron';
import { seededRandom, shuffleInPlace } from './random';

export interface TrainNerOptions {
  /** Maximum number of passes over the training data. */
  epochs: number;
  /** Stop after this many epochs without a better dev score. */
  patience: number;
  seed: number;
  /** Features seen fewer times than this in training data are ignored (memory, noise). */
  minCount: number;
  /** Fraction of training sentences added again upper-cased / headline-cased. */
  augmentUpper: number;
  augmentTitle: number;
  /** Probability of hiding an entity token's word-identity features while learning from it. */
  wordDropout: number;
  /**
   * Words seen in lower case at least this often in the training split become the `common-word` lexicon
   * (0: none). A capitalised token that is a common word ("Threatens" in a headline) is weak evidence of
   * a name; a capitalised token that is not ("Ellwood") is strong evidence.
   */
  commonWordMinCount: number;
  /** Recorded in the model file. */
  command: string;
  log: (line: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: TrainNerOptions = {
  epochs: 12,
  patience: 3,
  seed: 1,
  minCount: 2,
  augmentUpper: 0.05,
  augmentTitle: 0.05,
  wordDropout: 0,
  commonWordMinCount: 3,
  command: '',
  log: () => undefined,
};

export interface EpochReport {
  epoch: number;
  trainTokenErrors: number;
  devPrecision: number;
  devRecall: number;
  devF1: number;
  seconds: number;
}

export interface TrainNerResult {
  data: NerModelData;
  epochs: EpochReport[];
  bestEpoch: number;
}

interface Example {
  words: readonly string[];
  gold: Int32Array;
}

export function trainNer(
  sentences: readonly GmbSentence[],
  givenLexicons: Record<string, string[]>,
  partial: Partial<TrainNerOptions> = {},
): TrainNerResult {
  const options = { ...DEFAULT_TRAIN_OPTIONS, ...partial };
  const started = performance.now();
  const labels = [...NER_LABELS];
  const train = sentences.filter((s) => gmbSplit(s.index) === 'train');
  const dev = sentences.filter((s) => gmbSplit(s.index) === 'dev');
  const lexicons = { ...givenLexicons };
  if (options.commonWordMinCount > 0) {
    lexicons[COMMON_WORD_LEXICON] = commonLowercaseWords(train, options.commonWordMinCount);
    options.log(`${lexicons[COMMON_WORD_LEXICON].length} common lower-case words`);
  }
  const random = seededRandom(options.seed);
  const examples = withAugmentation(
    train.map((s) => toExample(s, labels)),
    options,
    random,
  );
  options.log(
    `train ${train.length} sentences (+${examples.length - train.length} augmented), dev ${dev.length}`,
  );

  const extractor = new FeatureExtractor(new Gazetteer(lexicons));
  const { hashes, instances } = buildInstances(examples, extractor, options.minCount);
  options.log(`${hashes.length} features kept (seen >= ${options.minCount} times)`);

  const perceptron = new AveragedPerceptron(labels, hashes.length);
  const order = instances.map((_, i) => i);
  const epochs: EpochReport[] = [];
  let best: { f1: number; epoch: number; data: NerModelData } | undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const t0 = performance.now();
    let errors = 0;
    const learnOptions = { wordDropout: options.wordDropout, random };
    for (const i of shuffleInPlace(order, random)) errors += perceptron.learn(instances[i], learnOptions);
    const data = modelData(perceptron, hashes, labels, lexicons, options);
    const model = new NerModel(data);
    const scores = mainScore(scoreTagger((words) => model.tag(words), dev));
    const report = {
      epoch,
      trainTokenErrors: errors,
      devPrecision: scores.precision,
      devRecall: scores.recall,
      devF1: scores.f1,
      seconds: (performance.now() - t0) / 1000,
    };
    epochs.push(report);
    options.log(
      `epoch ${epoch}: train token errors ${errors}, dev P ${pct(scores.precision)} R ${pct(scores.recall)} ` +
        `F1 ${pct(scores.f1)} (per/org/geo+gpe), ${report.seconds.toFixed(1)} s`,
    );
    if (!best || scores.f1 > best.f1) best = { f1: scores.f1, epoch, data };
    else if (epoch - best.epoch >= options.patience) {
      options.log(`early stop: no dev improvement for ${options.patience} epochs`);
      break;
    }
  }
  if (!best) throw new RangeError('Training needs at least one epoch.');

  const finalData = dropZeroRows(best.data);
  finalData.meta.temperature = calibrateTemperature(new NerModel(finalData), dev);
  finalData.meta.training = {
    ...finalData.meta.training,
    bestEpoch: best.epoch,
    epochs: epochs.map((e) => ({ ...e, devF1: round4(e.devF1) })),
    devMainF1: round4(best.f1),
    seconds: Math.round((performance.now() - started) / 1000),
  };
  options.log(`best epoch ${best.epoch} (dev F1 ${pct(best.f1)}), temperature ${finalData.meta.temperature}`);
  return { data: finalData, epochs, bestEpoch: best.epoch };
}

export const COMMON_WORD_LEXICON = 'common-word';

/** Words written in lower case at least `minCount` times in the sentences (letters only, normalised). */
export function commonLowercaseWords(sentences: readonly GmbSentence[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const word of s.words) {
      const w = normalizeToken(word);
      if (!/^[\p{Ll}][\p{Ll}'.-]*$/u.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([w]) => w)
    .sort();
}

function toExample(s: GmbSentence, labels: readonly string[]): Example {
  const gold = new Int32Array(s.tags.length);
  s.tags.forEach((tag, t) => {
    const id = labels.indexOf(tag);
    if (id < 0) throw new CorpusFormatError(`Unknown tag "${tag}" in GMB sentence ${s.index + 1}.`);
    gold[t] = id;
  });
  return { words: s.words, gold };
}

function withAugmentation(examples: Example[], options: TrainNerOptions, random: () => number): Example[] {
  const extra: Example[] = [];
  for (const e of examples) {
    const r = random();
    if (r < options.augmentUpper) extra.push({ words: upperCaseWords(e.words), gold: e.gold });
    else if (r < options.augmentUpper + options.augmentTitle) {
      extra.push({ words: titleCaseWords(e.words), gold: e.gold });
    }
  }
  return [...examples, ...extra];
}

/** Extracts features once, keeps those frequent enough, and maps them to dense weight rows. */
function buildInstances(
  examples: readonly Example[],
  extractor: FeatureExtractor,
  minCount: number,
): { hashes: Int32Array; instances: TrainingInstance[] } {
  const raw: Array<{ hashes: Int32Array; offsets: Int32Array }> = [];
  const counts = new Map<number, number>();
  for (const e of examples) {
    const f = extractor.extract(e.words);
    const hashes = f.hashes.slice(0, f.offsets[f.length]);
    raw.push({ hashes, offsets: f.offsets.slice(0, f.length + 1) });
    for (const h of hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const rowOf = new Map<number, number>();
  for (const [h, count] of counts) if (count >= minCount) rowOf.set(h, rowOf.size);
  counts.clear();
  const instances = raw.map((r, i) => {
    const rows: number[] = [];
    const identity: number[] = [];
    const offsets = new Int32Array(r.offsets.length);
    for (let t = 0; t + 1 < r.offsets.length; t++) {
      offsets[t] = rows.length;
      for (let k = r.offsets[t]; k < r.offsets[t + 1]; k++) {
        const row = rowOf.get(r.hashes[k]);
        if (row === undefined) continue;
        rows.push(row);
        identity.push(IDENTITY_SLOTS.includes(k - r.offsets[t]) ? 1 : 0);
      }
    }
    offsets[r.offsets.length - 1] = rows.length;
    return {
      rows: Int32Array.from(rows),
      offsets,
      gold: examples[i].gold,
      identity: Uint8Array.from(identity),
    };
  });
  return { hashes: Int32Array.from(rowOf.keys()), instances };
}

function modelData(
  perceptron: AveragedPerceptron,
  hashes: Int32Array,
  labels: string[],
  lexicons: Record<string, string[]>,
  options: TrainNerOptions,
): NerModelData {
  const { weights, transitions } = perceptron.averaged();
  return {
    meta: {
      format: 'plexus-ner',
      formatVersion: 1,
      featureSetVersion: FEATURE_SET_VERSION,
      labels,
      lexicons,
      temperature: 1,
      training: {
        command: options.command,
        seed: options.seed,
        maxEpochs: options.epochs,
        patience: options.patience,
        minCount: options.minCount,
        augmentUpper: options.augmentUpper,
        augmentTitle: options.augmentTitle,
        wordDropout: options.wordDropout,
        commonWordMinCount: options.commonWordMinCount,
        split: 'GMB sentence index % 10: 9 test, 8 dev, else train',
        trainedAt: new Date().toISOString(),
      },
    },
    hashes,
    weights,
    transitions,
  };
}

/** Features the perceptron never updated carry no information. */
function dropZeroRows(data: NerModelData): NerModelData {
  const L = data.meta.labels.length;
  const keep: number[] = [];
  for (let r = 0; r < data.hashes.length; r++) {
    for (let y = 0; y < L; y++) {
      if (data.weights[r * L + y] !== 0) {
        keep.push(r);
        break;
      }
    }
  }
  const weights = new Float32Array(keep.length * L);
  keep.forEach((r, i) => weights.set(data.weights.subarray(r * L, r * L + L), i * L));
  return { ...data, meta: { ...data.meta }, hashes: Int32Array.from(keep, (r) => data.hashes[r]), weights };
}

/**
 * Picks the softmax temperature whose confidences best predict whether a token's label is right
 * (lowest log loss on dev), so that "confidence 0.9" means right about 9 times in 10.
 */
export function calibrateTemperature(model: NerModel, dev: readonly GmbSentence[]): number {
  const grid = [0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32];
  let best = { loss: Infinity, temperature: 1 };
  for (const temperature of grid) {
    let loss = 0;
    for (const s of dev) {
      model.tagWithScores(s.words, temperature).forEach((token, t) => {
        const p = Math.min(Math.max(token.confidence, 1e-6), 1 - 1e-6);
        loss -= token.label === s.tags[t] ? Math.log(p) : Math.log(1 - p);
      });
    }
    if (loss < best.loss) best = { loss, temperature };
  }
  return best.temperature;
}

function pct(x: number): string {
  return (100 * x).toFixed(2);
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
