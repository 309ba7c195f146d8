import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaveResult } from '../../../electron/ipc/contract';
import {
  createInvokeHandlers,
  type SaveRequest,
  type ShellPlatform,
} from '../../../electron/session/handlers';
import { findAppRoot } from '../../../electron/session/paths';
import { readAppInfo } from '../../../electron/session/app-info';
import { PlexusSession } from '../../../electron/session/session';
import { InProcessExtractor } from '../../../electron/worker/in-process';

const SEEDS = path.resolve(__dirname, '../../../graph-data/corpus');

function fakePlatform(picks: { folder?: string; graph?: string } = {}) {
  const saved: SaveRequest[] = [];
  const platform: ShellPlatform = {
    pickCorpusFolder: async () => picks.folder,
    pickGraphFile: async () => picks.graph,
    saveFile: async (request): Promise<SaveResult> => {
      saved.push(request);
      return { saved: true, path: `/tmp/${request.suggestedName}` };
    },
    appInfo: () => readAppInfo(findAppRoot(__dirname), 'electron'),
  };
  return { platform, saved };
}

describe('invoke handlers', () => {
  it('returns the current state when the folder picker is cancelled', async () => {
    const session = new PlexusSession(new InProcessExtractor());
    const handlers = createInvokeHandlers(session, fakePlatform().platform);
    const before = session.getState();
    expect(await handlers.openCorpusDialog()).toBe(before);
    expect(await handlers.openGraphDialog()).toBe(before);
  });

  it('builds the picked folder', async () => {
    const session = new PlexusSession(new InProcessExtractor());
    const handlers = createInvokeHandlers(session, fakePlatform({ folder: SEEDS }).platform);
    expect((await handlers.openCorpusDialog()).status).toBe('loading');
    expect((await session.whenIdle()).stats?.documents).toBe(5);
  });

  it('opens a picked saved graph, and refuses a malformed one without losing the graph', async () => {
    const source = new PlexusSession(new InProcessExtractor());
    await source.openFolder(SEEDS);
    await source.whenIdle();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plexus-handlers-'));
    const good = path.join(dir, 'good.json');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(good, source.exportGraph('json')[0].content);
    writeFileSync(bad, '{"attributes": {}, "nodes": [], "edges": "x"}');

    const session = new PlexusSession(new InProcessExtractor());
    const opened = await createInvokeHandlers(
      session,
      fakePlatform({ graph: good }).platform,
    ).openGraphDialog();
    expect(opened).toMatchObject({ status: 'ready', source: { kind: 'graph-file', label: 'good.json' } });
    await expect(
      createInvokeHandlers(session, fakePlatform({ graph: bad }).platform).openGraphDialog(),
    ).rejects.toMatchObject({
      name: 'GraphFormatError',
    });
    expect(session.getState()).toBe(opened);
  });

  it('delegates saving to the platform and reports the app version', async () => {
    const { platform, saved } = fakePlatform();
    const handlers = createInvokeHandlers(new PlexusSession(new InProcessExtractor()), platform);
    const request = {
      suggestedName: 'g.json',
      mime: 'application/json',
      encoding: 'utf8' as const,
      data: '{}',
    };
    expect(await handlers.saveFile(request)).toEqual({ saved: true, path: '/tmp/g.json' });
    expect(saved).toEqual([request]);
    const info = await handlers.getAppInfo();
    expect(info).toMatchObject({ name: 'Plexus', mode: 'electron' });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.versions.node).toBe(process.versions.node);
  });
});
