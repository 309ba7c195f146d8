/**
 * Writes docs/screenshot.png: the explorer on the seed corpus with an entity selected and one relation's
 * evidence open, at 1600×1000. Run after changing the UI:
 *
 *   npx tsx tests/e2e/readme-screenshot.ts [--out docs/screenshot.png] [--theme light|dark]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, openApp, ROOT, startServer, waitForGraph } from './helpers';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'docs/screenshot.png' },
      theme: { type: 'string', default: 'light' },
    },
  });
  const browser = await launchBrowser();
  const server = await startServer();
  try {
    const { page } = await openApp(browser, server, { width: 1600, height: 1000 });
    // tsx compiles with esbuild's keepNames, whose helper is missing in the page.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.evaluate(
      (theme) => localStorage.setItem('plexus.settings', JSON.stringify({ theme })),
      values.theme,
    );
    await page.reload();
    await waitForGraph(page);
    // Select without focusing: the README shows the whole graph with the details panel.
    const point = await page.evaluate(() => {
      const cy = (window as unknown as { __plexus: { cy: import('cytoscape').Core } }).__plexus.cy;
      const node = cy.nodes().filter((n) => n.data('label') === 'Donald Trump')[0];
      const rect = cy.container()!.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.locator('.relation-evidence summary').first().click();
    await page.mouse.move(5, 990);
    await page.waitForTimeout(800);
    const out = path.resolve(ROOT, values.out!);
    await page.screenshot({ path: out });
    console.log(`wrote ${path.relative(ROOT, out)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
