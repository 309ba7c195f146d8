/** Smoke test of the speed benchmark's plumbing on three documents (no timing assertions). */
import { describe, expect, it } from 'vitest';
import { countWords, runSpeedBenchmark } from '../../bench/speed/extract-vs-compromise';
import type { SourceDocument } from '../../electron/pipeline/types';

describe('extract-vs-compromise benchmark', () => {
  it('counts whitespace-separated words the same way for every system', () => {
    const doc = (text: string): SourceDocument => ({ id: 'a', path: 'a', format: 'txt', text });
    expect(countWords([doc('Hello  world.\nNew line'), doc('  '), doc('one')])).toBe(5);
  });

  it('runs both systems and the tagger on the Wikinews corpus and reports ratios', async () => {
    const sharedDir = process.env.PLEXUS_SHARED!;
    const result = await runSpeedBenchmark({ sharedDir, rounds: 1, warmup: 0, limit: 3 });
    expect(result.documents).toBe(3);
    expect(result.words).toBeGreaterThan(100);
    for (const key of ['extraction', 'compromise', 'tagger'] as const) {
      expect(result.wordsPerSecond[key]).toBeGreaterThan(0);
    }
    expect(result.extractionVsCompromise).toBeGreaterThan(0);
    expect(Object.keys(result.stageMs)).toEqual(expect.arrayContaining(['mentions', 'graph']));
  });
});
