/**
 * Speed of the NER tagger alone, by phase, on the product's tokens of the Wikinews corpus, against the
 * straightforward reference tagger (`electron/pipeline/ner/reference.ts`) run in the same process:
 *   - features: the per-sentence analysis (token cache, lexicon matching, casing mode);
 *   - emissions: features + emission scores;
 *   - tag: emissions + Viterbi, labels only;
 *   - tagWithScores: tag + max-marginals, margins and confidences (what the mention stage calls);
 *   - tagSpans: tag + spans with their lowest token confidence (the same, for span tokens only);
 *   - reference: the reference tagger on every 10th sentence (it is ~50x slower), per token.
 *
 *   npx tsx bench/speed/tagger.ts --shared <dir> [--rounds 5] [--warmup 1]
 *
 * CPU time, median of the rounds; writes bench/results/tagger-<time>.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanDocument } from '../../electron/pipeline/clean';
import { segmentDocument } from '../../electron/pipeline/segment';
import { Decoder } from '../../electron/pipeline/ner/decoder';
import { FeatureExtractor } from '../../electron/pipeline/ner/features';
import { Gazetteer } from '../../electron/pipeline/ner/gazetteer';
import { NerModel } from '../../electron/pipeline/ner/model';
import { decodeModel } from '../../electron/pipeline/ner/model-file';
import { ReferenceTagger } from '../../electron/pipeline/ner/reference';
import { EmissionScorer } from '../../electron/pipeline/ner/scorer';
import { resolveModelPath } from '../../electron/pipeline/ner/tagger';
import { loadWikinews } from './extract-vs-compromise';

const PHASES = ['features', 'emissions', 'viterbi', 'tag', 'tagWithScores', 'tagSpans', 'reference'] as const;
type Phase = (typeof PHASES)[number];

function cpuSeconds(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shared: { type: 'string' },
      rounds: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
    },
  });
  const sharedDir = values.shared ?? process.env.PLEXUS_SHARED;
  if (!sharedDir) throw new Error('Give --shared <dir> or set PLEXUS_SHARED.');
  const documents = await loadWikinews(sharedDir);
  const sentences = documents
    .flatMap((d) => segmentDocument(cleanDocument(d)).sentences)
    .map((s) => s.tokens.map((t) => t.text));
  const sample = sentences.filter((_, i) => i % 10 === 0);
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const sampleTokens = sample.reduce((n, s) => n + s.length, 0);

  const data = decodeModel(readFileSync(resolveModelPath()));
  const L = data.meta.labels.length;
  const model = new NerModel(data);
  const reference = new ReferenceTagger(data);
  const gazetteer = new Gazetteer(data.meta.lexicons);
  const extractor = new FeatureExtractor(gazetteer);
  const scorer = new EmissionScorer(data.hashes, data.weights, L, new FeatureExtractor(gazetteer));
  const decoder = new Decoder(data.meta.labels);
  const bounds = decoder.bounds(data.transitions);
  const longest = Math.max(...sentences.map((s) => s.length));
  const emissions = new Float64Array(longest * L);
  const path_ = new Int32Array(longest);

  const runs: Record<Phase, () => void> = {
    features: () => sentences.forEach((s) => extractor.analyse(s)),
    emissions: () => sentences.forEach((s) => scorer.score(s, emissions)),
    viterbi: () =>
      sentences.forEach((s) => decoder.viterbi(emissions, s.length, data.transitions, path_, bounds)),
    tag: () => sentences.forEach((s) => model.tag(s)),
    tagWithScores: () => sentences.forEach((s) => model.tagWithScores(s)),
    tagSpans: () => sentences.forEach((s) => model.tagSpans(s)),
    reference: () => sample.forEach((s) => reference.tag(s)),
  };
  const seconds: Record<Phase, number[]> = Object.fromEntries(PHASES.map((p) => [p, []])) as never;
  const warmup = Number(values.warmup);
  const rounds = Number(values.rounds);
  for (let round = 0; round < warmup + rounds; round++) {
    const times = PHASES.map((p) => cpuSeconds(runs[p]));
    if (round >= warmup) PHASES.forEach((p, i) => seconds[p].push(times[i]));
  }
  const tokensPerSecond = Object.fromEntries(
    PHASES.map((p) => [p, (p === 'reference' ? sampleTokens : tokens) / median(seconds[p])]),
  ) as Record<Phase, number>;
  const result = {
    sentences: sentences.length,
    tokens,
    rounds,
    medianSeconds: Object.fromEntries(PHASES.map((p) => [p, median(seconds[p])])),
    tokensPerSecond,
    tagVsReference: tokensPerSecond.tag / tokensPerSecond.reference,
    tagWithScoresVsReference: tokensPerSecond.tagWithScores / tokensPerSecond.reference,
    node: process.version,
    date: new Date().toISOString(),
  };
  console.log(
    `${sentences.length} sentences, ${tokens.toLocaleString('en-US')} tokens, median of ${rounds}, CPU`,
  );
  for (const p of PHASES) {
    const ms = (median(seconds[p]) * 1000).toFixed(0);
    console.log(
      `  ${p.padEnd(14)} ${Math.round(tokensPerSecond[p]).toLocaleString('en-US').padStart(11)} tokens/s  (${ms} ms)`,
    );
  }
  console.log(
    `  tag vs reference: ${result.tagVsReference.toFixed(1)}x, tagWithScores vs reference: ${result.tagWithScoresVsReference.toFixed(1)}x`,
  );
  const dir = path.join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `tagger-${result.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(`wrote ${file}`);
}

main().catch((error: Error) => {
  console.error(`benchmark failed: ${error.name}: ${error.message}`);
  process.exit(1);
});
