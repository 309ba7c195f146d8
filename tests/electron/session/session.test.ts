import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphState } from '../../../electron/ipc/contract';
import { PlexusSession } from '../../../electron/session/session';
import { WorkerExtractor, type Extractor } from '../../../electron/worker/extractor';
import { InProcessExtractor } from '../../../electron/worker/in-process';
import type { ExtractionJob, ExtractionOutcome } from '../../../electron/worker/job';

const SEEDS = path.resolve(__dirname, '../../../graph-data/corpus');

function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plexus-session-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

function recordStates(session: PlexusSession): GraphState[] {
  const states: GraphState[] = [];
  session.onChange((s) => states.push(s));
  return states;
}

/** Jobs wait until released, in any order the test chooses. */
function gatedExtractor() {
  const real = new InProcessExtractor();
  const gates: Array<{ job: ExtractionJob; release: () => void }> = [];
  const extractor: Extractor = {
    async run(job, signal): Promise<ExtractionOutcome> {
      await new Promise<void>((release) => gates.push({ job, release }));
      return real.run(job, signal);
    },
  };
  return { extractor, gates };
}

describe('PlexusSession', () => {
  it('builds a folder off the caller: loading at once, then ready with stats and documents', async () => {
    const session = new PlexusSession(new InProcessExtractor());
    const states = recordStates(session);
    const loading = await session.openFolder(SEEDS);
    expect(loading).toMatchObject({ status: 'loading', source: { kind: 'folder', label: SEEDS } });
    const ready = await session.whenIdle();
    expect(ready.status).toBe('ready');
    expect(ready.stats).toMatchObject({ documents: 5 });
    expect(ready.stats!.words).toBeGreaterThan(1000);
    expect(ready.graph!.nodes.length).toBe(ready.stats!.nodes);
    expect(states.map((s) => s.status)).toEqual(['loading', 'ready']);
    expect(ready.revision).toBeGreaterThan(loading.revision);
    const id = ready.graph!.attributes.corpus[0].id;
    const doc = session.getDocument(id)!;
    expect(doc.text.length).toBeGreaterThan(500);
    for (const m of doc.mentions) expect(m.end).toBeGreaterThan(m.start);
  });

  it('throws CorpusNotFoundError for a missing folder and keeps its state', async () => {
    const session = new PlexusSession(new InProcessExtractor());
    const before = session.getState();
    await expect(session.openFolder('/no/such/corpus')).rejects.toMatchObject({
      name: 'CorpusNotFoundError',
    });
    expect(session.getState()).toBe(before);
  });

  it('reports an empty folder as empty with a message saying what to do', async () => {
    const session = new PlexusSession(new InProcessExtractor());
    await session.openFolder(tempDir());
    const state = await session.whenIdle();
    expect(state.status).toBe('empty');
    expect(state.message).toMatch(/\.txt/);
    expect(() => session.exportGraph('json')).toThrow(expect.objectContaining({ name: 'NoGraphError' }));
  });

  it('still loads the readable files when one file of the folder is binary', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]);
    const dir = tempDir({
      'good.txt': 'The United Nations criticized Russia on Monday. Germany backed the United Nations.',
      'bad.txt': binary,
    });
    const session = new PlexusSession(new InProcessExtractor());
    await session.openFolder(dir);
    const state = await session.whenIdle();
    expect(state.status).toBe('ready');
    expect(state.graph!.attributes.corpus.map((d) => d.id)).toEqual(['good.txt']);
    expect(state.diagnostics).toContainEqual(expect.objectContaining({ file: 'bad.txt', severity: 'error' }));
  });

  it('lets a newer load win over an older one that finishes later', async () => {
    const { extractor, gates } = gatedExtractor();
    const session = new PlexusSession(extractor);
    await session.openFolder(SEEDS);
    session.importFiles([
      { name: 'one.txt', data: Buffer.from('NATO met Russia in Geneva.').toString('base64') },
    ]);
    await vi_waitFor(() => gates.length === 2);
    gates[1].release();
    gates[0].release();
    const state = await session.whenIdle();
    expect(state.source).toEqual({ kind: 'files', label: 'one.txt' });
    expect(state.status).toBe('ready');
    expect(state.stats!.documents).toBe(1);
  });

  it('turns an extraction failure into an error state, and recovers on the next load', async () => {
    let fail = true;
    const real = new InProcessExtractor();
    const session = new PlexusSession({
      run: async (job, signal) => {
        if (fail) throw new Error('disk on fire');
        return real.run(job, signal);
      },
    });
    await session.openFolder(SEEDS);
    const failed = await session.whenIdle();
    expect(failed.status).toBe('error');
    expect(failed.message).toContain('disk on fire');
    fail = false;
    await session.openFolder(SEEDS);
    expect((await session.whenIdle()).status).toBe('ready');
  });

  it('round-trips a graph through exportGraph(json) and importGraph, evidence texts included', async () => {
    const session = new PlexusSession(new InProcessExtractor());
    await session.openFolder(SEEDS);
    const built = await session.whenIdle();
    const [file] = session.exportGraph('json');
    expect(file.filename).toMatch(/\.json$/);

    const other = new PlexusSession(new InProcessExtractor());
    const loaded = other.importGraph(file.content, 'saved.json');
    expect(loaded).toMatchObject({ status: 'ready', source: { kind: 'graph-file', label: 'saved.json' } });
    expect(loaded.graph!.nodes.length).toBe(built.graph!.nodes.length);
    const id = built.graph!.attributes.corpus[0].id;
    expect(other.getDocument(id)?.text).toBe(session.getDocument(id)?.text);
  });

  it('exports only the requested nodes', async () => {
    const session = new PlexusSession(new InProcessExtractor());
    await session.openFolder(SEEDS);
    const state = await session.whenIdle();
    const keep = state.graph!.nodes.slice(0, 3).map((n) => n.key);
    const [file] = session.exportGraph('json', keep);
    const exported = JSON.parse(file.content) as { nodes: Array<{ key: string }> };
    expect(exported.nodes.map((n) => n.key).sort()).toEqual([...keep].sort());
  });

  it.each([
    ['not JSON', 'nope'],
    ['wrong shape', '{"nodes": 1}'],
    [
      'edge to a missing node',
      JSON.stringify({
        attributes: { corpus: [], extractor: { name: 'x', version: '1' } },
        nodes: [],
        edges: [{ source: 'a', target: 'b', attributes: { relation: 'related_to', weight: 1 } }],
      }),
    ],
  ])(
    'refuses a malformed saved graph (%s) with GraphFormatError and keeps the current graph',
    async (_what, text) => {
      const session = new PlexusSession(new InProcessExtractor());
      await session.openFolder(SEEDS);
      const before = await session.whenIdle();
      expect(() => session.importGraph(text)).toThrow(expect.objectContaining({ name: 'GraphFormatError' }));
      expect(session.getState()).toBe(before);
    },
  );
});

describe('WorkerExtractor', () => {
  it('runs the pipeline in a worker thread', async () => {
    const outcome = await new WorkerExtractor().run({ kind: 'folder', path: SEEDS });
    expect(outcome.stats.documents).toBe(5);
    expect(outcome.graph.nodes.length).toBe(outcome.stats.nodes);
    expect(outcome.documents).toHaveLength(5);
  });

  it('cancels a job when its signal aborts', async () => {
    const controller = new AbortController();
    const running = new WorkerExtractor().run({ kind: 'folder', path: SEEDS }, controller.signal);
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('passes the worker error name back to the caller', async () => {
    const running = new WorkerExtractor().run({ kind: 'folder', path: '/no/such/folder' });
    await expect(running).rejects.toThrow(/no such file|not exist|cannot/i);
  });
});

async function vi_waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}
