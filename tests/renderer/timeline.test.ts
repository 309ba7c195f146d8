import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  dodge,
  eventDate,
  parseDate,
  timeTicks,
  timelineLayout,
  type TimelineNode,
} from '../../renderer/layout/timeline';

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

describe('lanes', () => {
  it.each([
    [[0, 50, 100, 300], 100, [0, 1, 0, 0]],
    [[0, 0, 0], 10, [0, 1, 2]],
    [[0, 200, 400], 100, [0, 0, 0]],
  ])('%j with gap %s -> %j', (xs, gap, lanes) => {
    expect(assignLanes(xs, gap)).toEqual(lanes);
  });
});

describe('timeline layout', () => {
  const nodes: TimelineNode[] = [
    { id: 'invasion', type: 'event', date: '1989-12-20', docs: [] },
    { id: 'strikes', type: 'event', docs: ['b'] },
    { id: 'report', type: 'event', docs: ['a'] },
    { id: 'undated', type: 'event', docs: [] },
    { id: 'bush', type: 'person', docs: [] },
    { id: 'pentagon', type: 'organization', docs: [] },
    { id: 'loner', type: 'place', docs: [] },
  ];
  const edges: Array<[string, string]> = [
    ['bush', 'invasion'],
    ['pentagon', 'strikes'],
    ['pentagon', 'invasion'],
  ];
  const docDates = new Map([
    ['a', '2019-04-18'],
    ['b', '2025-09-02'],
  ]);
  const layout = timelineLayout({ nodes, edges, docDates });
  const pos = (id: string) => layout.positions.get(id)!;

  it('places every node', () => {
    expect(layout.positions.size).toBe(nodes.length);
  });

  it('orders dated events left to right by date, above the axis', () => {
    expect(pos('invasion').x).toBeLessThan(pos('report').x);
    expect(pos('report').x).toBeLessThan(pos('strikes').x);
    for (const id of ['invasion', 'report', 'strikes']) expect(pos(id).y).toBeLessThan(layout.axisY);
    expect(pos('invasion').x).toBe(layout.axisStart);
    expect(pos('strikes').x).toBe(layout.axisEnd);
  });

  it('puts actors above their events, at the mean of their positions', () => {
    expect(pos('bush').x).toBe(pos('invasion').x);
    expect(pos('pentagon').x).toBeCloseTo((pos('invasion').x + pos('strikes').x) / 2);
    expect(pos('bush').y).toBeLessThan(pos('invasion').y);
  });

  it('parks undated events and unconnected entities below the axis', () => {
    expect(layout.parked.sort()).toEqual(['loner', 'undated']);
    for (const id of layout.parked) expect(pos(id).y).toBeGreaterThan(layout.axisY);
  });

  it('labels the axis with years for a long span', () => {
    expect(layout.ticks.length).toBeGreaterThan(2);
    expect(layout.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('without dated events parks everything and draws no ticks', () => {
    const none = timelineLayout({
      nodes: [{ id: 'x', type: 'person', docs: [] }],
      edges: [],
      docDates: new Map(),
    });
    expect(none.ticks).toEqual([]);
    expect(none.parked).toEqual(['x']);
  });
});

describe('dodge (actors beside their events)', () => {
  it('keeps items at their x when there is room', () => {
    const placed = dodge(
      [
        { id: 'a', x: 0, priority: 1 },
        { id: 'b', x: 500, priority: 1 },
      ],
      100,
    );
    expect(placed.get('a')).toEqual({ x: 0, row: 0 });
    expect(placed.get('b')).toEqual({ x: 500, row: 0 });
  });

  it('spreads items wanting the same spot sideways before stacking rows, most important in place', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, x: 1000, priority: 10 - i }));
    const placed = dodge(items, 100);
    expect(placed.get('a')).toEqual({ x: 1000, row: 0 });
    const rows = [...placed.values()].map((p) => p.row);
    expect(Math.max(...rows)).toBeLessThan(items.length - 1);
    // No two items in a row closer than the gap.
    for (const r of new Set(rows)) {
      const xs = [...placed.values()]
        .filter((p) => p.row === r)
        .map((p) => p.x)
        .sort((x, y) => x - y);
      for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(100);
    }
  });
});
