/**
 * Timeline layout (pure), drawn like the timeline of a report: dated events stand on a horizontal time
 * axis, events of the same day together in one column; each event's actors (entities with a relation to
 * it) are stacked above it in that column, in side-by-side lanes when there are many, so nothing
 * overlaps; columns keep their date order and are pushed apart where dates are too close for their
 * labels (the axis is then compressed between dates: the ticks follow the same mapping, so they stay
 * true). Entities linked to no dated event, and undated events, are set aside in a separate area under
 * the axis, which the page labels and fades; relations to them are hidden until hovered.
 *
 * An event's date is its own `date` attribute or, failing that, the date of the earliest article that
 * mentions it: an article's date is an upper bound on when it happened, good enough to order the story.
 *
 * Rejected: a purely linear axis (events in one week and one in 1989 gave a 1989-2025 axis with everything
 * piled at one end, actors overlapping); actors at the mean position of their events (they floated
 * between columns, edges crossed the drawing); a grid of undated entities under the axis with all their
 * links (long edges across everything, unlabelled dots).
 */
import { nodeBox, type LabelSize } from './overlap';
import { shelfPositions } from './shelf';
export interface TimelineNode {
  id: string;
  type: string;
  date?: string;
  docs: readonly string[];
  /** Used only to order nodes inside a column or the undated area (bigger first). */
  priority?: number;
  /** Node size and the room its label needs under it (model px); defaults when unknown. */
  size?: number;
  label?: LabelSize;
}

export interface TimelineInput {
  nodes: readonly TimelineNode[];
  edges: ReadonlyArray<readonly [string, string]>;
  /** Article dates by document id. */
  docDates: ReadonlyMap<string, string | undefined>;
  /** The zoom the timeline will be shown at, about (for room under the axis for its tick labels). */
  zoom?: number;
  /** Screen px the canvas has across: beyond, columns alternate above and below the axis. */
  width?: number;
}

export interface TimelineTick {
  x: number;
  label: string;
  /** `event`: the date of a column of events; `scale`: a regular mark of the time scale. */
  kind: 'event' | 'scale';
}

export interface TimelineLayout {
  positions: Map<string, { x: number; y: number }>;
  ticks: TimelineTick[];
  /** y of the axis line, in model coordinates. */
  axisY: number;
  /** Axis extent in model coordinates. */
  axisStart: number;
  axisEnd: number;
  /** Events placed on the axis, and their dates. */
  dated: Map<string, number>;
  /** Events and their actors: what the timeline is about (relations between them are shown). */
  onTimeline: Set<string>;
  /** Entities linked to no dated event and undated events, set aside under the axis. */
  undated: string[];
  /** Top of the undated area (model y), where its caption goes; null when there is none. */
  undatedTop: number | null;
}

export const TIMELINE_SPACING = {
  /** Between columns, and between lanes of one column (model px). */
  columnGap: 36,
  laneGap: 18,
  /** Between stacked items of a column. */
  rowGap: 12,
  /** A column's actors wrap into another lane beside it beyond this many rows. */
  maxRows: 6,
  /** Between the lowest event's label and the axis (screen px). */
  axisGapPx: 10,
  /** The time scale spans at least this (model px) when there are several dates. */
  minAxisWidth: 640,
  /** Screen px under the axis for the tick labels, and above the undated area for its caption. */
  tickRoomPx: 40,
  captionRoomPx: 34,
  /** Neighbouring dates stay at least this far apart on the axis (screen px). */
  dateGapPx: 24,
} as const;

const DEFAULT_SIZE = 30;
const DEFAULT_LABEL: LabelSize = { width: 90, height: 20 };

const DAY = 86_400_000;
/** Model px per millisecond around a single date: a month takes 100 px. */
const SINGLE_DATE_SLOPE = 100 / (30 * DAY);

/** Parses `yyyy-mm-dd`, `yyyy-mm` or `yyyy` (what the pipeline writes) to a UTC timestamp. */
export function parseDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return Date.UTC(year, month - 1, day);
}

export type DatePrecision = 'year' | 'month' | 'day';

/** How precise a `yyyy[-mm[-dd]]` date is (a year alone must not be shown as 1 January). */
export function datePrecision(value: string): DatePrecision {
  const m = /^\d{4}(-\d{2})?(-\d{2})?/.exec(value.trim());
  return m?.[2] ? 'day' : m?.[1] ? 'month' : 'year';
}

