import { describe, expect, it } from 'vitest';
import {
  datePrecision,
  eventDate,
  formatDate,
  parseDate,
  thinTicks,
  timeTicks,
  timelineLayout,
  timelineMembers,
  type TimelineLayout,
  type TimelineNode,
  type TimelineTick,
} from '../../renderer/layout/timeline';
import { nodeBox } from '../../renderer/layout/overlap';
import { anyOverlap } from '../../renderer/layout/overlap';
import { composeVisibility } from '../../renderer/app/visibility';
import { model } from './helpers';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('dates', () => {
  it.each([
    ['2019-04-24', utc(2019, 4, 24)],
    ['2025-02', utc(2025, 2)],
    ['2020', utc(2020, 1)],
    ['2019-13-01', undefined],
    ['yesterday', undefined],
    [undefined, undefined],
  ])('parses %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it("uses the event's own date, else its earliest article", () => {
    const docs = new Map([
      ['a', '2020-05-01'],
      ['b', '2019-01-02'],
      ['c', undefined],
    ]);
    expect(eventDate({ id: 'e', type: 'event', date: '2001-09-11', docs: ['a'] }, docs)).toBe(
      utc(2001, 9, 11),
    );
    expect(eventDate({ id: 'e', type: 'event', docs: ['a', 'b', 'c'] }, docs)).toBe(utc(2019, 1, 2));
    expect(eventDate({ id: 'e', type: 'event', docs: ['c'] }, docs)).toBeUndefined();
  });

  it.each([
    [utc(2019, 4, 1), utc(2019, 4, 5), '1 Apr 2019', 5],
    [utc(2019, 1, 15), utc(2019, 12, 20), 'Feb 2019', 10],
    [utc(2001, 3, 1), utc(2025, 1, 1), '2002', 10],
  ])('ticks between two dates: first %#', (start, end, first, maxCount) => {
    const ticks = timeTicks(start, end);
    expect(ticks[0].label).toBe(first);
    expect(ticks.length).toBeLessThanOrEqual(maxCount);
    for (const t of ticks) expect(t.time >= start && t.time <= end).toBe(true);
  });
});

describe('date precision', () => {
  it.each([
    ['1989', 'year', '1989'],
    ['1989-12', 'month', 'Dec 1989'],
    ['1989-12-20', 'day', '20 Dec 1989'],
  ] as const)('%s is known to the %s and shown as "%s"', (value, precision, shown) => {
    expect(datePrecision(value)).toBe(precision);
    expect(formatDate(parseDate(value)!, precision)).toBe(shown);
  });
});

/** A news story: an old invasion, three events on two days in 2025, actors, and unrelated entities. */
const story: TimelineNode[] = [
  { id: 'invasion', type: 'event', date: '1989-12-20', docs: [] },
  { id: 'deployment', type: 'event', docs: ['b'], priority: 5 },
  { id: 'strikes', type: 'event', docs: ['b'], priority: 3 },
  { id: 'summit', type: 'event', date: '2025-09-03', docs: [] },
  { id: 'undated-report', type: 'event', docs: [] },
  { id: 'noriega', type: 'person', docs: [], priority: 2 },
  { id: 'trump', type: 'person', docs: [], priority: 9 },
  { id: 'pentagon', type: 'organization', docs: [], priority: 4 },
  { id: 'mexico', type: 'place', docs: [], priority: 6 },
  { id: 'loner', type: 'place', docs: [] },
  { id: 'mueller', type: 'person', docs: [] },
].map((n) => ({ ...n, size: 30, label: { width: 100, height: 20 } }));
const storyEdges: Array<[string, string]> = [
  ['noriega', 'invasion'],
  ['trump', 'deployment'],
  ['trump', 'strikes'],
  ['pentagon', 'deployment'],
  ['mexico', 'deployment'],
  ['trump', 'summit'],
  ['mueller', 'undated-report'],
  ['trump', 'mexico'],
];
const storyDates = new Map([['b', '2025-09-02']]);

