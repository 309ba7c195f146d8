/**
 * Timeline layout (pure): events placed by date along a horizontal axis, their actors stacked just above
 * them, everything else (undated events, entities linked to no dated event) parked in a grid below.
 *
 * An event's date is its own `date` attribute or, failing that, the date of the earliest article that
 * mentions it: an article's date is an upper bound on when it happened, good enough to order the story.
 */
export interface TimelineNode {
  id: string;
  type: string;
  date?: string;
  docs: readonly string[];
  /** Used only to order nodes inside a lane or the grid (bigger first). */
  priority?: number;
}

export interface TimelineInput {
  nodes: readonly TimelineNode[];
  edges: ReadonlyArray<readonly [string, string]>;
  /** Article dates by document id. */
  docDates: ReadonlyMap<string, string | undefined>;
}

export interface TimelineTick {
  x: number;
  label: string;
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
  /** Ids parked in the grid below the axis. */
  parked: string[];
}

export const TIMELINE_SPACING = {
  eventGap: 120,
  laneHeight: 64,
  actorGap: 140,
  actorRow: 70,
  gridColumn: 150,
  gridRow: 70,
  minAxisWidth: 900,
  perEventWidth: 90,
} as const;

const DAY = 86_400_000;

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

/** The event's own date, else the earliest date among the articles that mention it. */
export function eventDate(
  node: TimelineNode,
  docDates: ReadonlyMap<string, string | undefined>,
): number | undefined {
  const own = parseDate(node.date);
  if (own !== undefined) return own;
  let earliest: number | undefined;
  for (const doc of node.docs) {
    const d = parseDate(docDates.get(doc));
    if (d !== undefined && (earliest === undefined || d < earliest)) earliest = d;
  }
  return earliest;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDay(ts: number): string {
  const d = new Date(ts);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
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
 * Places items in rows near their ideal x ("dodge", as in a beeswarm plot): most important first, each
 * at the free spot in any row that moves it least, a new row costing as much as moving `rowCost` px.
 * Keeps actors close to their events without stacking them in one tall column.
 */
export function dodge(
  items: ReadonlyArray<{ id: string; x: number; priority: number }>,
  gap: number,
  rowCost = gap * 1.5,
): Map<string, { x: number; row: number }> {
  const rows: number[][] = [];
  const placed = new Map<string, { x: number; row: number }>();
  const ordered = [...items].sort((a, b) => b.priority - a.priority || a.x - b.x || a.id.localeCompare(b.id));
  const free = (row: number[], x: number) => row.every((o) => Math.abs(o - x) >= gap - 1e-9);
  const nearestFree = (row: number[], x: number): number => {
    if (free(row, x)) return x;
    // Candidates: just beside each occupied spot; the nearest free one wins.
    let best = Infinity;
    for (const o of row) {
      for (const c of [o - gap, o + gap]) if (Math.abs(c - x) < Math.abs(best - x) && free(row, c)) best = c;
    }
    return best;
  };
  for (const item of ordered) {
    let choice = { row: rows.length, x: item.x, cost: rows.length * rowCost };
    for (let r = 0; r < rows.length; r++) {
      const x = nearestFree(rows[r], item.x);
      const cost = Math.abs(x - item.x) + r * rowCost;
      if (cost < choice.cost) choice = { row: r, x, cost };
    }
    if (choice.row === rows.length) rows.push([]);
    rows[choice.row].push(choice.x);
    placed.set(item.id, { x: choice.x, row: choice.row });
  }
  return placed;
}

/** Greedy lane assignment: each item goes to the first lane whose last item is far enough to the left. */
export function assignLanes(xs: readonly number[], gap: number): number[] {
  const laneEnds: number[] = [];
  return xs.map((x) => {
    let lane = laneEnds.findIndex((end) => x - end >= gap);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(x);
    } else laneEnds[lane] = x;
    return lane;
  });
}

export function timelineLayout(input: TimelineInput): TimelineLayout {
  const s = TIMELINE_SPACING;
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const dated = new Map<string, number>();
  for (const node of input.nodes) {
    if (node.type !== 'event') continue;
    const date = eventDate(node, input.docDates);
    if (date !== undefined) dated.set(node.id, date);
  }
  const positions = new Map<string, { x: number; y: number }>();
  const axisY = 0;
  const times = [...dated.values()];
  const start = times.length ? Math.min(...times) : 0;
  const end = times.length ? Math.max(...times) : 0;
  const width = Math.max(s.minAxisWidth, dated.size * s.perEventWidth);
  const xOf = (time: number) => (end > start ? ((time - start) / (end - start)) * width : width / 2);

  // Events: above the axis, in lanes so close dates do not overlap.
  const events = [...dated.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const eventX = events.map(([, time]) => xOf(time));
  const eventLanes = assignLanes(eventX, s.eventGap);
  events.forEach(([id], i) =>
    positions.set(id, { x: eventX[i], y: axisY - 50 - eventLanes[i] * s.laneHeight }),
  );
  const eventTop = axisY - 50 - Math.max(0, ...eventLanes) * s.laneHeight;

  // Actors: entities linked to at least one dated event, near the mean x of their events, above them.
  const linked = new Map<string, number[]>();
  for (const [a, b] of input.edges) {
    for (const [node, other] of [
      [a, b],
      [b, a],
    ]) {
      if (dated.has(other) && !dated.has(node) && byId.has(node)) {
        if (!linked.has(node)) linked.set(node, []);
        linked.get(node)!.push(positions.get(other)!.x);
      }
    }
  }
  const priority = new Map(input.nodes.map((n) => [n.id, n.priority ?? 0]));
  const actors = [...linked.entries()].map(([id, xs]) => ({
    id,
    x: xs.reduce((sum, x) => sum + x, 0) / xs.length,
    priority: priority.get(id) ?? 0,
  }));
  for (const [id, spot] of dodge(actors, s.actorGap)) {
    positions.set(id, { x: spot.x, y: eventTop - 90 - spot.row * s.actorRow });
  }

  // Everything else: a grid below the axis, most important first.
  const parked = input.nodes
    .filter((n) => !positions.has(n.id))
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || a.id.localeCompare(b.id))
    .map((n) => n.id);
  const columns = Math.max(1, Math.floor(width / s.gridColumn) + 1);
  parked.forEach((id, i) =>
    positions.set(id, {
      x: (i % columns) * s.gridColumn,
      y: axisY + 110 + Math.floor(i / columns) * s.gridRow,
    }),
  );

  const ticks = times.length ? timeTicks(start, end).map((t) => ({ x: xOf(t.time), label: t.label })) : [];
  return { positions, ticks, axisY, axisStart: 0, axisEnd: width, dated, parked };
}
