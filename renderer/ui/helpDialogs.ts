/** The keyboard shortcuts overlay (`?`) and the About box (version, mode, licences). */
import type { Controller } from '../app/controller';
import { h } from './dom';
import { openDialog } from './dialog';

export const SHORTCUTS: Array<[keys: string, action: string]> = [
  ['/  or  Ctrl+K', 'Search entities'],
  ['Enter', 'Focus the highlighted search result'],
  ['Alt+←  /  Alt+→', 'Back / forward through focus history'],
  ['Esc', 'Close a menu or dialog; leave focus mode; clear the selection'],
  ['Double-click', 'Focus an entity; in focus mode, expand or collapse it'],
  ['Right-click', 'Entity menu: focus, expand, path from/to'],
  ['1  /  2', 'Focus depth: 1 or 2 hops'],
  ['F', 'Fit the graph to the window'],
  ['+  /  −', 'Zoom in / out'],
  ['L', 'Re-run the layout'],
  ['T', 'Switch light / dark theme'],
  ['P', 'Path finder'],
  ['S', 'Statistics'],
  ['Ctrl+E', 'Export image'],
  ['Ctrl+Shift+E', 'Export data'],
  ['Ctrl+O', 'Open a folder or files'],
  ['?', 'This list'],
];

export function openShortcuts(): void {
  const dialog = openDialog(
    'Keyboard shortcuts',
    [
      h('table', { class: 'shortcuts' }, [
        h(
          'tbody',
          {},
          SHORTCUTS.map(([keys, action]) =>
            h('tr', {}, [
              h(
                'td',
                {},
                keys
                  .split('  ')
                  .map((k) =>
                    k.trim() === 'or' || k.trim() === '/'
                      ? h('span', { class: 'muted', text: ` ${k.trim()} ` })
                      : h('kbd', { text: k.trim() }),
                  ),
              ),
              h('td', { text: action }),
            ]),
          ),
        ),
      ]),
    ],
    [
      h('button', {
        class: 'btn btn-primary',
        text: 'Close',
        attrs: { type: 'button' },
        on: { click: () => dialog.close() },
      }),
    ],
    { id: 'help-dialog' },
  );
}

export async function openAbout(ctl: Controller): Promise<void> {
  let body: HTMLElement[];
  try {
    const info = await ctl.api.getAppInfo();
    body = [
      h('p', { class: 'about-name' }, [
        h('strong', { text: `${info.name} ${info.version}` }),
        h('span', {
          class: 'muted',
          text: ` · ${info.mode === 'electron' ? 'desktop app' : 'browser mode'}`,
        }),
      ]),
      h('p', {
        text: 'Turns a corpus of news articles into a knowledge graph of people, organizations, places, policies and events, with the evidence sentence behind every link. Works offline: nothing leaves this computer.',
      }),
      Object.keys(info.versions).length
        ? h('p', {
            class: 'muted',
            text: Object.entries(info.versions)
              .map(([k, v]) => `${k} ${v}`)
              .join(' · '),
          })
        : h('span'),
      h('h3', { text: `Third-party software (${info.licences.length})` }),
      info.licences.length
        ? h(
            'ul',
            { class: 'licences' },
            info.licences.map((l) =>
              h('li', {}, [h('span', { text: l.name }), h('span', { class: 'muted', text: l.licence })]),
            ),
          )
        : h('p', { class: 'muted', text: 'The licence list is generated when the app is built.' }),
    ];
  } catch (error) {
    body = [
      h('p', {
        class: 'form-error',
        text: `Could not read the app information: ${error instanceof Error ? error.message : String(error)}`,
      }),
    ];
  }
  const dialog = openDialog(
    'About Plexus',
    body,
    [
      h('button', {
        class: 'btn btn-primary',
        text: 'Close',
        attrs: { type: 'button' },
        on: { click: () => dialog.close() },
      }),
    ],
    { id: 'about-dialog' },
  );
}
