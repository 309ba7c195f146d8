/**
 * The compact toolbar: where the graph came from, opening material, history, layout and encodings,
 * publishing, theme and help. Every command here is also in the Electron menu and on the keyboard.
 */
import type { Controller } from '../app/controller';
import type { AppState } from '../app/state';
import type { Command } from '../app/commands';
import { canGoBack, canGoForward } from '../state/history';
import { LAYOUTS, LAYOUT_LABELS, type ColorMode, type LayoutName } from '../state/settings';
import { METRIC_LABELS, SIZE_METRICS, type SizeMetric } from '../graph/model';
import { h, plural, replaceChildren } from './dom';
import { icon, type IconName } from './icons';
import { menuButton } from './menu';

function toolButton(
  label: string,
  iconName: IconName,
  onClick: () => void,
  options: { iconOnly?: boolean; id?: string; shortcut?: string } = {},
) {
  const title = options.shortcut ? `${label} (${options.shortcut})` : label;
  return h(
    'button',
    {
      class: `btn${options.iconOnly ? ' btn-icon' : ''}`,
      title,
      attrs: { type: 'button', id: options.id, 'aria-label': options.iconOnly ? label : undefined },
      on: { click: onClick },
    },
    [icon(iconName), options.iconOnly ? null : h('span', { text: label })],
  );
}

function select<T extends string>(
  id: string,
  label: string,
  options: ReadonlyArray<{ value: T; label: string }>,
  onChange: (v: T) => void,
): HTMLSelectElement {
  const el = h(
    'select',
    {
      class: 'select',
      attrs: { id, 'aria-label': label },
      title: label,
      on: { change: () => onChange(el.value as T) },
    },
    options.map((o) => h('option', { attrs: { value: o.value }, text: o.label })),
  );
  return el;
}

export function createToolbar(ctl: Controller, run: (command: Command) => void): HTMLElement {
  const a = ctl.actions;
  const electron = ctl.mode === 'electron';
  const source = h('div', { class: 'source', attrs: { id: 'source-label' } });

  const open = menuButton('Open', 'folder', () =>
    electron
      ? [
          { label: 'Open folder…', icon: 'folder', shortcut: 'Ctrl+O', run: () => run('open-corpus') },
          { label: 'Open graph file…', icon: 'file', run: () => run('open-graph') },
        ]
      : [
          { label: 'Import a folder…', icon: 'folder', shortcut: 'Ctrl+O', run: () => run('open-corpus') },
          { label: 'Import files…', icon: 'upload', run: () => run('import-files') },
          { label: 'Open graph file…', icon: 'file', run: () => run('open-graph') },
        ],
  );
  const backButton = toolButton('Back', 'back', () => run('back'), {
    iconOnly: true,
    id: 'history-back',
    shortcut: 'Alt+←',
  });
  const forwardButton = toolButton('Forward', 'forward', () => run('forward'), {
    iconOnly: true,
    id: 'history-forward',
    shortcut: 'Alt+→',
  });

  const layout = select<LayoutName>(
    'layout-select',
    'Layout',
    LAYOUTS.map((l) => ({ value: l, label: LAYOUT_LABELS[l] })),
    (v) => run(`layout:${v}` as Command),
  );
  const sizeBy = select<SizeMetric>(
    'size-select',
    'Node size',
    SIZE_METRICS.map((m) => ({ value: m, label: `Size: ${METRIC_LABELS[m]}` })),
    (v) => a.setSetting('sizeBy', v),
  );
  const colorBy = select<ColorMode>(
    'color-select',
    'Node colour',
    [
      { value: 'type', label: 'Colour: type' },
      { value: 'community', label: 'Colour: community' },
    ],
    (v) => a.setSetting('colorBy', v),
  );
  const rerun = toolButton('Re-run layout', 'layout', () => run('layout:rerun'), {
    iconOnly: true,
    shortcut: 'L',
  });
  const themeButton = toolButton('Switch theme', 'moon', () => run('theme:toggle'), {
    iconOnly: true,
    id: 'theme-toggle',
    shortcut: 'T',
  });

  const bar = h('header', { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Plexus' } }, [
    h('div', { class: 'brand' }, [
      h('span', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'brand-name', text: 'Plexus' }),
    ]),
    source,
    h('div', { class: 'toolbar-group' }, [open]),
    h('div', { class: 'toolbar-group', attrs: { role: 'group', 'aria-label': 'Focus history' } }, [
      backButton,
      forwardButton,
    ]),
    h('div', { class: 'toolbar-group', attrs: { role: 'group', 'aria-label': 'View' } }, [
      layout,
      rerun,
      sizeBy,
      colorBy,
    ]),
    h('div', { class: 'toolbar-group', attrs: { role: 'group', 'aria-label': 'Publish' } }, [
      toolButton('Export image', 'image', () => run('export-image'), {
        id: 'export-image-button',
        shortcut: 'Ctrl+E',
      }),
      toolButton('Export data', 'download', () => run('export-graph'), {
        id: 'export-data-button',
        shortcut: 'Ctrl+Shift+E',
      }),
    ]),
    h('div', { class: 'toolbar-spacer' }),
    h('div', { class: 'toolbar-group' }, [
      themeButton,
      toolButton('Keyboard shortcuts', 'keyboard', () => run('help:shortcuts'), {
        iconOnly: true,
        shortcut: '?',
      }),
      toolButton('About Plexus', 'info', () => run('help:about'), { iconOnly: true }),
    ]),
  ]);

  const render = (state: AppState) => {
    backButton.disabled = !canGoBack(state.focus);
    forwardButton.disabled = !canGoForward(state.focus);
    layout.value = state.settings.layout;
    sizeBy.value = state.settings.sizeBy;
    colorBy.value = state.settings.colorBy;
    const ready = state.status === 'ready';
    for (const el of [layout, sizeBy, colorBy, rerun]) el.disabled = !ready;
    replaceChildren(themeButton, [icon(state.settings.theme === 'dark' ? 'sun' : 'moon')]);
    themeButton.title = state.settings.theme === 'dark' ? 'Light theme (T)' : 'Dark theme (T)';
    themeButton.setAttribute('aria-label', themeButton.title);
    const stats = state.stats;
    replaceChildren(
      source,
      state.source
        ? [
            h('span', { class: 'source-name', text: sourceName(state.source), title: state.source.label }),
            stats
              ? h('span', {
                  class: 'source-stats',
                  text: `${plural(stats.documents, 'article')} · ${plural(stats.nodes, 'entity', 'entities')}`,
                })
              : null,
          ]
        : [],
    );
  };
  ctl.store.subscribe((state, prev) => {
    if (
      state.focus !== prev.focus ||
      state.settings !== prev.settings ||
      state.status !== prev.status ||
      state.source !== prev.source ||
      state.stats !== prev.stats
    )
      render(state);
  });
  render(ctl.store.get());
  return bar;
}

/** A short name for where the graph came from: the folder or file name, not the whole path. */
export function sourceName(source: { kind: string; label: string }): string {
  if (source.kind !== 'folder' && source.kind !== 'graph-file') return source.label;
  const parts = source.label.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? source.label;
}
