/**
 * Publishing from the page in browser mode: the exported files arrive as downloads and are checked by
 * decoding them (pngjs, an XML parser, graphology-gexf), not by trusting the UI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { DomUtils, parseDocument } from 'htmlparser2';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node';
import type { Browser, Download, Page } from 'playwright-core';
import type { WebServer } from '../../electron/server/web-server';
import { launchBrowser, openApp, startServer, waitForGraph, type AppPage } from './helpers';

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

async function chooseInDialog(dialog: string, name: string, value: string): Promise<void> {
  await page.locator(`${dialog} label[for="${name}-${value}"]`).click();
}

async function download(
  trigger: () => Promise<void>,
): Promise<{ download: Download; text: () => string; bytes: () => Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const file = await dl.path();
  return { download: dl, text: () => readFileSync(file, 'utf8'), bytes: () => readFileSync(file) };
}

describe('image export', () => {
  it('PNG at 2× decodes with the announced size and drawn pixels', async () => {
    await page.locator('#export-image-button').click();
    await chooseInDialog('#export-image', 'export-format', 'png');
    await chooseInDialog('#export-image', 'export-region', 'view');
    await chooseInDialog('#export-image', 'export-scale', '2');
    await page.locator('#export-title').fill('Troops and the border');
    const size = page.locator('#export-size');
    const width = Number(await size.getAttribute('data-width'));
    const height = Number(await size.getAttribute('data-height'));
    const canvas = (await page.locator('#cy').boundingBox())!;
    expect(width).toBe(Math.round(canvas.width) * 2);
    const file = await download(() => page.locator('#export-image-go').click());
    expect(file.download.suggestedFilename()).toMatch(/^troops-and-the-border-\d{4}-\d{2}-\d{2}\.png$/);
    const png = PNG.sync.read(file.bytes());
    expect([png.width, png.height]).toEqual([width, height]);
    // The solid background is the most common colour; the graph, title and legend are not.
    const counts = new Map<number, number>();
    for (let i = 0; i < png.data.length; i += 16) {
      const c = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const ink = (total - Math.max(...counts.values())) / total;
    expect(ink).toBeGreaterThan(0.01);
  });

  it('SVG of the whole graph parses and carries node labels and the legend', async () => {
    await page.locator('#export-image-button').click();
    await chooseInDialog('#export-image', 'export-format', 'svg');
    await chooseInDialog('#export-image', 'export-region', 'full');
    const file = await download(() => page.locator('#export-image-go').click());
    expect(file.download.suggestedFilename()).toMatch(/\.svg$/);
    const doc = parseDocument(file.text(), { xmlMode: true });
    const svg = DomUtils.findOne((e) => e.name === 'svg', doc.children)!;
    expect(svg.attribs.xmlns).toBe('http://www.w3.org/2000/svg');
    const texts = DomUtils.findAll((e) => e.name === 'text', doc.children).map((t) =>
      DomUtils.textContent(t),
    );
    expect(texts).toEqual(expect.arrayContaining(['Donald Trump', 'Mexico', 'People']));
    const shapes = DomUtils.findAll((e) => ['circle', 'rect', 'polygon'].includes(e.name), doc.children);
    expect(shapes.length).toBeGreaterThan(10);
  });

  it('PDF export produces a PDF document', async () => {
    await page.locator('#export-image-button').click();
    await chooseInDialog('#export-image', 'export-format', 'pdf');
    const file = await download(() => page.locator('#export-image-go').click());
    const bytes = file.bytes();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2000);
  });
});

describe('data export', () => {
  it('GEXF re-imports with the same node and edge counts as the graph', async () => {
    const graphJson = (await (await fetch(`${server.url}api/graph`)).json()) as {
      nodes: unknown[];
      edges: unknown[];
    };
    await page.locator('#export-data-button').click();
    await chooseInDialog('#export-data', 'data-format', 'gexf');
    await chooseInDialog('#export-data', 'data-scope', 'all');
    const file = await download(() => page.locator('#export-data-go').click());
    expect(file.download.suggestedFilename()).toMatch(/\.gexf$/);
    const reimported = parseGexf(Graph, file.text(), { allowUndeclaredAttributes: true });
    expect(reimported.order).toBe(graphJson.nodes.length);
    expect(reimported.size).toBe(graphJson.edges.length);
  });

  it('exports only the current view when asked', async () => {
    await page.locator('#search').fill('Mexico');
    await page.locator('#search-list [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await waitForGraph(page);
    const shown = Number(
      (await page.locator('#visible-count strong').first().textContent())!.replace(/,/g, ''),
    );
    await page.locator('#export-data-button').click();
    await chooseInDialog('#export-data', 'data-format', 'json');
    await chooseInDialog('#export-data', 'data-scope', 'view');
    const file = await download(() => page.locator('#export-data-go').click());
    const json = JSON.parse(file.text()) as { nodes: unknown[] };
    expect(json.nodes.length).toBe(shown);
    expect(app.problems).toEqual([]);
  });
});
