/**
 * `getDocument` tells the reader which parts of an article the cleaner set aside, and why (the reader shows
 * them de-emphasised instead of leaving the user to wonder why nothing there is marked).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlexusSession } from '../../../electron/session/session';
import { InProcessExtractor } from '../../../electron/worker/in-process';

const SEEDS = path.resolve(__dirname, '../../../graph-data/corpus');

const ARTICLE = [
  'Germany criticized Russia on Monday after talks in Berlin.',
  '',
  'Subscribe to our newsletter to get the top stories delivered to your inbox.',
  '',
  'The United Nations backed Germany. (Jane Doe/Getty Images)',
  '',
  'Categories: World, Europe',
].join('\n');

async function sessionOn(dir: string): Promise<PlexusSession> {
  const session = new PlexusSession(new InProcessExtractor());
  await session.openFolder(dir);
  expect((await session.whenIdle()).status).toBe('ready');
  return session;
}

describe('PlexusSession.getDocument: removed regions', () => {
  it('lists each removed region with the cleaner’s reason, as offsets into the text', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plexus-removed-'));
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    const doc = (await sessionOn(dir)).getDocument('a.txt')!;
    const removed = (doc.removed ?? []).map((r) => [r.reason, doc.text.slice(r.start, r.end)]);
    expect(removed).toEqual(
      expect.arrayContaining([
        ['newsletter', 'Subscribe to our newsletter to get the top stories delivered to your inbox.'],
        ['photo-credit', '(Jane Doe/Getty Images)'],
        ['taxonomy', 'Categories: World, Europe'],
      ]),
    );
    // Nothing the article says is in a removed region, and no mention sits inside one.
    for (const r of doc.removed!) {
      expect(doc.text.slice(r.start, r.end)).not.toContain('criticized');
      for (const m of doc.mentions) expect(m.end <= r.start || m.start >= r.end).toBe(true);
    }
  });

  it('on the seed corpus, every document carries valid removed regions', async () => {
    const session = await sessionOn(SEEDS);
    const ids = session.getState().graph!.attributes.corpus.map((d: { id: string }) => d.id);
    const reasons = new Set<string>();
    for (const id of ids) {
      const doc = session.getDocument(id)!;
      expect(Array.isArray(doc.removed)).toBe(true);
      for (const r of doc.removed!) {
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeGreaterThan(r.start);
        expect(r.end).toBeLessThanOrEqual(doc.text.length);
        reasons.add(r.reason);
      }
    }
    // The seeds carry boilerplate of several kinds (a newsletter pitch, an author bio, reader comments...).
    expect(reasons.size).toBeGreaterThan(3);
  });
});
