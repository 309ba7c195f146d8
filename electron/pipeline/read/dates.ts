/**
 * Dates as news text writes them ("May 10, 2025", "Friday, January 4, 2019", "4 January 2019",
 * "2019-01-04", "Jan. 4, 2019") -> ISO `yyyy-mm-dd`. Shared by read (datelines, HTML meta, CSV columns)
 * and clean (lone date lines).
 */

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const WEEKDAY =
  '(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\.?,?\\s+)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const TIME = '(?:,?\\s+(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?';

/** "May 10, 2025" / "May 10 2025" / "May 10" (year optional). */
const MONTH_DAY = new RegExp(`${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?`, 'i');
/** "10 May 2025" / "10 May". */
const DAY_MONTH = new RegExp(`${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'i');
/** "2025-05-10" (also the start of an ISO timestamp). */
const ISO = /(\d{4})-(\d{2})-(\d{2})/;

/** A line that is nothing but a date, optionally with weekday, time, or a "Published/Updated" label. */
const LONE_DATE = new RegExp(
  `^(?:(?:published|updated|posted|last updated)(?:\\s+on)?:?\\s+)?${WEEKDAY}?` +
    `(?:${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?|${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?|(\\d{4})-(\\d{2})-(\\d{2}))` +
    `${TIME}\\.?$`,
  'i',
);

export interface DateMatch {
  /** ISO date when the year is known; undefined for "May 10". */
  iso?: string;
}

/** If the whole line is a date, returns it (iso undefined when the year is missing); else undefined. */
export function parseLoneDate(line: string): DateMatch | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 60) return undefined;
  const m = LONE_DATE.exec(trimmed);
  if (!m) return undefined;
  if (m[1]) return { iso: isoFrom(m[3], MONTHS[m[1].toLowerCase()], m[2]) };
  if (m[5]) return { iso: isoFrom(m[6], MONTHS[m[5].toLowerCase()], m[4]) };
  return { iso: isoFrom(m[7], Number(m[8]), m[9]) };
}

/** The first complete date (with a year) in a short piece of text, as ISO. */
export function findDate(text: string): string | undefined {
  const candidates: Array<{ index: number; iso?: string }> = [];
  const md = MONTH_DAY.exec(text);
  if (md?.[3]) candidates.push({ index: md.index, iso: isoFrom(md[3], MONTHS[md[1].toLowerCase()], md[2]) });
  const dm = DAY_MONTH.exec(text);
  if (dm?.[3]) candidates.push({ index: dm.index, iso: isoFrom(dm[3], MONTHS[dm[2].toLowerCase()], dm[1]) });
  const iso = ISO.exec(text);
  if (iso) candidates.push({ index: iso.index, iso: isoFrom(iso[1], Number(iso[2]), iso[3]) });
  const valid = candidates.filter((c) => c.iso).sort((a, b) => a.index - b.index);
  return valid[0]?.iso;
}

/** Normalises a metadata date value (ISO timestamp, "May 10, 2025", "2025-05") to ISO, or undefined. */
export function normaliseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(trimmed);
  if (partial) {
    const month = partial[2] ? Number(partial[2]) : undefined;
    if (month !== undefined && (month < 1 || month > 12)) return undefined;
    return trimmed;
  }
  return findDate(trimmed);
}

function isoFrom(
  year: string | undefined,
  month: number | undefined,
  day: string | undefined,
): string | undefined {
  if (!year || !month || !day) return undefined;
  const y = Number(year);
  const d = Number(day);
  if (y < 1000 || d < 1 || d > daysIn(y, month) || month < 1 || month > 12) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
