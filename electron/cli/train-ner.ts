/**
 * npm run train:ner -- --data <gmb zip or csv> [--out graph-data/models/ner.json.gz] [--epochs N] [--seed S]
 *   [--patience P] [--min-count C] [--augment-upper F] [--augment-title F] [--word-dropout F]
 *   [--common-words MIN] [--prune W] [--lexicons DIR]
 *
 * Trains the NER tagger on the GMB train split, early-stops on the dev split, writes the quantised model
 * and checks the written file by reloading it and scoring dev again. Deterministic for a given seed.
 * `--data` defaults to $PLEXUS_SHARED/datasets/gmb/ner_dataset.csv.zip.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readGmb, gmbSplit } from '../pipeline/ner/gmb';
import { readLexiconDir } from '../pipeline/ner/lexicon-files';
import { trainNer, DEFAULT_TRAIN_OPTIONS } from '../pipeline/ner/train';
import { encodeModel, decodeModel } from '../pipeline/ner/model-file';
import { NerModel } from '../pipeline/ner/model';
import { scoreTagger, mainScore } from '../pipeline/ner/evaluate';

const USAGE =
  'Usage: npm run train:ner -- --data <ner_dataset.csv.zip|csv> [--out graph-data/models/ner.json.gz] ' +
  '[--epochs N] [--seed S] [--patience P] [--min-count C] [--augment-upper F] [--augment-title F] ' +
  '[--word-dropout F] [--common-words MIN] [--prune W] [--lexicons DIR]';

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      out: { type: 'string', default: path.join('graph-data', 'models', 'ner.json.gz') },
      lexicons: { type: 'string', default: path.join('graph-data', 'lexicons', 'ner') },
      epochs: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.epochs) },
      seed: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.seed) },
      patience: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.patience) },
      'min-count': { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.minCount) },
      'augment-upper': { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.augmentUpper) },
      'augment-title': { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.augmentTitle) },
      'word-dropout': { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.wordDropout) },
      'common-words': { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.commonWordMinCount) },
      prune: { type: 'string', default: '0.05' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const shared = process.env.PLEXUS_SHARED;
  const data =
    values.data ?? (shared ? path.join(shared, 'datasets', 'gmb', 'ner_dataset.csv.zip') : undefined);
  if (!data) throw new UsageError(`--data is required (or set PLEXUS_SHARED).\n${USAGE}`);

  const command = `npm run train:ner -- ${process.argv.slice(2).join(' ')}`.trim();
  // Validate every option before the (slow) corpus read.
  const options = {
    epochs: positiveInt(values.epochs, 'epochs'),
    seed: positiveInt(values.seed, 'seed'),
    patience: positiveInt(values.patience, 'patience'),
    minCount: positiveInt(values['min-count'], 'min-count'),
    augmentUpper: fraction(values['augment-upper'], 'augment-upper'),
    augmentTitle: fraction(values['augment-title'], 'augment-title'),
    wordDropout: fraction(values['word-dropout'], 'word-dropout'),
    commonWordMinCount: nonNegativeInt(values['common-words'], 'common-words'),
    command,
    log: (line: string) => console.log(line),
  };
  const pruneBelow = nonNegativeNumber(values.prune, 'prune');

  const started = performance.now();
  const lexicons = readLexiconDir(values.lexicons);
  const sentences = readGmb(data);
  console.log(
    `read ${sentences.length} GMB sentences and ${Object.keys(lexicons).length} lexicons ` +
      `in ${seconds(started)} s`,
  );
  const result = trainNer(sentences, lexicons, options);
  result.data.meta.training.dataFile = path.basename(data);

  const bytes = encodeModel(result.data, { pruneBelow });
  mkdirSync(path.dirname(values.out), { recursive: true });
  writeFileSync(values.out, bytes);

  const t0 = performance.now();
  const reloaded = new NerModel(decodeModel(bytes));
  const loadMs = performance.now() - t0;
  const dev = sentences.filter((s) => gmbSplit(s.index) === 'dev');
  const scores = mainScore(scoreTagger((w) => reloaded.tag(w), dev));
  console.log(
    `wrote ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${reloaded.featureCount} features ` +
      `(of ${result.data.hashes.length} before pruning), load ${loadMs.toFixed(0)} ms; ` +
      `dev F1 after quantisation ${(100 * scores.f1).toFixed(2)}; total ${seconds(started)} s`,
  );
}

class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer.`);
  return n;
}

function nonNegativeInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a non-negative integer.`);
  return n;
}

function nonNegativeNumber(value: string, name: string): number {
  const n = Number(value);
  if (!(n >= 0)) throw new UsageError(`--${name} must be a number >= 0.`);
  return n;
}

function fraction(value: string, name: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--${name} must be between 0 and 1.`);
  return n;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

try {
  main();
} catch (error) {
  const e = error as Error;
  console.error(`train:ner failed: ${e.name}: ${e.message}`);
  process.exit(1);
}
