/**
 * A first-time user's walk through the explorer, as screenshots with timings and a label audit, at
 * several window sizes and in both themes. Not a test: a tool to look at the product after a change.
 *
 *   npx tsx tests/e2e/walkthrough.ts [--corpus <dir>] [--out /tmp/walk] [--sizes 1280x800,1920x1080]
 *     [--themes light,dark] [--steps overview,help,stats,export,path,filters,search,focus,reader,timeline]
 *
 * Each step prints what it measured; a step that fails prints the error and the walk goes on.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, openApp, startServer, waitForGraph } from './helpers';
import { auditLabels, canvasUse, edgeLabelConflicts, labelConflicts } from './labels';

const ALL_STEPS = 'overview,help,stats,export,path,filters,search,focus,reader,timeline';

interface Walk {
  page: Page;
  shoot(name: string): Promise<void>;
  log(message: string): void;
}

/** The label audit of what is on the canvas now, in one line (plus the offenders). */
async function describeLabels(walk: Walk): Promise<void> {
  const audit = await auditLabels(walk.page);
  const conflicts = labelConflicts(audit);
  const use = canvasUse(audit);
  const unlabelled = audit.nodes.filter((n) => !n.drawn).map((n) => n.label);
  walk.log(
    `zoom ${audit.zoom.toFixed(3)}, ${audit.nodes.length} nodes, ${unlabelled.length} unlabelled, ` +
      `${conflicts.labels.length} label overlaps, ${conflicts.bodies.length} labels over nodes, ` +
      `canvas use ${(use.x * 100).toFixed(0)}% x ${(use.y * 100).toFixed(0)}%`,
  );
  if (unlabelled.length) walk.log(`  unlabelled: ${unlabelled.slice(0, 15).join(', ')}`);
  if (conflicts.labels.length) walk.log(`  overlaps: ${conflicts.labels.slice(0, 10).join('; ')}`);
  if (conflicts.bodies.length) walk.log(`  over nodes: ${conflicts.bodies.slice(0, 10).join('; ')}`);
  if (audit.edgeLabels.length) {
    const edges = edgeLabelConflicts(audit);
    walk.log(
      `  ${audit.edgeLabels.length} relation names, ${edges.edges.length} over each other, ${edges.nodes.length} over entity labels`,
    );
    if (edges.edges.length + edges.nodes.length)
      walk.log(`  ${[...edges.edges, ...edges.nodes].slice(0, 10).join('; ')}`);
  }
}

async function timed(walk: Walk, what: string, action: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await action();
  walk.log(`${what}: ${Date.now() - started} ms`);
}

async function focusOn(walk: Walk, query: string): Promise<void> {
  const { page } = walk;
  await page.locator('#search').fill(query);
  await page.locator('#search-list [role="option"]').first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.focus-bar').waitFor({ state: 'visible' });
  await waitForGraph(page);
}

async function showAll(walk: Walk): Promise<void> {
  if (await walk.page.locator('.focus-bar').isVisible()) {
    await walk.page.getByRole('button', { name: 'Show all' }).click();
    await waitForGraph(walk.page);
  }
}

/** The most mentioned entity with a relation: a sensible thing for a newcomer to look up. */
async function topEntity(page: Page): Promise<string> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __plexus: { cy: import('cytoscape').Core } }).__plexus.cy;
    const nodes = cy.nodes().filter((n) => n.visible() && n.connectedEdges(':visible').length > 0);
    return nodes.max((n) => Number(n.data('priority')) || 0).ele.data('label') as string;
  });
}

