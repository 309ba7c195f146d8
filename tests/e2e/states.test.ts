/**
 * What the page says when there is nothing to show: an empty corpus folder, a folder of unreadable
 * files, and a server that stops answering. Each state names what happened and what to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, screenshot, startServer, waitForGraph } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function stateCardText(page: import('playwright-core').Page): Promise<string> {
  const card = page.locator('.state-card[role="alert"]');
  await card.waitFor({ state: 'visible', timeout: 60_000 });
  return ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
}

describe('empty and error states', () => {
  it('an empty corpus folder shows a clear message and a way to open another', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'plexus-empty-'));
    const server = await startServer({ corpus: empty });
    try {
      const { page, problems } = await openApp(browser, server);
      const text = await stateCardText(page);
      expect(text).toMatch(/Nothing to show yet|could not be built/);
      // What to do next is offered as a button.
      await expect(page.locator('.state-card button').textContent()).resolves.toMatch(
        /Import articles|Open another folder/,
      );
      await screenshot(page, 'state-empty');
      expect(problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('a folder of unreadable files explains the problem and lists the skipped files', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plexus-binary-'));
    writeFileSync(
      path.join(dir, 'photo.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]),
    );
    const server = await startServer({ corpus: dir });
    try {
      const { page } = await openApp(browser, server);
      const text = await stateCardText(page);
      expect(text.length).toBeGreaterThan(30);
      const banner = page.locator('.banner');
      await banner.waitFor({ state: 'visible' });
      await banner.locator('summary').click();
      await expect(banner.locator('.diagnostic').first().textContent()).resolves.toContain('photo.txt');
      await screenshot(page, 'state-skipped');
    } finally {
      await server.close();
    }
  });

  it('a timeline of articles without dated events says where dates come from', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plexus-undated-'));
    writeFileSync(
      path.join(dir, 'report.txt'),
      'Troops attacked the port city of Aden. The governor of Aden condemned the attack on the port.\n',
    );
    const server = await startServer({ corpus: dir });
    try {
      const { page, problems } = await openApp(browser, server);
      await waitForGraph(page);
      await page.locator('#layout-select').selectOption('timeline');
      await waitForGraph(page);
      const note = page.locator('.timeline-note');
      await expect(note.textContent()).resolves.toContain(
        "No dated events in these articles: dates come from explicit dates and the article's date.",
      );
      await screenshot(page, 'timeline-undated');
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('an unreachable API is reported with what to do, not left as a blank page', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'plexus-gone-'));
    const server = await startServer({ corpus: empty });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The page loads, but every API call fails as if the server had stopped.
      await page.route('**/api/**', (route) => route.abort('connectionrefused'));
      await page.goto(server.url);
      const text = await stateCardText(page);
      expect(text).toContain('Cannot reach the Plexus server');
      expect(text).toMatch(/Restart Plexus/);
      await context.close();
    } finally {
      await server.close();
    }
  });
});