/** The event's own date, else the earliest date among the articles that mention it, and its precision. */
export function eventDating(
  node: TimelineNode,
  docDates: ReadonlyMap<string, string | undefined>,
): { time: number; precision: DatePrecision } | undefined {
  const own = parseDate(node.date);
  if (own !== undefined) return { time: own, precision: datePrecision(node.date!) };
  let earliest: { time: number; precision: DatePrecision } | undefined;
  for (const doc of node.docs) {
    const value = docDates.get(doc);
    const d = parseDate(value);
    if (d !== undefined && (earliest === undefined || d < earliest.time))
      earliest = { time: d, precision: datePrecision(value!) };
  }
  return earliest;
}

/** The event's own date, else the earliest date among the articles that mention it. */
export function eventDate(
  node: TimelineNode,
  docDates: ReadonlyMap<string, string | undefined>,
): number | undefined {
  return eventDating(node, docDates)?.time;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDay(ts: number): string {
  const d = new Date(ts);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A date as precise as it is known: `1989`, `Dec 1989` or `20 Dec 1989`. */
export function formatDate(ts: number, precision: DatePrecision): string {
  const d = new Date(ts);
  if (precision === 'year') return String(d.getUTCFullYear());
  if (precision === 'month') return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return formatDay(ts);
}

/** Tick marks at day, month or year boundaries, thinned to at most `maxTicks`. */
export function timeTicks(start: number, end: number, maxTicks = 10): Array<{ time: number; label: string }> {
  if (end <= start) return [{ time: start, label: formatDay(start) }];
  const span = end - start;
  const ticks: Array<{ time: number; label: string }> = [];
  if (span <= 62 * DAY) {
    for (let t = start; t <= end; t += DAY) ticks.push({ time: t, label: formatDay(t) });
  } else if (span <= 3 * 365 * DAY) {
    const s = new Date(start);
    let d = Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + (s.getUTCDate() > 1 ? 1 : 0), 1);
    while (d <= end) {
      const dt = new Date(d);
      ticks.push({ time: d, label: `${MONTHS[dt.getUTCMonth()]} ${dt.getUTCFullYear()}` });
      d = Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 1);
    }
  } else {
    const s = new Date(start);
    let y = s.getUTCFullYear() + (s.getUTCMonth() > 0 || s.getUTCDate() > 1 ? 1 : 0);
    while (Date.UTC(y, 0, 1) <= end) {
      ticks.push({ time: Date.UTC(y, 0, 1), label: String(y) });
      y++;
    }
  }
  if (ticks.length <= maxTicks) return ticks;
  const step = Math.ceil(ticks.length / maxTicks);
  return ticks.filter((_, i) => i % step === 0);
}

/**
 * What a timeline of these nodes is about: dated events and the entities with a relation to one
 * (its actors). The rest is what the timeline sets aside.
 */
export function timelineMembers(
  nodes: readonly TimelineNode[],
  edges: ReadonlyArray<readonly [string, string]>,
  docDates: ReadonlyMap<string, string | undefined>,
): Set<string> {
  const members = new Set(
    nodes.filter((n) => n.type === 'event' && eventDating(n, docDates)).map((n) => n.id),
  );
  const dated = new Set(members);
  for (const [a, b] of edges) {
    if (dated.has(a)) members.add(b);
    if (dated.has(b)) members.add(a);
  }
  return members;
}

interface Item {
  id: string;
  priority: number;
  size: number;
  label: LabelSize;
}

interface Column {
  time: number;
  events: Item[];
  actors: Item[];
  width: number;
  /** Offsets of each item from the column's centre x, and its y (node centre, model px). */
  placed: Map<string, { dx: number; y: number }>;
}

const boxWidth = (item: Item) => Math.max(item.size, item.label.width);
const boxHeight = (item: Item) => nodeBox(item.id, { x: 0, y: 0 }, item.size, item.label).height;

/**
 * Stacks a column away from the axis, from `start` (upward, or downward when `down`): its events first
 * (nearest the axis), then its actors in lanes of at most `maxRows`, side by side and centred. Fills
 * `placed` and `width`.
 */
