import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToScreens,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type Rect,
} from '../../../electron/window/window-state';

const LAPTOP: Rect = { x: 0, y: 0, width: 1440, height: 900 };
const MONITOR: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

function tempFile(content?: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'plexus-window-')), 'window-state.json');
  if (content !== undefined) writeFileSync(file, content);
  return file;
}

describe('window state', () => {
  it.each([
    [{ x: 10, y: 20, width: 1000, height: 700, maximized: false }, true],
    [{ width: 1000, height: 700, maximized: true }, true],
    [{ x: 10, y: 20, width: 100, height: 700, maximized: false }, false],
    [{ x: 10.5, y: 20, width: 1000, height: 700, maximized: false }, false],
    [{ x: 10, y: 20, width: 1000, height: 700 }, false],
    [{ x: '10', y: 20, width: 1000, height: 700, maximized: false }, false],
    [{ x: 1e9, y: 20, width: 1000, height: 700, maximized: false }, false],
    [null, false],
    [[], false],
  ])('accepts %j: %s', (value, valid) => {
    expect(parseWindowState(value) !== undefined).toBe(valid);
  });

  it.each<[string, Parameters<typeof fitToScreens>[0], Rect[], ReturnType<typeof fitToScreens>]>([
    [
      'keeps a window that is on screen',
      { x: 100, y: 50, width: 1000, height: 700, maximized: false },
      [LAPTOP],
      { x: 100, y: 50, width: 1000, height: 700, maximized: false },
    ],
    [
      'keeps a window on the second monitor',
      { x: 2000, y: 100, width: 1600, height: 1000, maximized: true },
      [LAPTOP, MONITOR],
      { x: 2000, y: 100, width: 1600, height: 1000, maximized: true },
    ],
    [
      're-centres a window whose monitor is gone, shrunk to the screen',
      { x: 2000, y: 100, width: 1600, height: 1000, maximized: false },
      [LAPTOP],
      { width: 1440, height: 900, maximized: false },
    ],
    [
      'pulls back a window hanging off the edge',
      { x: 1300, y: 600, width: 1000, height: 700, maximized: false },
      [LAPTOP],
      { x: 440, y: 200, width: 1000, height: 700, maximized: false },
    ],
    [
      'shrinks a window larger than its screen',
      { width: 3000, height: 2000, maximized: false },
      [LAPTOP],
      { width: 1440, height: 900, maximized: false },
    ],
  ])('%s', (_what, state, screens, expected) => {
    expect(fitToScreens(state, screens)).toEqual(expected);
  });

  it('saves and loads the state', async () => {
    const file = tempFile();
    await saveWindowState(file, { x: 30, y: 40, width: 900, height: 600, maximized: true });
    expect(await loadWindowState(file, [LAPTOP])).toEqual({
      x: 30,
      y: 40,
      width: 900,
      height: 600,
      maximized: true,
    });
  });

  it.each([['{ broken json'], ['{"width": -5}'], ['"a string"'], ['']])(
    'falls back to the default for %j',
    async (content) => {
      expect(await loadWindowState(tempFile(content), [MONITOR])).toEqual(DEFAULT_WINDOW_STATE);
    },
  );

  it('uses the default when there is no file yet', async () => {
    expect(await loadWindowState(tempFile(), [LAPTOP])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('never writes an invalid state', async () => {
    const file = tempFile();
    await saveWindowState(file, { width: 10, height: 10, maximized: false });
    expect(existsSync(file)).toBe(false);
  });

  it('writes the bounds when the window closes', () => {
    const file = tempFile();
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 12.4, y: 34.6, width: 1001.2, height: 702.7 }),
      isMaximized: () => false,
    });
    trackWindowState(window, file, 10_000);
    window.emit('resize');
    expect(existsSync(file)).toBe(false); // debounced
    window.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 12,
      y: 35,
      width: 1001,
      height: 703,
      maximized: false,
    });
  });
});
