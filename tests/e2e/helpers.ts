/**
 * End-to-end harness: the browser-mode server on the default corpus and Debian's Chromium driven by
 * playwright-core. A missing browser is a failure with the fix in the message, never a skip.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebServer, type WebServer, type WebServerOptions } from '../../electron/server/web-server';

export const ROOT = path.resolve(__dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'tests/e2e/screenshots');
const RENDERER_DIST = path.join(ROOT, 'dist/renderer');

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export class BrowserMissingError extends Error {
  override name = 'BrowserMissingError';
}

export function chromiumPath(): string {
  const candidate = process.env.PLEXUS_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new BrowserMissingError(
      `Chromium was not found at ${candidate}. Install it with \`apt-get install -y chromium\` (Debian/Ubuntu), or point PLEXUS_CHROMIUM at a Chromium or Chrome binary.`,
    );
  }
  return candidate;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the page when dist/ is missing or older than renderer/ (so a test never runs a stale bundle). */
export async function ensureRendererBuilt(): Promise<void> {
  const bundleFile = path.join(RENDERER_DIST, 'app.js');
  if (existsSync(bundleFile) && statSync(bundleFile).mtimeMs >= newestMtime(path.join(ROOT, 'renderer')))
    return;
  const { bundle } = (await import(path.join(ROOT, 'scripts/bundle.mjs'))) as {
    bundle: (o: { rendererOnly: boolean }) => Promise<unknown>;
  };
  await bundle({ rendererOnly: true });
}

export async function startServer(options: Partial<WebServerOptions> = {}): Promise<WebServer> {
  await ensureRendererBuilt();
  return startWebServer({ port: 0, ...options });
}

export interface AppPage {
  page: Page;
  /** Console errors and CSP violations seen so far. */
  problems: string[];
}

/** Opens the app with the test hook (used only to find where a node is drawn) and collects problems. */
export async function openApp(
  browser: Browser,
  server: WebServer,
  viewport = { width: 1440, height: 900 },
): Promise<AppPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${server.url}?plexus-test-hook=1`);
  return { page, problems };
}

/** Waits until the graph is drawn: entities counted and no layout running. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.locator('#visible-count').waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const progress = document.querySelector('.layout-progress');
      return !!progress && (progress as HTMLElement).hidden;
    },
    undefined,
    { timeout: 60_000 },
  );
  // The layout animation (at most ~0.5 s) settles.
  await page.waitForTimeout(700);
}

/** "12 of 58 entities shown" -> { shown: 12, total: 58 }. */
export async function visibleCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.locator('#visible-count').textContent()) ?? '';
  const m = /([\d,]+) of ([\d,]+) entit/.exec(text);
  if (!m) throw new Error(`Unexpected count text: "${text}"`);
  const n = (s: string) => Number(s.replace(/,/g, ''));
  return { shown: n(m[1]), total: n(m[2]) };
}

/** Where a node with this label is drawn, in page coordinates (read through the test hook). */
export async function nodeScreenPosition(page: Page, label: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const hook = (window as unknown as { __plexus?: { cy: import('cytoscape').Core } }).__plexus;
    if (!hook) return null;
    const node = hook.cy.nodes().filter((n) => n.data('label') === wanted && n.visible())[0];
    if (!node) return null;
    const rect = hook.cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, label);
  if (!point) throw new Error(`No visible node labelled "${label}".`);
  return point;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
