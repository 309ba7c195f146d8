/**
 * Remembers the main window's size, position and maximised state between runs, in
 * `<userData>/window-state.json`. The file is validated (it may be hand-edited or corrupt) and the window
 * is kept on a screen that still exists (a laptop unplugged from its second monitor).
 */
import { mkdirSync, promises as fs, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../session/atomic-write';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let the OS centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WIDTH = 640;
export const MIN_HEIGHT = 420;
/** How much of the window must stay on some screen, so the user can still grab its title bar. */
const MIN_VISIBLE = 80;

const coordinate = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_WIDTH).max(100_000),
  height: z.number().int().min(MIN_HEIGHT).max(100_000),
  maximized: z.boolean(),
});

/** Validated state, or undefined for anything unexpected. */
export function parseWindowState(value: unknown): WindowState | undefined {
  const parsed = stateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Keeps the window usable on the screens attached now: no larger than the work area it is on (or the
 * first one), and re-centred if too little of it would be visible on any screen.
 */
export function fitToScreens(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const home =
    state.x !== undefined && state.y !== undefined ? bestArea(state as Rect, workAreas) : undefined;
  const area = home ?? workAreas[0];
  const width = Math.min(state.width, area.width);
  const height = Math.min(state.height, area.height);
  if (!home) return { width, height, maximized: state.maximized };
  const x = clamp(state.x!, area.x, area.x + area.width - width);
  const y = clamp(state.y!, area.y, area.y + area.height - height);
  return { x, y, width, height, maximized: state.maximized };
}

/** The work area showing most of the window, if any shows enough of it. */
function bestArea(window: Rect, areas: readonly Rect[]): Rect | undefined {
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of areas) {
    const w = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
    const h = Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
    if (w < MIN_VISIBLE || h < MIN_VISIBLE / 2) continue;
    if (w * h > bestOverlap) {
      bestOverlap = w * h;
      best = area;
    }
  }
  return best;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** The saved state fitted to the current screens; the default for a missing or invalid file. */
export async function loadWindowState(file: string, workAreas: readonly Rect[]): Promise<WindowState> {
  let saved: WindowState | undefined;
  try {
    saved = parseWindowState(JSON.parse(await fs.readFile(file, 'utf8')));
  } catch {
    saved = undefined;
  }
  return fitToScreens(saved ?? DEFAULT_WINDOW_STATE, workAreas);
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  const valid = parseWindowState(state);
  if (valid) await writeFileAtomically(file, `${JSON.stringify(valid, null, 2)}\n`);
}

/** At window close the app may quit before an async write finishes, so this one is synchronous. */
export function saveWindowStateSync(file: string, state: WindowState): void {
  const valid = parseWindowState(state);
  if (!valid) return;
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, `${JSON.stringify(valid, null, 2)}\n`);
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true }); // losing a window position is harmless
  }
}

/** The parts of a BrowserWindow that state tracking needs (a fake in tests). */
export interface TrackableWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

/** Saves the state shortly after each move or resize, and once more when the window closes. */
export function trackWindowState(window: TrackableWindow, file: string, delayMs = 500): void {
  let timer: NodeJS.Timeout | undefined;
  const snapshot = (): WindowState => {
    const { x, y, width, height } = window.getNormalBounds();
    const [rx, ry, rw, rh] = [x, y, width, height].map(Math.round);
    return { x: rx, y: ry, width: rw, height: rh, maximized: window.isMaximized() };
  };
  const save = (): void => {
    void saveWindowState(file, snapshot()).catch(() => undefined); // losing a window position is harmless
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later);
  window.on('close', () => {
    clearTimeout(timer);
    saveWindowStateSync(file, snapshot());
  });
}
