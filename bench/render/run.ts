/**
 * Renderer benchmark in Chromium: generated graphs of 1,000, 5,000 and 20,000 entities (and the Wikinews
 * corpus graph with --wikinews), loaded through the real browser-mode server and page.
 *
 *   npx tsx bench/render/run.ts [--sizes 1000,5000,20000] [--wikinews <dir with the CSVs>] [--pan-seconds 5]
 *
 * For each graph, from the page's own User Timing marks (renderer/app/controller.ts):
 *   - time to first render: navigation start -> first Cytoscape frame with every element added;
 *   - layout time: layout start -> positions applied (force layout runs in a Web Worker);
 *   - main-thread blocking while the layout is computed (after the first frame): longest task, total;
 * then frame times while dragging the view (one mouse move per animation frame): the first frames of the
 * gesture (Cytoscape renders the viewport texture then) and the steady state after them, with the page's
 * large-graph settings ("tuned") and with Cytoscape's plain defaults ("plain"), in the same page.
 *
 * Absolute times depend on the machine (headless, software rendering here), so the report gives ratios
 * measured in the same session: each size against the first (reference) size, and plain against tuned.
 * Writes bench/results/render-<time>.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebServer, type WebServer } from '../../electron/server/web-server';
import { InProcessExtractor } from '../../electron/worker/in-process';
import { generateGraph } from './generate';

const ROOT = path.resolve(__dirname, '../..');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

interface LoadTimes {
  firstRenderMs: number;
  layoutMs: number;
  longestTaskDuringLayoutMs: number;
  longTasksDuringLayoutMs: number;
}

interface PanStats {
  /** The slowest of the first frames of the drag (Cytoscape builds its viewport texture then). */
  startMs: number;
  /** Steady state, after those first frames. */
  frames: number;
  p50: number;
  p95: number;
  fps: number;
}

interface Row {
  graph: string;
  nodes: number;
  edges: number;
  load: LoadTimes;
  panTuned: PanStats;
  panPlain: PanStats;
}

async function ensureBundle(): Promise<void> {
  const { bundle } = (await import(path.join(ROOT, 'scripts/bundle.mjs'))) as {
    bundle: (o: { rendererOnly: boolean }) => Promise<unknown>;
  };
  await bundle({ rendererOnly: true });
}

async function waitReady(server: WebServer, timeoutMs = 30 * 60_000): Promise<void> {
  const start = Date.now();
  while (server.session.getState().status === 'loading') {
    if (Date.now() - start > timeoutMs) throw new Error('The graph did not finish building in time.');
    await new Promise((r) => setTimeout(r, 250));
  }
  const state = server.session.getState();
  if (state.status !== 'ready') throw new Error(`The graph is ${state.status}: ${state.message ?? ''}`);
}

async function measureLoad(page: Page): Promise<LoadTimes> {
  await page.waitForFunction(() => performance.getEntriesByName('plexus:layout-done').length > 0, undefined, {
    timeout: 30 * 60_000,
    polling: 500,
  });
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const layoutStart = at('plexus:layout-start');
    const layoutDone = at('plexus:layout-done');
    // After the first frame: how much the page is blocked while the worker computes the layout.
    const firstRender = at('plexus:first-render');
    const tasks = ((window as unknown as { __longTasks?: PerformanceEntry[] }).__longTasks ?? []).filter(
      (t) => t.startTime > firstRender && t.startTime < layoutDone,
    );
    return {
      firstRenderMs: at('plexus:first-render'),
      layoutMs: layoutDone - layoutStart,
      longestTaskDuringLayoutMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasksDuringLayoutMs: tasks.reduce((sum, t) => sum + t.duration, 0),
    };
  });
}

/**
 * Drags the canvas for `seconds`, one mouse move per animation frame, with mouse events dispatched in
 * the page (a user's gesture: Cytoscape's cheap-rendering options apply only during gestures, not to
 * programmatic pans), and returns frame-time statistics.
 */