function boxesOf(layout: TimelineLayout, ids: string[]) {
  return ids.map((id) => nodeBox(id, layout.positions.get(id)!, 30, { width: 100, height: 20 }));
}

describe('timeline layout', () => {
  const layout = timelineLayout({ nodes: story, edges: storyEdges, docDates: storyDates });
  const pos = (id: string) => layout.positions.get(id)!;

  it('places every node, and nothing over anything else', () => {
    expect(layout.positions.size).toBe(story.length);
    expect(
      anyOverlap(
        boxesOf(
          layout,
          story.map((n) => n.id),
        ),
      ),
    ).toBe(false);
  });

  it('stands dated events above the axis, in date order; events of the same day share a column', () => {
    expect(pos('invasion').x).toBeLessThan(pos('deployment').x);
    expect(pos('deployment').x).toBe(pos('strikes').x);
    expect(pos('deployment').x).toBeLessThan(pos('summit').x);
    for (const id of ['invasion', 'deployment', 'strikes', 'summit'])
      expect(pos(id).y).toBeLessThan(layout.axisY);
    // The more important event of the day stands nearest the axis.
    expect(pos('deployment').y).toBeGreaterThan(pos('strikes').y);
  });

  it("stacks each event's actors above its column, an actor once, in the column it is most linked to", () => {
    expect(pos('noriega').x).toBe(pos('invasion').x);
    expect(pos('noriega').y).toBeLessThan(pos('invasion').y);
    // Trump has two relations on 2 Sep 2025 and one on 3 Sep: he stands in the 2 Sep column.
    const column = (id: string) => Math.abs(pos(id).x - pos('deployment').x) < 150;
    expect(['trump', 'pentagon', 'mexico'].every(column)).toBe(true);
    for (const id of ['trump', 'pentagon', 'mexico']) expect(pos(id).y).toBeLessThan(pos('strikes').y);
  });

  it('pushes columns of nearby dates apart for their labels and keeps the axis truthful', () => {
    // 2 and 3 Sep 2025 are one day apart on a 36-year scale: their columns still do not overlap.
    expect(pos('summit').x - pos('deployment').x).toBeGreaterThanOrEqual(100);
    const events = layout.ticks.filter((t) => t.kind === 'event');
    expect(events.map((t) => t.label)).toEqual(['20 Dec 1989', '2 Sep 2025', '3 Sep 2025']);
    expect(events.map((t) => t.x)).toEqual([pos('invasion').x, pos('deployment').x, pos('summit').x]);
    // Scale ticks keep their order along the compressed axis.
    const years = layout.ticks.filter((t) => t.kind === 'scale').map((t) => t.x);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('sets aside what links to no dated event under the axis, below its tick labels', () => {
    expect([...layout.undated].sort()).toEqual(['loner', 'mueller', 'undated-report']);
    expect(layout.onTimeline.has('mueller')).toBe(false);
    for (const id of layout.undated) expect(pos(id).y).toBeGreaterThan(layout.axisY + 40);
    expect(layout.undatedTop).toBeGreaterThan(layout.axisY);
  });

  it('hangs every other column under the axis when side by side they would not fit the canvas', () => {
    const many: TimelineNode[] = Array.from({ length: 8 }, (_, i) => ({
      id: `e${i}`,
      type: 'event',
      date: `2020-0${i + 1}-01`,
      docs: [],
      label: { width: 160, height: 20 },
    }));
    const wide = timelineLayout({ nodes: many, edges: [], docDates: new Map(), width: 4000 });
    const narrow = timelineLayout({ nodes: many, edges: [], docDates: new Map(), width: 700 });
    expect(many.every((n) => wide.positions.get(n.id)!.y < wide.axisY)).toBe(true);
    const below = many.filter((n) => narrow.positions.get(n.id)!.y > narrow.axisY);
    expect(below.map((n) => n.id)).toEqual(['e1', 'e3', 'e5', 'e7']);
    expect(narrow.axisEnd - narrow.axisStart).toBeLessThan((wide.axisEnd - wide.axisStart) * 0.75);
    expect(anyOverlap(many.map((n) => nodeBox(n.id, narrow.positions.get(n.id)!, 30, n.label)))).toBe(false);
  });

  it('without dated events sets everything aside and draws no ticks', () => {
    const none = timelineLayout({
      nodes: [{ id: 'x', type: 'person', docs: [] }],
      edges: [],
      docDates: new Map(),
    });
    expect(none.ticks).toEqual([]);
    expect(none.undated).toEqual(['x']);
    expect(none.dated.size).toBe(0);
  });
});

describe('tick thinning', () => {
  const ticks: TimelineTick[] = [
    { x: 0, label: '1989', kind: 'scale' },
    { x: 10, label: '20 Dec 1989', kind: 'event' },
    { x: 100, label: '1990', kind: 'scale' },
    { x: 400, label: '2 Sep 2025', kind: 'event' },
    { x: 405, label: '3 Sep 2025', kind: 'event' },
  ];
  it.each([
    // [zoom, labels kept]
    [1, ['20 Dec 1989', '1990', '2 Sep 2025']],
    [30, ['1989', '20 Dec 1989', '1990', '2 Sep 2025', '3 Sep 2025']],
  ])('at zoom %s keeps %j (event dates first, none running into another)', (zoom, kept) => {
    expect(thinTicks(ticks, zoom).map((t) => t.label)).toEqual(kept);
  });
});

describe('what the timeline is about', () => {
  it('is the dated events and the entities related to one', () => {
    expect([...timelineMembers(story, storyEdges, storyDates)].sort()).toEqual(
      ['deployment', 'invasion', 'mexico', 'noriega', 'pentagon', 'strikes', 'summit', 'trump'].sort(),
    );
  });

  const graph = model(
    [
      ['war', 'Invasion', 'event', { date: '1989-12-20' }],
      ['bush', 'George Bush', 'person'],
      ['nato', 'NATO', 'organization'],
      ['paris', 'Paris', 'place'],
    ],
    [
      ['bush', 'war', 'conducts'],
      ['nato', 'paris', 'located_in'],
    ],
  ).graph;
  const all = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
  const shownIn = (layout: 'timeline' | 'force', showUndated: boolean) =>
    composeVisibility(graph, all, { focus: null, path: undefined, layout, showUndated }, new Map());

  it.each([
    // [layout, show undated, entities shown, left out]
    ['force', false, ['bush', 'nato', 'paris', 'war'], 0],
    ['timeline', false, ['bush', 'war'], 2],
    ['timeline', true, ['bush', 'nato', 'paris', 'war'], 0],
  ] as const)('%s (show undated: %s) shows %j, leaves out %s', (layout, showUndated, nodes, leftOut) => {
    const result = shownIn(layout, showUndated);
    expect([...result.shown.nodes].sort()).toEqual(nodes);
    expect(result.undatedLeftOut).toBe(leftOut);
    for (const e of result.shown.edges) {
      expect(result.shown.nodes.has(graph.source(e))).toBe(true);
      expect(result.shown.nodes.has(graph.target(e))).toBe(true);
    }
  });

  it('shows everything when no event is dated (there is no timeline to keep clear)', () => {
    const undated = model(
      [
        ['a', 'A', 'person'],
        ['b', 'B', 'place'],
      ],
      [['a', 'b', 'located_in']],
    ).graph;
    const every = { nodes: new Set(undated.nodes()), edges: new Set(undated.edges()) };
    const result = composeVisibility(
      undated,
      every,
      { focus: null, path: undefined, layout: 'timeline', showUndated: false },
      new Map(),
    );
    expect(result.shown.nodes.size).toBe(2);
    expect(result.undatedLeftOut).toBe(0);
  });
});
