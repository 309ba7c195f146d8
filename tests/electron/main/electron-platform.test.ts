import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('electron', () => import('../../support/fake-electron'));
import { dialog, fake } from '../../support/fake-electron';
import { electronPlatform, saveFilters } from '../../../electron/window/electron-platform';
import { findAppRoot } from '../../../electron/session/paths';

function platform() {
  return electronPlatform({
    dialog: dialog as never,
    window: () => undefined,
    appRoot: findAppRoot(__dirname),
    documentsDir: '/home/me/Documents',
  });
}

describe('Electron platform (dialogs and saving)', () => {
  beforeEach(() => fake.reset());

  it('returns the picked folder, or undefined when cancelled', async () => {
    fake.openDialogAnswers.push(
      { canceled: false, filePaths: ['/data/articles'] },
      { canceled: true, filePaths: [] },
    );
    expect(await platform().pickCorpusFolder()).toBe('/data/articles');
    expect(await platform().pickCorpusFolder()).toBeUndefined();
    expect(fake.dialogCalls[0].options.properties).toEqual(['openDirectory']);
  });

  it('writes text and binary files where the user chose', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plexus-save-'));
    fake.saveDialogAnswers.push(
      { canceled: false, filePath: path.join(dir, 'g.json') },
      { canceled: false, filePath: path.join(dir, 'p.png') },
    );
    const json = await platform().saveFile({
      suggestedName: 'g.json',
      mime: 'application/json',
      encoding: 'utf8',
      data: '{"é":1}',
    });
    expect(json).toEqual({ saved: true, path: path.join(dir, 'g.json') });
    expect(readFileSync(path.join(dir, 'g.json'), 'utf8')).toBe('{"é":1}');
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    await platform().saveFile({
      suggestedName: 'p.png',
      mime: 'image/png',
      encoding: 'base64',
      data: bytes.toString('base64'),
    });
    expect(readFileSync(path.join(dir, 'p.png'))).toEqual(bytes);
    expect(fake.dialogCalls[0].options.defaultPath).toBe(path.join('/home/me/Documents', 'g.json'));
  });

  it('reports a cancelled save', async () => {
    expect(
      await platform().saveFile({
        suggestedName: 'g.json',
        mime: 'application/json',
        encoding: 'utf8',
        data: '{}',
      }),
    ).toEqual({ saved: false });
  });

  it.each([
    ['graph.json', 'Graph JSON'],
    ['figure.PNG', 'PNG image'],
    ['graph.gexf', 'GEXF (Gephi)'],
    ['notes.xyz', 'All Files'],
  ])('offers a filter for %s', (name, first) => {
    expect(saveFilters(name)[0].name).toBe(first);
    expect(saveFilters(name).at(-1)!.name).toBe('All Files');
  });
});
