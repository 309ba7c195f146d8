/**
 * The explorer on the seed corpus, in Chromium, driven like a person: render, select, search, filter,
 * focus history, path finder and the evidence reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import type { WebServer } from '../../electron/server/web-server';
import {
  launchBrowser,
  nodeScreenPosition,
  openApp,
  screenshot,
  startServer,
  visibleCount,
  waitForGraph,
  type AppPage,
} from './helpers';
import { auditLabels, canvasUse, labelConflicts } from './labels';

let server: WebServer;
let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  app = await openApp(browser, server);
  page = app.page;
  await waitForGraph(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Share of pixels in a screenshot region that differ from its most common colour (the background). */
function inkRatio(file: string, region: { x: number; y: number; width: number; height: number }): number {
  const png = PNG.sync.read(readFileSync(file));
  const counts = new Map<number, number>();
  const at = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
  };
  for (let y = region.y; y < region.y + region.height; y += 2)
    for (let x = region.x; x < region.x + region.width; x += 2)
      counts.set(at(x, y), (counts.get(at(x, y)) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const background = Math.max(...counts.values());
  return (total - background) / total;
}

async function searchAndFocus(query: string): Promise<void> {
  await page.locator('#search').fill(query);
  await page.locator('#search-list [role="option"]').first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.focus-bar').waitFor({ state: 'visible' });
  await waitForGraph(page);
}

async function focusLabel(): Promise<string> {
  return (await page.locator('.focus-bar .focus-label strong').textContent()) ?? '';
}

async function exitFocus(): Promise<void> {
  if (await page.locator('.focus-bar').isVisible()) {
    await page.getByRole('button', { name: 'Show all' }).click();
    await waitForGraph(page);
  }
}

describe('explorer on the seed corpus', () => {
  it('renders the graph with entities, links and a count', async () => {
    const { shown, total } = await visibleCount(page);
    expect(total).toBeGreaterThan(10);
    expect(shown).toBe(total);
    const file = await screenshot(page, 'overview');
    const canvas = await page.locator('#cy').boundingBox();
    // Something is drawn: well over 1% of the canvas is not background.
    expect(
      inkRatio(file, {
        x: Math.round(canvas!.x),
        y: Math.round(canvas!.y),
        width: Math.round(canvas!.width),
        height: Math.round(canvas!.height),
      }),
    ).toBeGreaterThan(0.01);
  });

  it('labels every entity at the default zoom, no label over another or over a node, filling the canvas', async () => {
    const audit = await auditLabels(page);
    expect(audit.nodes.length).toBeGreaterThan(10);
    expect(audit.nodes.filter((n) => !n.drawn).map((n) => n.label)).toEqual([]);
    // Readable: no label is drawn below 10.5 px on screen.
    expect(Math.min(...audit.nodes.map((n) => n.screenFont))).toBeGreaterThanOrEqual(10.49);
    expect(labelConflicts(audit)).toEqual({ labels: [], bodies: [] });
    // The drawing spans the canvas (less the margins kept clear of the floating controls) on one axis
    // at least, and stays inside it.
    const use = canvasUse(audit);
    expect(Math.max(use.x, use.y)).toBeGreaterThan(0.8);
    expect(audit.extent.x1).toBeGreaterThanOrEqual(0);
    expect(audit.extent.y1).toBeGreaterThanOrEqual(0);
    expect(audit.extent.x2).toBeLessThanOrEqual(audit.canvas.width);
    expect(audit.extent.y2).toBeLessThanOrEqual(audit.canvas.height);
  });

  it('the timeline stands dated events on a time axis with their actors, and leaves the rest out on request', async () => {
    const before = await visibleCount(page);
    await page.locator('#layout-select').selectOption('timeline');
    await waitForGraph(page);
    // Dates of the event columns are written on the axis.
    const eventDates = await page.locator('.timeline-axis .axis-tick.event').allTextContents();
    expect(eventDates.length).toBeGreaterThan(0);
    for (const d of eventDates) expect(d).toMatch(/^(\d{1,2} )?([A-Z][a-z]{2} )?\d{4}$/);
    // Entities linked to no dated event are left out, said so, and one click brings them back.
    const note = page.locator('.timeline-note');
    await expect(note.textContent()).resolves.toMatch(/(\d+) entities linked to no dated event are left out/);
    const leftOut = Number(/(\d+) entities/.exec((await note.textContent()) ?? '')![1]);
    expect((await visibleCount(page)).shown).toBe(before.shown - leftOut);
    const audit = await auditLabels(page);
    expect(audit.nodes.filter((n) => !n.drawn).map((n) => n.label)).toEqual([]);
    expect(labelConflicts(audit)).toEqual({ labels: [], bodies: [] });
    await screenshot(page, 'timeline');
    await note.getByRole('button', { name: 'Show them' }).click();
    await expect.poll(async () => (await visibleCount(page)).shown).toBe(before.shown);
    await waitForGraph(page);
    await expect(page.locator('.timeline-caption').textContent()).resolves.toContain(`${leftOut} entities`);
    await note.getByRole('button', { name: 'Leave them out' }).click();
    await expect.poll(async () => (await visibleCount(page)).shown).toBe(before.shown - leftOut);
    await page.locator('#layout-select').selectOption('force');
    await waitForGraph(page);
    expect((await visibleCount(page)).shown).toBe(before.shown);
    expect(await page.locator('.timeline-axis').isVisible()).toBe(false);
  });

  it('shows the details panel when a node is clicked', async () => {
    const p = await nodeScreenPosition(page, 'Donald Trump');
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => page.locator('.details-title').textContent()).toBe('Donald Trump');
    await expect(page.locator('.type-chip').first().textContent()).resolves.toMatch(/Person/i);
    expect(await page.locator('.metrics dt').allTextContents()).toEqual(
      expect.arrayContaining(['Mentions', 'Degree']),
    );
    expect(await page.locator('.doc-list li').count()).toBeGreaterThan(0);
    await screenshot(page, 'details');
  });

  it('search is typo-tolerant and Enter focuses the entity', async () => {
    await page.locator('#search').fill('sheinbam');
    const first = page.locator('#search-list [role="option"]').first();
    await expect.poll(() => first.textContent()).toContain('Claudia Sheinbaum');
    await page.keyboard.press('Enter');
    await page.locator('.focus-bar').waitFor({ state: 'visible' });
    await waitForGraph(page);
    expect(await focusLabel()).toBe('Claudia Sheinbaum');
    const { shown, total } = await visibleCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await screenshot(page, 'focus');
    await exitFocus();
  });

  it('filters change the visible count, and Reset restores it', async () => {
    const before = await visibleCount(page);
    const peopleCount = Number(
      await page.locator('#filter-type-person').locator('xpath=..').locator('.count').textContent(),
    );
    expect(peopleCount).toBeGreaterThan(0);
    await page.locator('#filter-type-person').uncheck();
    await expect.poll(async () => (await visibleCount(page)).shown).toBe(before.shown - peopleCount);
    await screenshot(page, 'filtered');
    await page.getByRole('button', { name: /^Reset/ }).click();
    await expect.poll(async () => (await visibleCount(page)).shown).toBe(before.shown);
    // Co-occurrence links are hidden by default; showing them adds links, not entities.
    const linksBefore = await page.locator('#visible-count strong').nth(1).textContent();
    await page.locator('#filter-cooc').check();
    await expect.poll(() => page.locator('#visible-count strong').nth(1).textContent()).not.toBe(linksBefore);
    await page.locator('#filter-cooc').uncheck();
  });

  it('back and forward restore the previous focus (buttons and Alt+arrows)', async () => {
    await searchAndFocus('Donald Trump');
    await searchAndFocus('Mexico');
    expect(await focusLabel()).toBe('Mexico');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(focusLabel).toBe('Donald Trump');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(focusLabel).toBe('Mexico');
    await page.locator('#history-back').click();
    await expect.poll(focusLabel).toBe('Donald Trump');
    await page.locator('#history-forward').click();
    await expect.poll(focusLabel).toBe('Mexico');
    await waitForGraph(page);
    await exitFocus();
  });

  it('double-click expands a neighbour in focus mode, and again collapses it', async () => {
    await searchAndFocus('Mexico');
    const before = (await visibleCount(page)).shown;
    // A shown neighbour with relations to entities not shown yet (read through the hook, clicked like a person).
    const target = await page.evaluate(() => {
      const cy = (window as unknown as { __plexus: { cy: import('cytoscape').Core } }).__plexus.cy;
      type Node = import('cytoscape').NodeSingular;
      const shown = (n: Node) => !n.hasClass('filtered');
      const hasHiddenNeighbour = (n: Node) =>
        (n.connectedEdges().toArray() as unknown as import('cytoscape').EdgeSingular[]).some((e) => {
          const other = e.source().same(n) ? e.target() : e.source();
          return !e.hasClass('cooc') && !shown(other);
        });
      const node = cy
        .nodes()
        .filter((n: Node) => shown(n) && !n.hasClass('focus-root') && hasHiddenNeighbour(n))[0];
      if (!node) return null;
      const rect = cy.container()!.getBoundingClientRect();
      const p = node.renderedPosition();
      return { label: node.data('label') as string, x: rect.left + p.x, y: rect.top + p.y };
    });
    expect(target).not.toBeNull();
    await page.mouse.dblclick(target!.x, target!.y);
    await expect.poll(async () => (await visibleCount(page)).shown).toBeGreaterThan(before);
    await waitForGraph(page);
    await screenshot(page, 'expanded');
    const p = await nodeScreenPosition(page, target!.label);
    await page.mouse.dblclick(p.x, p.y);
    await expect.poll(async () => (await visibleCount(page)).shown).toBe(before);
    await waitForGraph(page);
    await exitFocus();
  });

  it('the path finder highlights a path between two seed entities and lists its evidence', async () => {
    await page.locator('#tab-path').click();
    await page.locator('#path-cooc').check();
    for (const [id, query, label] of [
      ['#path-from', 'Sheinbaum', 'Claudia Sheinbaum'],
      ['#path-to', 'Hegseth', 'Pete Hegseth'],
    ]) {
      await page.locator(id).fill(query);
      await page.locator(`${id}-list [role="option"]`).filter({ hasText: label }).first().click();
    }
    await expect.poll(() => page.locator('.path-summary').textContent()).toMatch(/\d+ hops?/);
    const highlighted = await page.evaluate(() => {
      const cy = (window as unknown as { __plexus: { cy: import('cytoscape').Core } }).__plexus.cy;
      return {
        nodes: cy.nodes('.path').map((n) => n.data('label') as string),
        edges: cy.edges('.path').length,
      };
    });
    expect(highlighted.nodes).toEqual(expect.arrayContaining(['Claudia Sheinbaum', 'Pete Hegseth']));
    expect(highlighted.edges).toBeGreaterThan(0);
    expect(await page.locator('.path-hop .evidence-sentence').count()).toBeGreaterThan(0);
    await waitForGraph(page);
    await screenshot(page, 'path');
    await page.getByRole('button', { name: 'Clear path' }).click();
  });

  it('clicking evidence opens the article with the sentence highlighted and in view', async () => {
    await searchAndFocus('Donald Trump');
    await page.locator('#tab-details').click();
    const relation = page.locator('.relation-evidence').first();
    await relation.locator('summary').click();
    const sentence = relation.locator('.evidence-sentence').first();
    const sentenceText = ((await sentence.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    await sentence.click();
    const mark = page.locator('#reader-panel mark.evidence-hit');
    await mark.first().waitFor();
    const highlighted = (await mark.allTextContents()).join('').replace(/\s+/g, ' ').trim();
    expect(highlighted).toBe(sentenceText);
    // Scrolled into view inside the panel.
    await page.waitForTimeout(300);
    const panel = await page.locator('#tabpanel-reader').boundingBox();
    const box = await mark.first().boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(panel!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(panel!.y + panel!.height);
    // Other recognised entities are marked and lead back to the graph.
    const mentions = page.locator('#reader-panel .mention:not([disabled])');
    expect(await mentions.count()).toBeGreaterThan(1);
    await screenshot(page, 'reader');
    const other = mentions.filter({ hasNotText: /^Trump|^Donald Trump/ }).first();
    const otherText = ((await other.textContent()) ?? '').trim();
    await other.click();
    await page.locator('.focus-bar').waitFor({ state: 'visible' });
    await expect.poll(focusLabel).not.toBe('Donald Trump');
    expect(otherText.length).toBeGreaterThan(0);
    await waitForGraph(page);
    await exitFocus();
  });

  it('the reader folds page furniture the cleaner removed, labelled with its reason', async () => {
    // An article with a newsletter pitch and an author bio (the seed that dates Operation Just Cause).
    await searchAndFocus('Operation Just Cause');
    await page.locator('#tab-details').click();
    await page.locator('.doc-list button').first().click();
    const blocks = page.locator('#reader-panel .removed-block');
    await blocks.first().waitFor();
    const summaries = (await blocks.locator('summary').allTextContents()).join(' | ');
    expect(summaries).toMatch(/Not part of the article/);
    expect(summaries).toMatch(/newsletter block/);
    expect(summaries).toMatch(/author bio/);
    // Folded by default, nothing marked inside, and the article text itself is not folded.
    for (const open of await blocks.evaluateAll((els) => els.map((e) => (e as HTMLDetailsElement).open)))
      expect(open).toBe(false);
    expect(await page.locator('#reader-panel .removed-block .mention').count()).toBe(0);
    expect(await page.locator('#reader-panel .article-body > p .mention').count()).toBeGreaterThan(5);
    const newsletter = blocks.filter({ hasText: 'newsletter block' }).first();
    const pitch = newsletter.locator('.removed-text');
    expect(await pitch.isVisible()).toBe(false);
    await newsletter.locator('summary').click();
    await expect.poll(() => pitch.isVisible()).toBe(true);
    expect(await pitch.textContent()).toMatch(/newsletter/i);
    await newsletter.scrollIntoViewIfNeeded();
    await screenshot(page, 'reader-removed');
    await exitFocus();
  });

  it('shows the shortcuts overlay on "?" and raises no console or CSP errors', async () => {
    await page.locator('#cy').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('#help-dialog').isVisible()).toBe(true);
    expect(await page.locator('#help-dialog kbd').count()).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    expect(app.problems).toEqual([]);
  });
});
