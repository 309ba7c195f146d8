/**
 * Builds the page: toolbar, diagnostics banner, left rail (search, filters), canvas with its overlays,
 * right panel, and wires commands, keyboard, context menu, Electron menu events and graph updates.
 */
import { apiMode, createApi } from '../api';
import type { GraphState } from '../../electron/ipc/contract';
import { createController } from './controller';
import { loadSettingsRaw } from './persistence';
import { createFileOpeners } from './files';
import { runCommand, type Command } from './commands';
import { installKeyboard } from './keyboard';
import { parseSettings } from '../state/settings';
import { h } from '../ui/dom';
import { createToolbar } from '../ui/toolbar';
import { createBanner, createToast } from '../ui/banner';
import { createCombobox } from '../ui/combobox';
import { createFiltersPanel } from '../ui/filtersPanel';
import { createSidePanel } from '../ui/sidePanel';
import { createCanvasOverlays } from '../ui/canvasOverlays';
import { installContextMenu } from '../ui/contextMenu';
import { openImageExport } from '../ui/exportDialogs';

declare global {
  interface Window {
    /** Test hook, present only with `?plexus-test-hook=1` (benchmarks read Cytoscape through it). */
    __plexus?: unknown;
  }
}

export function startApp(root: HTMLElement, workerUrl: string | undefined): void {
  const api = createApi();
  const mode = apiMode();
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const settings = parseSettings(loadSettingsRaw(), prefersDark);
  document.documentElement.dataset.theme = settings.theme;
  document.documentElement.dataset.mode = mode;

  const canvas = h('div', {
    class: 'canvas',
    attrs: {
      id: 'cy',
      role: 'img',
      'aria-label':
        'Knowledge graph. Use the search box and the side panels to explore it with the keyboard.',
    },
  });
  const canvasWrap = h('section', { class: 'canvas-wrap', attrs: { 'aria-label': 'Graph' } }, [canvas]);
  const toolbarSlot = h('div');
  const left = h('aside', { class: 'left-rail', attrs: { 'aria-label': 'Search and filters' } });
  const workspace = h('main', { class: 'workspace' }, [left, canvasWrap]);
  root.replaceChildren(h('div', { class: 'app' }, [toolbarSlot, workspace]));

  const ctl = createController(api, mode, canvas, settings, workerUrl);
  const files = createFileOpeners(ctl);
  const run = (command: Command) => runCommand(ctl, files, command);

  const search = createCombobox({
    id: 'search',
    label: 'Search entities',
    placeholder: 'Search people, places, events…  ( / )',
    index: () => ctl.search(),
    onPick: (hit) => ctl.actions.focus(hit.id),
  });
  left.append(h('div', { class: 'rail-search' }, [search.el]), createFiltersPanel(ctl));
  workspace.append(createSidePanel(ctl));
  toolbarSlot.replaceWith(createToolbar(ctl, run), createBanner(ctl));
  createCanvasOverlays(ctl, canvasWrap, files.openCorpus);
  root.append(createToast(ctl), ...files.inputs);
  installContextMenu(ctl, { exportImage: () => openImageExport(ctl) });
  installKeyboard(ctl, run, () => search.focus());

  ctl.store.subscribe((state, prev) => {
    if (state.settings.theme !== prev.settings.theme)
      document.documentElement.dataset.theme = state.settings.theme;
  });

  if (new URLSearchParams(location.search).get('plexus-test-hook') === '1') {
    window.__plexus = { cy: ctl.view.cy, store: ctl.store, actions: ctl.actions };
  }

  // Graph updates: pushed by the main side, and fetched once at start (a push may predate the page).
  api.on('graphChanged', (state: GraphState) => ctl.actions.applyGraphState(state));
  api.on('menuCommand', (command) => run(command));
  api
    .getGraph()
    .then((state) => ctl.actions.applyGraphState(state))
    .catch((error: unknown) => {
      ctl.actions.applyGraphState({
        status: 'error',
        source: { kind: 'folder', label: '' },
        diagnostics: [],
        message: `${error instanceof Error ? error.message : String(error)} Restart Plexus; if this persists, check that the app or the "npm run web" server is running.`,
        // Any real state pushed later (the server came back) replaces this one.
        revision: -1,
      });
    });
}
