/**
 * Diagnostics banner: "2 files skipped" (and other per-file problems) under the toolbar, expandable into
 * the list of files and what to do about each. Also the transient notice (toast) for one-off messages.
 */
import type { Controller } from '../app/controller';
import type { AppState } from '../app/state';
import type { Diagnostic } from '../../electron/ipc/contract';
import { h, plural, replaceChildren } from './dom';
import { icon } from './icons';

export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const files = new Set(errors.map((d) => d.file).filter(Boolean));
  const parts: string[] = [];
  if (files.size) parts.push(`${plural(files.size, 'file')} skipped`);
  else if (errors.length) parts.push(plural(errors.length, 'error'));
  if (warnings.length) parts.push(plural(warnings.length, 'warning'));
  if (!parts.length && diagnostics.length) parts.push(plural(diagnostics.length, 'note'));
  return parts.join(', ');
}

export function createBanner(ctl: Controller): HTMLElement {
  const banner = h('div', {
    class: 'banner',
    attrs: { role: 'region', 'aria-label': 'Problems with some files' },
  });
  const render = (state: AppState) => {
    const diagnostics = [...state.diagnostics];
    const skipped = ctl.model()?.skipped ?? [];
    for (const message of skipped)
      diagnostics.push({ severity: 'warning', code: 'graph-item-skipped', message });
    const relevant = diagnostics.filter((d) => d.severity !== 'info');
    banner.hidden = relevant.length === 0;
    if (banner.hidden) return;
    replaceChildren(banner, [
      h('details', { class: 'banner-details' }, [
        h('summary', {}, [
          icon('warning', 16),
          h('strong', { text: summarizeDiagnostics(relevant) }),
          h('span', { class: 'muted', text: ' — the rest of the corpus loaded. Show details' }),
        ]),
        h(
          'ul',
          { class: 'diagnostics' },
          relevant.map((d) =>
            h('li', { class: `diagnostic severity-${d.severity}` }, [
              d.file ? h('code', { text: d.file }) : null,
              h('span', { text: d.message }),
            ]),
          ),
        ),
      ]),
    ]);
  };
  ctl.store.subscribe((state, prev) => {
    if (
      state.diagnostics !== prev.diagnostics ||
      state.graphVersion !== prev.graphVersion ||
      state.status !== prev.status
    )
      render(state);
  });
  render(ctl.store.get());
  return banner;
}

export function createToast(ctl: Controller): HTMLElement {
  const toast = h('div', { class: 'toast', attrs: { role: 'status', 'aria-live': 'polite' } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  ctl.store.subscribe((state, prev) => {
    if (state.notice === prev.notice) return;
    toast.hidden = !state.notice;
    if (!state.notice) return;
    replaceChildren(toast, [
      h('span', { text: state.notice }),
      h(
        'button',
        {
          class: 'btn btn-icon btn-small',
          title: 'Dismiss',
          attrs: { type: 'button', 'aria-label': 'Dismiss' },
          on: { click: ctl.actions.dismissNotice },
        },
        [icon('close', 14)],
      ),
    ]);
    if (timer) clearTimeout(timer);
    timer = setTimeout(ctl.actions.dismissNotice, 9000);
  });
  toast.hidden = true;
  return toast;
}
