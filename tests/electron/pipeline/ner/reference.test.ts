/**
 * The fast tagger (cached per-word features, packed weights, pruned Viterbi) must give exactly the labels
 * of the straightforward reference tagger (`reference.ts`: flat features, a Map of weight rows, Viterbi
 * over every label pair), with the same margins and confidences up to float rounding. Fixtures: the seed
 * corpus as our segmenter tokenises it (also re-cased as headlines and in capitals), a sample of GMB, and
 * odd tokens. The same fixtures check `tagSpans` against `tagWithScores`.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../../electron/pipeline/clean';
import { readCorpus } from '../../../../electron/pipeline/read';
import { segmentDocument } from '../../../../electron/pipeline/segment';
import { readGmb } from '../../../../electron/pipeline/ner/gmb';
import { labelsToSpans } from '../../../../electron/pipeline/ner/labels';
import { NerModel } from '../../../../electron/pipeline/ner/model';
import { decodeModel } from '../../../../electron/pipeline/ner/model-file';
import { ReferenceTagger } from '../../../../electron/pipeline/ner/reference';
import { resolveModelPath } from '../../../../electron/pipeline/ner/tagger';
import { readFileSync } from 'node:fs';

const SEEDS = path.resolve(__dirname, '../../../../graph-data/corpus');
const GMB = path.join(process.env.PLEXUS_SHARED!, 'datasets/gmb/ner_dataset.csv.zip');

const data = decodeModel(readFileSync(resolveModelPath()));
const reference = new ReferenceTagger(data);

/**
 * Float rounding: the two sum the same weights in another order and precision (scores of tens to hundreds
 * of units; the fast scorer keeps per-word sums in float32), so margins may differ by ~1e-5.
 */
const MARGIN_TOLERANCE = 1e-4;
const CONFIDENCE_TOLERANCE = 1e-5;

/**
 * Sentences where the fast tagger disagrees with the reference (labels exactly, scores to rounding), or
 * where its `tagSpans` differs in any way from the spans of its own `tagWithScores` labels with the lowest
 * confidence of their tokens.
 */
function disagreements(model: NerModel, sentences: readonly string[][]): string[] {
  const problems: string[] = [];
  for (const tokens of sentences) {
    const fast = model.tagWithScores(tokens);
    const slow = reference.tag(tokens);
    const spans = labelsToSpans(fast.map((t) => t.label)).map((span) => ({
      ...span,
      confidence: Math.min(...fast.slice(span.start, span.end).map((t) => t.confidence)),
    }));
    if (JSON.stringify(model.tagSpans(tokens)) !== JSON.stringify(spans)) {
      problems.push(`${tokens.join(' ')}: tagSpans ${JSON.stringify(model.tagSpans(tokens))}`);
    }
    const labels = fast.map((t) => t.label).join(' ');
    if (labels !== slow.map((t) => t.label).join(' ')) {
      problems.push(
        `${tokens.join(' ')}\n  fast: ${labels}\n  reference: ${slow.map((t) => t.label).join(' ')}`,
      );
      continue;
    }
    fast.forEach((t, i) => {
      const margin = t.margin === slow[i].margin || Math.abs(t.margin - slow[i].margin) <= MARGIN_TOLERANCE;
      if (!margin || Math.abs(t.confidence - slow[i].confidence) > CONFIDENCE_TOLERANCE) {
        problems.push(`${tokens.join(' ')}: token ${i} scores ${JSON.stringify([t, slow[i]])}`);
      }
    });
  }
  return problems;
}

function headline(tokens: readonly string[]): string[] {
  return tokens.map((t) => t.charAt(0).toUpperCase() + t.slice(1));
}

describe('fast tagger = reference tagger', () => {
  let seedSentences: string[][];
  beforeAll(async () => {
    const { documents } = await readCorpus(SEEDS);
    seedSentences = documents.flatMap((d) =>
      segmentDocument(cleanDocument(d)).sentences.map((s) => s.tokens.map((t) => t.text)),
    );
  });

  it('on the seed corpus, as written, as headlines and in capitals', () => {
    expect(seedSentences.length).toBeGreaterThan(100);
    const model = new NerModel(data);
    const variants = [
      ...seedSentences,
      ...seedSentences.map(headline),
      ...seedSentences.map((s) => s.map((t) => t.toUpperCase())),
    ];
    expect(disagreements(model, variants)).toEqual([]);
  });

  it('on a sample of GMB (every 25th sentence)', () => {
    const sample = readGmb(GMB)
      .filter((s) => s.index % 25 === 0)
      .map((s) => s.words);
    expect(sample.length).toBeGreaterThan(1500);
    expect(disagreements(new NerModel(data), sample)).toEqual([]);
  });

  it.each([
    ['odd tokens', ['', ' ', '\u0000', '\ud83d\ude00', '-LRB-', '``', "''", '\u2014', 'x'.repeat(300)]],
    ['non-ASCII letters', ['\u00c9lan', 'and', '\u0141\u00f3d\u017a', 'met', 'in', '\u0130stanbul', '.']],
    ['one token', ['Kenya']],
    ['digits and affixes', ['In', '1999', ',', 'U.S.-led', 'forces', 'took', '3.5', '%', '.']],
  ])('on %s', (_what, tokens) => {
    expect(disagreements(new NerModel(data), [tokens])).toEqual([]);
  });

  it('tags what the model knows (so the comparison is not between two empty outputs)', () => {
    const labels = reference.tag('President Barack Obama visited Kenya .'.split(' ')).map((t) => t.label);
    expect(labels).toEqual(['B-per', 'I-per', 'I-per', 'O', 'B-geo', 'O']);
  });
});
