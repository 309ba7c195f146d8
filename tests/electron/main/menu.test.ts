import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../electron/ipc/contract';
import { buildMenuTemplate } from '../../../electron/window/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(options: { isMac?: boolean; isDev?: boolean } = {}) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    appName: 'Plexus',
    isMac: options.isMac ?? false,
    isDev: options.isDev ?? false,
    send: (command) => sent.push(command),
  });
  return { template, items: flatten(template), sent };
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('application menu', () => {
  it('has File, Edit, View and Help (and the app menu first on macOS)', () => {
    expect(build().template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'help']);
    expect(build({ isMac: true }).template.map((m) => m.label ?? m.role)).toEqual([
      'Plexus',
      'File',
      'Edit',
      'View',
      'help',
    ]);
  });

  it('lists the File items in order, with Quit outside macOS', () => {
    const file = build().template[0].submenu as MenuItemConstructorOptions[];
    expect(file.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'Open Corpus Folder…',
      'Open Graph…',
      'Export Image…',
      'Export Graph…',
      'Quit',
    ]);
  });

  it('sends every page command from some item, exactly once per click', () => {
    const { items, sent } = build();
    const clickable = items.filter((i) => typeof i.click === 'function');
    for (const item of clickable) click(item);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
    expect(sent).toHaveLength(clickable.length);
  });

  it.each([
    ['open-corpus', 'CmdOrCtrl+O'],
    ['open-graph', 'CmdOrCtrl+Shift+O'],
    ['fit', 'CmdOrCtrl+0'],
    ['zoom-in', 'CmdOrCtrl+Plus'],
    ['zoom-out', 'CmdOrCtrl+-'],
  ])('gives %s the shortcut %s', (id, accelerator) => {
    expect(build().items.find((i) => i.id === id)?.accelerator).toBe(accelerator);
  });

  it('offers DevTools only in development', () => {
    expect(build({ isDev: false }).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build({ isDev: true }).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('has no duplicate accelerators', () => {
    const accelerators = build()
      .items.map((i) => i.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
