/** The right panel: Details, Path, Article (reader) and Statistics tabs (ARIA tabs pattern). */
import type { Controller } from '../app/controller';
import type { PanelTab } from '../app/state';
import { h } from './dom';
import { icon, type IconName } from './icons';
import { createDetailsPanel } from './detailsPanel';
import { createPathPanel } from './pathPanel';
import { createReaderPanel } from './readerPanel';
import { createStatsPanel } from './statsPanel';

const TABS: Array<{ id: PanelTab; label: string; icon: IconName }> = [
  { id: 'details', label: 'Details', icon: 'details' },
  { id: 'path', label: 'Path', icon: 'route' },
  { id: 'reader', label: 'Article', icon: 'book' },
  { id: 'stats', label: 'Statistics', icon: 'chart' },
];

export function createSidePanel(ctl: Controller): HTMLElement {
  const panels: Record<PanelTab, HTMLElement> = {
    details: createDetailsPanel(ctl),
    path: createPathPanel(ctl),
    reader: createReaderPanel(ctl),
    stats: createStatsPanel(ctl),
  };
  const buttons = TABS.map((tab) =>
    h(
      'button',
      {
        class: 'tab',
        attrs: { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `tabpanel-${tab.id}` },
        on: { click: () => ctl.actions.setTab(tab.id) },
      },
      [icon(tab.icon, 16), h('span', { text: tab.label })],
    ),
  );
  const tablist = h(
    'div',
    { class: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Side panel' } },
    buttons,
  );
  tablist.addEventListener('keydown', (event) => {
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    const next = (i + delta + TABS.length) % TABS.length;
    ctl.actions.setTab(TABS[next].id);
    buttons[next].focus();
    event.preventDefault();
  });
  const bodies = TABS.map((tab) =>
    h(
      'div',
      {
        class: 'tabpanel',
        attrs: {
          role: 'tabpanel',
          id: `tabpanel-${tab.id}`,
          'aria-labelledby': `tab-${tab.id}`,
          tabindex: 0,
        },
      },
      [panels[tab.id]],
    ),
  );
  const aside = h('aside', { class: 'side-panel', attrs: { 'aria-label': 'Details and evidence' } }, [
    tablist,
    ...bodies,
  ]);

  const render = (tab: PanelTab) => {
    TABS.forEach((t, i) => {
      const selected = t.id === tab;
      buttons[i].setAttribute('aria-selected', String(selected));
      buttons[i].tabIndex = selected ? 0 : -1;
      bodies[i].hidden = !selected;
    });
    aside.classList.toggle('is-wide', tab === 'reader');
  };
  ctl.store.subscribe((state, prev) => state.tab !== prev.tab && render(state.tab));
  render(ctl.store.get().tab);
  return aside;
}