function stackColumn(column: Column, start: number, down: boolean): void {
  const s = TIMELINE_SPACING;
  let edge = start;
  const stack = (items: Item[], dx: number) => {
    let y = edge;
    for (const item of items) {
      const h = boxHeight(item);
      // A node-plus-label box hangs its label under the node: the node centre is near the box top.
      const top = down ? y : y - h;
      column.placed.set(item.id, { dx, y: top + item.size / 2 });
      y = down ? y + h + s.rowGap : y - h - s.rowGap;
    }
    return y;
  };
  edge = stack(column.events, 0);
  const lanes: Item[][] = [];
  column.actors.forEach((a, i) => {
    const lane = i % Math.max(1, Math.ceil(column.actors.length / s.maxRows));
    (lanes[lane] ??= []).push(a);
  });
  const laneWidths = lanes.map((lane) => Math.max(...lane.map(boxWidth)));
  const lanesWidth = laneWidths.reduce((a, b) => a + b, 0) + Math.max(0, lanes.length - 1) * s.laneGap;
  let left = -lanesWidth / 2;
  lanes.forEach((lane, i) => {
    stack(lane, left + laneWidths[i] / 2);
    left += laneWidths[i] + s.laneGap;
  });
  column.width = Math.max(lanesWidth, ...column.events.map(boxWidth));
}

/** The columns' contents side by side, about (model px). */
function sideBySideWidth(columns: readonly Column[]): number {
  return columns.reduce((sum, c) => sum + c.width + TIMELINE_SPACING.columnGap, 0);
}

/** A monotone piecewise-linear map from time to x through the column anchors (extended at both ends). */
function timeScale(
  anchors: ReadonlyArray<{ time: number; x: number }>,
  slope: number,
): (t: number) => number {
  return (t) => {
    if (anchors.length === 1 || t <= anchors[0].time) return anchors[0].x + (t - anchors[0].time) * slope;
    for (let i = 1; i < anchors.length; i++) {
      const a = anchors[i - 1];
      const b = anchors[i];
      if (t <= b.time) return a.x + ((t - a.time) / (b.time - a.time)) * (b.x - a.x);
    }
    const last = anchors[anchors.length - 1];
    return last.x + (t - last.time) * slope;
  };
}

/**
 * The ticks to draw at a zoom: column dates first, then scale marks, each only where its label does not
 * run into one already kept (label widths estimated from their length at the axis font).
 */
export function thinTicks(
  ticks: readonly TimelineTick[],
  zoom: number,
  charPx = 7,
  gapPx = 14,
): TimelineTick[] {
  const kept: TimelineTick[] = [];
  const half = (t: TimelineTick) => (t.label.length * charPx) / 2;
  for (const kind of ['event', 'scale'] as const)
    for (const t of ticks)
      if (t.kind === kind && kept.every((k) => Math.abs(k.x - t.x) * zoom >= half(k) + half(t) + gapPx))
        kept.push(t);
  return kept.sort((a, b) => a.x - b.x);
}