const STEPS: Record<string, (walk: Walk) => Promise<void>> = {
  overview: async (walk) => {
    await describeLabels(walk);
    await walk.shoot('overview');
  },
  help: async (walk) => {
    await walk.page.locator('#cy').click({ position: { x: 5, y: 5 } });
    await walk.page.keyboard.press('?');
    await walk.page.locator('#help-dialog').waitFor();
    await walk.shoot('help');
    await walk.page.keyboard.press('Escape');
  },
  stats: async (walk) => {
    await timed(walk, 'statistics tab', async () => {
      await walk.page.locator('#tab-stats').click();
      await walk.page.locator('#stats-panel').waitFor();
    });
    await walk.shoot('stats');
  },
  export: async (walk) => {
    await walk.page.locator('#export-image-button').click();
    await walk.page.locator('#export-image').waitFor();
    await walk.shoot('export-image');
    await walk.page.keyboard.press('Escape');
    await walk.page.locator('#export-data-button').click();
    await walk.page.waitForTimeout(300);
    await walk.shoot('export-data');
    await walk.page.keyboard.press('Escape');
  },
  path: async (walk) => {
    const { page } = walk;
    await page.locator('#tab-path').click();
    const names = await page.evaluate(() => {
      const cy = (window as unknown as { __plexus: { cy: import('cytoscape').Core } }).__plexus.cy;
      const linked = cy
        .nodes()
        .filter((n) => n.visible() && n.connectedEdges(':visible').length > 0)
        .sort((a, b) => (Number(b.data('priority')) || 0) - (Number(a.data('priority')) || 0));
      return [linked[0].data('label'), linked[Math.min(6, linked.length - 1)].data('label')] as string[];
    });
    for (const [id, name] of [
      ['#path-from', names[0]],
      ['#path-to', names[1]],
    ]) {
      await page.locator(id).fill(name);
      await page.locator(`${id}-list [role="option"]`).first().click();
    }
    await page.waitForTimeout(400);
    walk.log(
      `path ${names.join(' -> ')}: ${(await page.locator('.path-summary').textContent()) ?? '(none)'}`,
    );
    await waitForGraph(page);
    await walk.shoot('path');
    const clear = page.getByRole('button', { name: 'Clear path' });
    if (await clear.isVisible()) await clear.click();
    await waitForGraph(page);
  },
  filters: async (walk) => {
    const { page } = walk;
    await page.locator('#filter-type-place').uncheck();
    await page.waitForTimeout(400);
    await walk.shoot('filters');
    await page.getByRole('button', { name: /^Reset/ }).click();
    await page.waitForTimeout(400);
  },
  search: async (walk) => {
    const { page } = walk;
    const name = await topEntity(page);
    // A typo: two letters swapped in the middle of the name.
    const i = Math.max(1, Math.floor(name.length / 2) - 1);
    const typo = name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    await page.locator('#search').fill(typo);
    await page.locator('#search-list [role="option"]').first().waitFor();
    walk.log(
      `search "${typo}": first hit "${await page.locator('#search-list [role="option"]').first().textContent()}"`,
    );
    await walk.shoot('search');
    await page.keyboard.press('Escape');
    await page.locator('#search').fill('');
  },
  focus: async (walk) => {
    const name = await topEntity(walk.page);
    await timed(walk, `focus on ${name}`, () => focusOn(walk, name));
    await describeLabels(walk);
    await walk.shoot('focus');
    // Hover the focused entity: its relations are named where there is room.
    const root = await walk.page.evaluate(() => {
      const cy = (window as unknown as { __plexus: { cy: import('cytoscape').Core } }).__plexus.cy;
      const node = cy.nodes('.focus-root')[0];
      const rect = cy.container()!.getBoundingClientRect();
      return { x: rect.left + node.renderedPosition().x, y: rect.top + node.renderedPosition().y };
    });
    await walk.page.mouse.move(root.x, root.y);
    await walk.page.waitForTimeout(300);
    await describeLabels(walk);
    await walk.shoot('focus-hover');
    await walk.page.mouse.move(2, 2);
    await walk.page.keyboard.press('Alt+ArrowLeft');
    await waitForGraph(walk.page);
    await walk.page.keyboard.press('Alt+ArrowRight');
    await waitForGraph(walk.page);
    await showAll(walk);
    await describeLabels(walk);
    await walk.shoot('back-to-overview');
  },
  reader: async (walk) => {
    const { page } = walk;
    const name = await topEntity(page);
    await focusOn(walk, name);
    await page.locator('#tab-details').click();
    const relation = page.locator('.relation-evidence').first();
    await relation.locator('summary').click();
    await walk.shoot('evidence');
    await relation.locator('.evidence-sentence').first().click();
    await page.locator('#reader-panel mark.evidence-hit').first().waitFor();
    await page.waitForTimeout(300);
    await walk.shoot('reader');
    const mention = page.locator('#reader-panel .mention:not([disabled])').nth(1);
    await mention.click();
    await waitForGraph(page);
    await walk.shoot('reader-entity');
    await showAll(walk);
  },
  timeline: async (walk) => {
    const { page } = walk;
    await timed(walk, 'timeline layout', async () => {
      await page.locator('#layout-select').selectOption('timeline');
      await waitForGraph(page);
    });
    await describeLabels(walk);
    await page.waitForTimeout(1000);
    await describeLabels(walk);
    await walk.shoot('timeline');
    await page.locator('#layout-select').selectOption('force');
    await waitForGraph(page);
  },
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      out: { type: 'string', default: '/tmp/walk' },
      sizes: { type: 'string', default: '1280x800,1920x1080' },
      themes: { type: 'string', default: 'light,dark' },
      steps: { type: 'string', default: ALL_STEPS },
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
        const tag = `${size}-${theme}`;
        const { page, problems } = await openApp(browser, server, { width, height });
        // tsx compiles with esbuild's keepNames, whose helper is missing in the page.
        await page.addInitScript({ content: 'window.__name = (f) => f;' });
        await page.evaluate(
          (t) => localStorage.setItem('plexus.settings', JSON.stringify({ theme: t })),
          theme,
        );
        const walk: Walk = {
          page,
          shoot: async (name) => void (await page.screenshot({ path: path.join(out, `${tag}-${name}.png`) })),
          log: (message) => console.log(`[${tag}] ${message}`),
        };
        await timed(walk, 'open to first laid-out frame', async () => {
          await page.reload();
          // A large corpus is still being built when the page first opens: be patient the first time.
          await page.locator('#visible-count').waitFor({ state: 'visible', timeout: 600_000 });
          await waitForGraph(page);
        });
        for (const step of values.steps!.split(',')) {
          try {
            await STEPS[step](walk);
          } catch (error) {
            walk.log(
              `step ${step} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
            );
            await walk.shoot(`${step}-failed`);
            await page.keyboard.press('Escape');
          }
        }
        if (problems.length) walk.log(`console/CSP problems: ${problems.join('; ')}`);
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