async function measurePan(page: Page, seconds: number, tuned: boolean): Promise<PanStats> {
  return page.evaluate(
    async ({ seconds, tuned }) => {
      const hook = (window as unknown as { __plexus: { cy: import('cytoscape').Core } }).__plexus;
      const cy = hook.cy;
      const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
      const saved = {
        hideEdgesOnViewport: renderer.hideEdgesOnViewport,
        textureOnViewport: renderer.textureOnViewport,
        hideLabelsOnViewport: renderer.hideLabelsOnViewport,
      };
      if (!tuned)
        Object.assign(renderer, {
          hideEdgesOnViewport: false,
          textureOnViewport: false,
          hideLabelsOnViewport: false,
        });
      const container = cy.container()!;
      const target = container.querySelector('canvas:last-of-type') ?? container;
      const rect = container.getBoundingClientRect();
      // An empty corner of the canvas, so the drag pans instead of moving a node.
      const origin = { x: rect.left + 6, y: rect.bottom - 6 };
      const fire = (type: string, x: number, y: number) =>
        target.dispatchEvent(
          new MouseEvent(type, {
            clientX: x,
            clientY: y,
            bubbles: true,
            cancelable: true,
            button: 0,
            buttons: type === 'mouseup' ? 0 : 1,
            view: window,
          }),
        );
      fire('mousedown', origin.x, origin.y);
      const deltas: number[] = [];
      await new Promise<void>((resolve) => {
        let last = performance.now();
        const end = last + seconds * 1000;
        let step = 0;
        const frame = (now: number) => {
          deltas.push(now - last);
          last = now;
          step++;
          fire(
            'mousemove',
            origin.x + Math.sin(step / 20) * 150 + step * 0.2,
            origin.y - 40 - Math.cos(step / 20) * 80,
          );
          if (now < end) requestAnimationFrame(frame);
          else resolve();
        };
        requestAnimationFrame(frame);
      });
      fire('mouseup', origin.x, origin.y);
      Object.assign(renderer, saved);
      // deltas[0] is the wait for the first frame; deltas[1..3] include the gesture's texture build.
      const startMs = Math.max(...deltas.slice(1, 4));
      const sorted = deltas.slice(4).sort((a, b) => a - b);
      const q = (p: number) =>
        sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
      return {
        startMs,
        frames: sorted.length,
        p50: q(0.5),
        p95: q(0.95),
        fps: (1000 * sorted.length) / sorted.reduce((a, b) => a + b, 0),
      };
    },
    { seconds, tuned },
  );
}

async function benchGraph(
  browser: Browser,
  server: WebServer,
  name: string,
  panSeconds: number,
): Promise<Row> {
  const state = server.session.getState();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // tsx compiles functions with esbuild's keepNames, whose `__name` helper does not exist in the page.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(() => {
    const tasks: PerformanceEntry[] = [];
    (window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks = tasks;
    new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto(`${server.url}?plexus-test-hook=1`);
  const load = await measureLoad(page);
  await page.waitForTimeout(500);
  // One zoom level for every measurement, then a warm-up: the first frames at a new zoom rebuild
  // Cytoscape's element texture caches.
  await page.evaluate(() =>
    (window as unknown as { __plexus: { cy: import('cytoscape').Core } }).__plexus.cy.fit(undefined, 40),
  );
  await measurePan(page, 2, true);
  const panTuned = await measurePan(page, panSeconds, true);
  const panPlain = await measurePan(page, panSeconds, false);
  await context.close();
  return {
    graph: name,
    nodes: state.stats?.nodes ?? 0,
    edges: state.stats?.edges ?? 0,
    load,
    panTuned,
    panPlain,
  };
}

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function report(rows: Row[]): string {
  const ref = rows[0];
  const lines = [
    `reference: ${ref.graph} (${ref.nodes} nodes) in the same session`,
    '',
    '| graph | nodes | edges | first render ms (×ref) | layout ms (×ref) | longest main-thread task while laying out ms | drag start ms tuned / plain | drag frames p50/p95 ms tuned | drag frames p50/p95 ms plain | plain/tuned p95 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.graph} | ${r.nodes} | ${r.edges} | ${f(r.load.firstRenderMs)} (${f(r.load.firstRenderMs / ref.load.firstRenderMs, 1)}×) | ${f(r.load.layoutMs)} (${f(r.load.layoutMs / ref.load.layoutMs, 1)}×) | ${f(r.load.longestTaskDuringLayoutMs)} | ${f(r.panTuned.startMs)} / ${f(r.panPlain.startMs)} | ${f(r.panTuned.p50, 1)} / ${f(r.panTuned.p95, 1)} | ${f(r.panPlain.p50, 1)} / ${f(r.panPlain.p95, 1)} | ${f(r.panPlain.p95 / r.panTuned.p95, 2)}× |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,20000' },
      wikinews: { type: 'string' },
      'pan-seconds': { type: 'string', default: '5' },
    },
  });
  const sizes = values
    .sizes!.split(',')
    .map(Number)
    .filter((n) => n > 0);
  const panSeconds = Number(values['pan-seconds']);
  await ensureBundle();
  const browser = await chromium.launch({
    executablePath: process.env.PLEXUS_CHROMIUM || '/usr/bin/chromium',
    args: FLAGS,
  });
  const empty = mkdtempSync(path.join(os.tmpdir(), 'plexus-bench-'));
  const server = await startWebServer({ port: 0, corpus: empty, extractor: new InProcessExtractor() });
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      server.session.importGraph(JSON.stringify(generateGraph(size)), `generated-${size}`);
      await waitReady(server);
      const row = await benchGraph(browser, server, `generated ${size.toLocaleString('en-US')}`, panSeconds);
      rows.push(row);
      console.log(JSON.stringify(row));
    }
    if (values.wikinews) {
      await server.session.openFolder(path.resolve(values.wikinews));
      await waitReady(server);
      const row = await benchGraph(browser, server, 'Wikinews corpus', panSeconds);
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const table = report(rows);
  console.log(`\n${table}`);
  const outDir = path.join(ROOT, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `render-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ rows, table, chromium: browser.version() }, null, 2));
  console.log(`\nwrote ${path.relative(ROOT, file)}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
