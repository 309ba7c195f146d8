/**
 * First-time-user walkthrough screenshots at several window sizes and themes, on a corpus, with a label
 * audit of the overview (labels drawn, overlaps, canvas use). Not a test: a tool to look at the product.
 *
 *   npx tsx tests/e2e/walkthrough.ts [--corpus <dir>] [--out /tmp/walk] [--sizes 1280x800,1920x1080] [--themes light,dark]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, openApp, startServer, waitForGraph } from './helpers';
import { auditLabels, canvasUse, labelConflicts } from './labels';

async function shoot(page: Page, out: string, name: string): Promise<void> {
  await page.screenshot({ path: path.join(out, `${name}.png`) });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      out: { type: 'string', default: '/tmp/walk' },
      sizes: { type: 'string', default: '1280x800,1920x1080' },
      themes: { type: 'string', default: 'light,dark' },
    },
  });
  const out = path.resolve(values.out!);
  mkdirSync(out, { recursive: true });
  const browser = await launchBrowser();
  const server = await startServer(values.corpus ? { corpus: path.resolve(values.corpus) } : {});
  try {
    for (const size of values.sizes!.split(',')) {
      const [width, height] = size.split('x').map(Number);
      for (const theme of values.themes!.split(',')) {
        const { page, problems } = await openApp(browser, server, { width, height });
        await page.addInitScript({ content: 'window.__name = (f) => f;' });
        await page.evaluate(
          (t) => localStorage.setItem('plexus.settings', JSON.stringify({ theme: t })),
          theme,
        );
        const started = Date.now();
        await page.reload();
        await waitForGraph(page);
        const tag = `${size}-${theme}`;
        const audit = await auditLabels(page);
        const conflicts = labelConflicts(audit);
        const use = canvasUse(audit);
        const unlabelled = audit.nodes.filter((n) => !n.drawn).map((n) => n.label);
        console.log(
          `${tag}: ready in ${Date.now() - started} ms, zoom ${audit.zoom.toFixed(3)}, ${audit.nodes.length} nodes, ` +
            `${unlabelled.length} unlabelled, canvas use ${(use.x * 100).toFixed(0)}% x ${(use.y * 100).toFixed(0)}%`,
        );
        if (unlabelled.length) console.log(`  unlabelled: ${unlabelled.slice(0, 20).join(', ')}`);
        if (conflicts.labels.length)
          console.log(`  label overlaps: ${conflicts.labels.slice(0, 20).join('; ')}`);
        if (conflicts.bodies.length)
          console.log(`  labels over nodes: ${conflicts.bodies.slice(0, 20).join('; ')}`);
        await shoot(page, out, `${tag}-overview`);
        if (problems.length) console.log(`  problems: ${problems.join('; ')}`);
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
