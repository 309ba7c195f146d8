/**
 * The real corpora as fixtures: the five seed articles and the Wikinews CSVs (from PLEXUS_SHARED).
 * Every sentence and every token must point at exactly its text, in order, within a kept body region.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../electron/pipeline/clean';
import { readCorpus } from '../../../electron/pipeline/read';
import { MAX_SENTENCE_TOKENS, segmentDocument } from '../../../electron/pipeline/segment';
import type { SegmentedDocument } from '../../../electron/pipeline/types';

const SEEDS = path.resolve(__dirname, '../../../graph-data/corpus');
const WIKINEWS = path.join(process.env.PLEXUS_SHARED!, 'corpora/wikinews');

async function segmentCorpus(input: string): Promise<SegmentedDocument[]> {
  const { documents } = await readCorpus(input);
  return documents.map((d) => segmentDocument(cleanDocument(d)));
}

/**
 * Every offset invariant, checked in plain code (an expect() per token would take seconds on Wikinews);
 * returns the violations so a failure shows exactly which sentence or token is wrong.
 */
function offsetProblems(doc: SegmentedDocument): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${doc.id}: ${what}`);
  let previousEnd = 0;
  doc.sentences.forEach((s, index) => {
    if (s.index !== index) fail(`sentence ${index} has index ${s.index}`);
    if (doc.text.slice(s.start, s.end) !== s.text) fail(`sentence ${index} text differs from its slice`);
    if (s.start < previousEnd) fail(`sentence ${index} overlaps the previous one`);
    if (s.tokens.length === 0 || s.tokens.length > MAX_SENTENCE_TOKENS)
      fail(`sentence ${index} has ${s.tokens.length} tokens`);
    const region = doc.body[s.paragraph];
    if (!region || s.start < region.start || s.end > region.end)
      fail(`sentence ${index} is outside its body region`);
    let tokenEnd = s.start;
    for (const t of s.tokens) {
      if (doc.text.slice(t.start, t.end) !== t.text)
        fail(`token "${t.text}" at ${t.start} differs from its slice`);
      if (t.start < tokenEnd) fail(`token "${t.text}" at ${t.start} overlaps the previous one`);
      if (t.text.trim() !== t.text || t.text === '') fail(`token at ${t.start} is empty or has spaces`);
      tokenEnd = t.end;
    }
    if (s.tokens[0]?.start !== s.start || s.tokens[s.tokens.length - 1]?.end !== s.end) {
      fail(`sentence ${index} does not start and end with its tokens`);
    }
    previousEnd = s.end;
  });
  return problems;
}

describe('seed corpus', () => {
  let docs: SegmentedDocument[];
  beforeAll(async () => {
    docs = await segmentCorpus(SEEDS);
  });

  it('reads all five seeds', () => {
    expect(docs).toHaveLength(5);
  });

  it('has verbatim offsets for every sentence and token', () => {
    expect(docs.flatMap(offsetProblems)).toEqual([]);
  });

  it('keeps every non-space character of the kept body in some token', () => {
    for (const doc of docs) {
      const bodyChars = doc.body.reduce(
        (n, r) => n + doc.text.slice(r.start, r.end).replace(/\s|[•]/g, '').length,
        0,
      );
      const tokenChars = doc.sentences.reduce(
        (n, s) => n + s.tokens.reduce((m, t) => m + t.text.length, 0),
        0,
      );
      expect(tokenChars).toBe(bodyChars);
    }
  });

  it('splits the seeds into plausible sentences: headlines flagged, no sentence starting mid-word', () => {
    for (const doc of docs) {
      for (const s of doc.sentences) {
        expect(s.text).toMatch(/^[\p{Lu}\p{N}“"(‘']/u);
      }
    }
    const headings = docs.flatMap((d) => d.sentences.filter((s) => s.heading).map((s) => s.text));
    expect(headings).toContain('TENSION FEARS');
    expect(headings.every((h) => !/[.,;:]$/.test(h))).toBe(true);
  });
});

describe('Wikinews corpus', () => {
  let docs: SegmentedDocument[];
  beforeAll(async () => {
    docs = await segmentCorpus(WIKINEWS);
  });

  it('reads every CSV row as a document', () => {
    expect(docs.filter((d) => d.format === 'csv').length).toBeGreaterThan(250);
  });

  it('has verbatim offsets for every sentence and token', () => {
    expect(docs.flatMap(offsetProblems)).toEqual([]);
  });

  it('produces sentences of sensible length on ordinary news text', () => {
    const sentences = docs.flatMap((d) => d.sentences);
    const mean = sentences.reduce((n, s) => n + s.tokens.length, 0) / sentences.length;
    // News sentences average 20-30 tokens; far off means splitting is broken one way or the other.
    expect(mean).toBeGreaterThan(15);
    expect(mean).toBeLessThan(40);
  });
});
