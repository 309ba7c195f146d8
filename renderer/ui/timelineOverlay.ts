/**
 * What the timeline draws over the canvas (it follows pan and zoom): the time axis with its ticks (the
 * dates of event columns in bold, scale marks in between), the caption of the area of entities linked to
 * no dated event, and a note: when there are no dated events, where dates come from; else how many
 * entities linked to no dated event are left out, with a button to show them (and to leave them out
 * again). Drawn as
 * HTML rather than as fake graph nodes, which would count in filters, exports and search.
 */
import type { Controller } from '../app/controller';
import { thinTicks, type TimelineLayout } from '../layout/timeline';
import { h, plural, replaceChildren } from './dom';

export const NO_DATED_EVENTS =
  "No dated events in these articles: dates come from explicit dates and the article's date.";

export function createTimelineOverlay(ctl: Controller, canvasWrap: HTMLElement): void {
  const axis = h('div', { class: 'timeline-axis', attrs: { 'aria-hidden': 'true' } });
  const caption = h('div', { class: 'timeline-caption' });
  // A note over the canvas: no dated events, or entities without a dated event left out (with a toggle).
  const noteText = h('span');
  const noteButton = h('button', {
    class: 'btn btn-small',
    attrs: { type: 'button' },
    on: { click: () => ctl.store.update((st) => ({ ...st, showUndated: !st.showUndated })) },
  });
  const note = h('div', { class: 'timeline-note', attrs: { role: 'status' } }, [noteText, noteButton]);
  for (const el of [axis, caption, note]) el.hidden = true;
  canvasWrap.append(axis, caption, note);

  /** Where the time axis runs off the canvas, what to do to see the rest (else empty). */
  const offCanvas = (layout: TimelineLayout, toX: (x: number) => number): string => {
    const width = ctl.view.cy.width();
    const earlier = toX(layout.axisStart) < 0;
    const later = toX(layout.axisEnd) > width;
    if (!earlier && !later) return '';
    const side =
      earlier && later ? 'Earlier and later dates are' : earlier ? 'Earlier dates are' : 'Later dates are';
    return `${side} off the canvas: drag sideways or zoom out (−) to see them. `;
  };

  const renderNote = (layout: TimelineLayout, hint: string) => {
    const leftOut = ctl.undatedLeftOut();
    const setAside = layout.dated.size > 0 && layout.undated.length > 0;
    note.hidden = layout.dated.size > 0 && leftOut === 0 && !setAside && !hint;
    noteButton.hidden = leftOut === 0 && !setAside;
    if (layout.dated.size === 0) noteText.textContent = NO_DATED_EVENTS;
    else if (leftOut > 0)
      noteText.textContent = `${plural(leftOut, 'entity', 'entities')} linked to no dated event ${leftOut === 1 ? 'is' : 'are'} left out of the timeline.`;
    else
      noteText.textContent = `${plural(layout.undated.length, 'entity', 'entities')} linked to no dated event are set aside under the axis.`;
    if (layout.dated.size > 0 && leftOut === 0 && !setAside) noteText.textContent = '';
    noteText.textContent = hint + noteText.textContent;
    noteButton.textContent = leftOut > 0 ? 'Show them' : 'Leave them out';
  };

  const render = (layout: TimelineLayout | null) => {
    const active = !!layout && ctl.store.get().settings.layout === 'timeline';
    const { cy } = ctl.view;
    const z = cy.zoom();
    const pan = cy.pan();
    const toX = (x: number) => Math.round(x * z + pan.x);
    const toY = (y: number) => Math.round(y * z + pan.y);

    axis.hidden = !active || !layout.ticks.length;
    caption.hidden = !active || layout.undatedTop === null || !layout.undated.length;
    if (!active) {
      note.hidden = true;
      return;
    }
    renderNote(layout, offCanvas(layout, toX));

    if (!axis.hidden) {
      axis.style.transform = `translateY(${toY(layout.axisY)}px)`;
      const line = h('div', { class: 'axis-line' });
      line.style.left = `${toX(layout.axisStart)}px`;
      line.style.width = `${Math.max(0, Math.round((layout.axisEnd - layout.axisStart) * z))}px`;
      replaceChildren(axis, [
        line,
        ...thinTicks(layout.ticks, z).map((t) => {
          const tick = h('div', { class: `axis-tick ${t.kind}` }, [h('span', { text: t.label })]);
          tick.style.left = `${toX(t.x)}px`;
          return tick;
        }),
      ]);
    }
    if (!caption.hidden) {
      const words =
        layout.dated.size > 0
          ? `Not linked to a dated event: ${plural(layout.undated.length, 'entity', 'entities')} (their relations show on hover)`
          : `${plural(layout.undated.length, 'entity', 'entities')} without a date`;
      caption.textContent = words;
      caption.style.transform = `translate(${toX(layout.axisStart)}px, ${toY(layout.undatedTop!) - 28}px)`;
    }
  };

  ctl.onTimeline(render);
  ctl.view.cy.on('viewport', () => render(ctl.timeline()));
  ctl.store.subscribe((state, prev) => {
    if (state.settings.layout !== prev.settings.layout && state.settings.layout !== 'timeline') render(null);
  });
}