export function timelineLayout(input: TimelineInput): TimelineLayout {
  const s = TIMELINE_SPACING;
  const zoom = input.zoom ?? 1;
  const item = (n: TimelineNode): Item => ({
    id: n.id,
    priority: n.priority ?? 0,
    size: n.size ?? DEFAULT_SIZE,
    label: n.label ?? DEFAULT_LABEL,
  });
  const byPriority = (a: Item, b: Item) => b.priority - a.priority || a.id.localeCompare(b.id);
  const dated = new Map<string, number>();
  const precision = new Map<number, DatePrecision>();
  const coarser = (a: DatePrecision, b: DatePrecision) =>
    a === 'year' || b === 'year' ? 'year' : a === 'month' || b === 'month' ? 'month' : 'day';
  for (const node of input.nodes) {
    if (node.type !== 'event') continue;
    const dating = eventDating(node, input.docDates);
    if (!dating) continue;
    dated.set(node.id, dating.time);
    // A column's date is shown as precisely as all its events know it.
    precision.set(dating.time, coarser(precision.get(dating.time) ?? 'day', dating.precision));
  }

  // Columns: one per day with events.
  const columns = new Map<number, Column>();
  for (const node of input.nodes) {
    const time = dated.get(node.id);
    if (time === undefined) continue;
    if (!columns.has(time)) columns.set(time, { time, events: [], actors: [], width: 0, placed: new Map() });
    columns.get(time)!.events.push(item(node));
  }

  // Actors: each joins the column it has most relations to (the earliest on a tie).
  const links = new Map<string, Map<number, number>>();
  for (const [a, b] of input.edges)
    for (const [node, other] of [
      [a, b],
      [b, a],
    ]) {
      const time = dated.get(other);
      if (time === undefined || dated.has(node)) continue;
      const counts = links.get(node) ?? new Map<number, number>();
      counts.set(time, (counts.get(time) ?? 0) + 1);
      links.set(node, counts);
    }
  for (const node of input.nodes) {
    const counts = links.get(node.id);
    if (!counts) continue;
    const [time] = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    columns.get(time)!.actors.push(item(node));
  }

  const axisY = 0;
  const ordered = [...columns.values()].sort((a, b) => a.time - b.time);
  const tickRoom = s.tickRoomPx / zoom;
  for (const column of ordered) {
    column.events.sort(byPriority);
    column.actors.sort(byPriority);
    stackColumn(column, axisY - s.axisGapPx / zoom, false);
  }
  // Too many columns to stand side by side in the width available: every other one hangs under the
  // axis (under its tick labels), which about halves the width the timeline needs.
  const alternate =
    input.width !== undefined && ordered.length > 2 && sideBySideWidth(ordered) * zoom > input.width;
  const below = (i: number) => alternate && i % 2 === 1;
  ordered.forEach((column, i) => {
    if (!below(i)) return;
    column.placed.clear();
    stackColumn(column, axisY + tickRoom, true);
  });

  // Column positions: proportional to time, pushed apart (in date order) where their contents need room
  // (from the previous column on the same side; dates on the axis stay a little apart too).
  const start = ordered[0]?.time ?? 0;
  const end = ordered[ordered.length - 1]?.time ?? 0;
  const natural = Math.max(s.minAxisWidth, sideBySideWidth(ordered) / (alternate ? 2 : 1));
  const linear = (t: number) => (end > start ? ((t - start) / (end - start)) * natural : 0);
  const anchors: Array<{ time: number; x: number }> = [];
  ordered.forEach((column, i) => {
    const sameSide = alternate ? i - 2 : i - 1;
    let x = i === 0 ? 0 : Math.max(linear(column.time), anchors[i - 1].x + s.dateGapPx / zoom);
    if (sameSide >= 0)
      x = Math.max(x, anchors[sameSide].x + (ordered[sameSide].width + column.width) / 2 + s.columnGap);
    anchors.push({ time: column.time, x });
  });
  // Beyond the first and last dates (and for a single date) the scale runs at its natural pace.
  const slope = end > start ? natural / (end - start) : SINGLE_DATE_SLOPE;
  const xOf = timeScale(anchors, slope);

  const positions = new Map<string, { x: number; y: number }>();
  ordered.forEach((column, i) => {
    for (const [id, p] of column.placed) positions.set(id, { x: anchors[i].x + p.dx, y: p.y });
  });
  const onTimeline = new Set(positions.keys());

  const axisStart = ordered.length ? anchors[0].x - ordered[0].width / 2 - s.columnGap / 2 : 0;
  const axisEnd = ordered.length
    ? anchors[anchors.length - 1].x + ordered[ordered.length - 1].width / 2 + s.columnGap / 2
    : 0;
  // Every candidate tick: the overlay keeps those that fit at the zoom it draws them at (thinTicks).
  const ticks = ordered.length
    ? [
        ...ordered.map((c) => ({
          x: xOf(c.time),
          label: formatDate(c.time, precision.get(c.time)!),
          kind: 'event' as const,
        })),
        ...timeTicks(start, end, 200)
          .map((t) => ({ x: xOf(t.time), label: t.label, kind: 'scale' as const }))
          .filter((t) => t.x >= axisStart && t.x <= axisEnd),
      ]
    : [];

  // Everything else: set aside under the axis (room for the tick labels and a caption first).
  const undatedItems = input.nodes
    .filter((n) => !positions.has(n.id))
    .map(item)
    .sort(byPriority);
  let lowest = axisY + tickRoom;
  for (const column of ordered)
    for (const entry of [...column.events, ...column.actors]) {
      const p = positions.get(entry.id)!;
      if (p.y > axisY) lowest = Math.max(lowest, p.y - entry.size / 2 + boxHeight(entry));
    }
  const top = ordered.length ? lowest + s.captionRoomPx / zoom : 0;
  // Rows as wide as the canvas (when known), so the area keeps its height on screen at any zoom.
  const shelfWidth =
    input.width !== undefined ? Math.max((input.width * 0.95) / zoom, axisEnd - axisStart) : undefined;
  const shelf = shelfPositions(
    undatedItems,
    ordered.length ? { x1: axisStart, y1: top, x2: axisEnd, y2: top } : null,
    { gap: 0, rowWidth: shelfWidth },
  );
  for (const [id, p] of shelf) positions.set(id, p);
  const undated = undatedItems.map((i) => i.id);
  let undatedTop: number | null = null;
  for (const i of undatedItems) {
    const y = positions.get(i.id)!.y - i.size / 2;
    undatedTop = undatedTop === null ? y : Math.min(undatedTop, y);
  }

  return { positions, ticks, axisY, axisStart, axisEnd, dated, onTimeline, undated, undatedTop };
}
