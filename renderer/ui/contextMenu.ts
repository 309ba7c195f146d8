/** The canvas context menu (right-click or long-press): what can be done with an entity or a relation. */
import type { Controller } from '../app/controller';
import { openMenu, type MenuEntry } from './menu';

export function installContextMenu(ctl: Controller, extra: { exportImage: () => void }): void {
  const a = ctl.actions;
  ctl.actions.setContextMenuHandler((target, x, y) => {
    const model = ctl.model();
    if (!model) return;
    let entries: MenuEntry[];
    if (target.kind === 'node' && target.id && model.graph.hasNode(target.id)) {
      const id = target.id;
      const focus = ctl.store.get().focus.present;
      const expanded = !!focus?.expanded.includes(id);
      entries = [
        { label: 'Focus on this entity', icon: 'focus', run: () => a.focus(id) },
        focus && focus.node !== id
          ? expanded
            ? { label: 'Collapse neighbours', icon: 'collapse', run: () => a.collapse(id) }
            : { label: 'Expand neighbours', icon: 'expand', run: () => a.expand(id) }
          : { label: 'Show neighbours', icon: 'expand', run: () => a.focus(id) },
        'separator',
        { label: 'Path from here', icon: 'route', run: () => a.setPathEnd('from', id) },
        { label: 'Path to here', icon: 'route', run: () => a.setPathEnd('to', id) },
        'separator',
        { label: 'Details', icon: 'details', run: () => a.select({ kind: 'node', id }) },
      ];
    } else if (target.kind === 'edge' && target.id) {
      const id = target.id;
      entries = [
        {
          label: 'Relation details and evidence',
          icon: 'details',
          run: () => a.select({ kind: 'edge', id }),
        },
      ];
    } else {
      entries = [
        { label: 'Fit to screen', icon: 'fit', shortcut: 'F', run: a.fit },
        { label: 'Re-run layout', icon: 'layout', shortcut: 'L', run: a.rerunLayout },
        ctl.store.get().focus.present
          ? { label: 'Show the whole graph', icon: 'close', run: a.exitFocus }
          : 'separator',
        { label: 'Export image…', icon: 'image', run: extra.exportImage },
      ];
    }
    openMenu(
      entries.filter(
        (e, i, all) =>
          !(e === 'separator' && (i === 0 || all[i - 1] === 'separator' || i === all.length - 1)),
      ),
      { x, y },
      'Graph actions',
    );
  });
}
