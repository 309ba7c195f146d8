/**
 * Cleaning on real text: the seed articles (boilerplate of several outlets) and the Wikinews CSVs
 * (clean article text, where cleaning must remove almost nothing). Assertions are general properties,
 * not the seeds' own strings.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../electron/pipeline/clean';
import { isConversational } from '../../../electron/pipeline/clean/structure';
import { parseLoneDate } from '../../../electron/pipeline/read/dates';
import { readCorpus } from '../../../electron/pipeline/read';
import type { CleanedDocument } from '../../../electron/pipeline/types';

const SEEDS = path.resolve(__dirname, '../../../graph-data/corpus');
const WIKINEWS = path.join(process.env.PLEXUS_SHARED!, 'corpora/wikinews');

const BOILERPLATE =
  /newsletter|affiliate|subscribe|in the comments|news alerts|categories:|getty images|about the author|"email":|your inbox/i;

const kept = (doc: CleanedDocument) => doc.body.map((r) => doc.text.slice(r.start, r.end));

describe('seed corpus', () => {
  let docs: CleanedDocument[];
  beforeAll(async () => {
    docs = (await readCorpus(SEEDS)).documents.map(cleanDocument);
  });

  it('keeps no boilerplate in any kept region', () => {
    const leftovers = docs.flatMap((d) =>
      kept(d)
        .filter((t) => BOILERPLATE.test(t))
        .map((t) => `${d.id}: ${t}`),
    );
    expect(leftovers).toEqual([]);
  });

  it('keeps no reader comment: no kept paragraph talks in the first or second person outside quotes', () => {
    const chatty = docs.flatMap((d) =>
      kept(d)
        .filter(isConversational)
        .map((t) => `${d.id}: ${t}`),
    );
    expect(chatty).toEqual([]);
    expect(docs.some((d) => d.removed.some((r) => r.reason === 'reader-comments'))).toBe(true);
  });

  it('keeps no lone date line and no repeated headline', () => {
    for (const doc of docs) {
      const texts = kept(doc);
      expect(texts.filter((t) => parseLoneDate(t))).toEqual([]);
      const headings = doc.body
        .filter((r) => r.heading)
        .map((r) => doc.text.slice(r.start, r.end).replace(/’/g, "'"));
      expect(new Set(headings).size).toBe(headings.length);
    }
  });

  it('starts with the headline, flagged, wherever the text has one', () => {
    for (const doc of docs.filter((d) => d.title)) {
      expect(doc.body[0].heading).toBe(true);
      expect(doc.text.slice(doc.body[0].start, doc.body[0].end)).toBe(doc.title);
    }
  });

  it('removes little: most of every seed is kept', () => {
    for (const doc of docs) {
      const keptChars = doc.body.reduce((n, r) => n + r.end - r.start, 0);
      expect(keptChars / doc.text.trim().length).toBeGreaterThan(0.75);
    }
  });
});

describe('Wikinews corpus (clean articles: cleaning must remove almost nothing)', () => {
  let docs: CleanedDocument[];
  beforeAll(async () => {
    docs = (await readCorpus(WIKINEWS)).documents.filter((d) => d.format === 'csv').map(cleanDocument);
  });

  it('removes under 2.5% of the non-space characters of each CSV', () => {
    const byFile = new Map<string, { total: number; removed: number }>();
    for (const doc of docs) {
      const file = doc.id.split('#')[0];
      const acc = byFile.get(file) ?? { total: 0, removed: 0 };
      acc.total += doc.text.replace(/\s/g, '').length;
      for (const r of doc.removed) acc.removed += doc.text.slice(r.start, r.end).replace(/\s/g, '').length;
      byFile.set(file, acc);
    }
    expect(byFile.size).toBe(2);
    for (const { total, removed } of byFile.values()) expect(removed / total).toBeLessThan(0.025);
  });

  it('never removes a whole paragraph of prose', () => {
    const big = docs.flatMap((d) =>
      d.removed
        .filter((r) => r.end - r.start > 200)
        .map((r) => `${d.id} ${r.reason}: ${d.text.slice(r.start, r.end)}`),
    );
    expect(big).toEqual([]);
  });
});
