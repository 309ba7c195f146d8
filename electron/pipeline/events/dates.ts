/**
 * Dates in news text, as ISO strings (yyyy-mm-dd, yyyy-mm or yyyy) for the timeline. Explicit dates are
 * kept as written; relative expressions ("on Wednesday", "in April", "earlier this year", "last month")
 * are resolved against the document's date and dropped when the document has none: a guessed year would
 * put an event on the wrong place of a timeline.
 */

export interface DateMention {
  text: string;
  /** Offsets in the text given to `findDates`. */
  start: number;
  end: number;
  /** ISO date, possibly partial. */
  date: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const YEAR = '((?:19|20)\\d\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

interface Rule {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, doc: DocDate | undefined) => string | undefined;
}

interface DocDate {
  year: number;
  month?: number;
  day?: number;
}

const RULES: Rule[] = [
  { pattern: new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, 'g'), resolve: (m) => iso(+m[1], +m[2], +m[3]) },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'),
    resolve: (m) => iso(+m[3], monthNumber(m[1]), +m[2]),
  },
  {
    pattern: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    resolve: (m) => iso(+m[3], monthNumber(m[2]), +m[1]),
  },
  { pattern: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'gi'), resolve: (m) => iso(+m[2], monthNumber(m[1])) },
  {
    // "May 10", "on March 3": the year is the document's (the most recent such day not after it).
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!,?\\s*(?:19|20)\\d\\d)`, 'gi'),
    resolve: (m, doc) =>
      doc ? iso(yearOfPast(doc, monthNumber(m[1])), monthNumber(m[1]), +m[2]) : undefined,
  },
  {
    pattern: new RegExp(
      `\\b(?:in|since|until|by|during|from|early|late|mid|last)[\\s-]+${MONTH}\\b(?!\\s+\\d)`,
      'gi',
    ),
    resolve: (m, doc) => {
      const month = monthNumber(m[1]);
      if (!doc || (m[1].toLowerCase() === 'may' && !/^in|^since|^until|^by|^during|^from/i.test(m[0])))
        return undefined;
      return iso(yearOfPast(doc, month), month);
    },
  },
  { pattern: new RegExp(`(?:\\bin\\s+|\\bsince\\s+|\\()${YEAR}\\b`, 'gi'), resolve: (m) => iso(+m[1]) },
  {
    pattern: /\b(today|tonight|overnight|yesterday|tomorrow|this morning|this afternoon|this evening)\b/gi,
    resolve: (m, doc) => {
      if (!doc?.day) return undefined;
      const shift = /yesterday/i.test(m[1]) ? -1 : /tomorrow/i.test(m[1]) ? 1 : 0;
      return shiftDays(doc, shift);
    },
  },
  {
    pattern: new RegExp(`\\b(?:on\\s+|last\\s+|this\\s+)?(${WEEKDAYS.join('|')})\\b`, 'gi'),
    resolve: (m, doc) => {
      if (!doc?.day) return undefined;
      const target = WEEKDAYS.indexOf(m[1].toLowerCase());
      const docDay = new Date(Date.UTC(doc.year, doc.month! - 1, doc.day)).getUTCDay();
      // News speaks of the past week: the most recent such weekday, the document's own day included.
      return shiftDays(doc, -((docDay - target + 7) % 7));
    },
  },
  {
    pattern: /\b(?:(earlier|later)\s+)?(this|last|next)\s+(week|month|year)\b/gi,
    resolve: (m, doc) => {
      if (!doc) return undefined;
      const step = m[2].toLowerCase() === 'last' ? -1 : m[2].toLowerCase() === 'next' ? 1 : 0;
      const unit = m[3].toLowerCase();
      if (unit === 'year') return iso(doc.year + step);
      if (!doc.month) return undefined;
      if (unit === 'month') {
        const index = doc.year * 12 + (doc.month - 1) + step;
        return iso(Math.floor(index / 12), (index % 12) + 1);
      }
      if (!doc.day) return iso(doc.year, doc.month);
      const shifted = shiftDays(doc, 7 * step);
      return shifted.slice(0, 7);
    },
  },
];

/** Every date expression in `text`, resolved against the document date (`yyyy[-mm[-dd]]`) when needed. */
export function findDates(text: string, documentDate?: string): DateMention[] {
  const doc = parseDocDate(documentDate);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const date = rule.resolve(m, doc);
      if (date) found.push({ text: m[0], start, end, date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "2025-05-10" -> parts; undefined when absent or not a date. */
export function parseDocDate(date: string | undefined): DocDate | undefined {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  if (!m) return undefined;
  return { year: +m[1], ...(m[2] ? { month: +m[2] } : {}), ...(m[3] ? { day: +m[3] } : {}) };
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(key);
  return full >= 0 ? full + 1 : MONTH_ABBREVIATIONS[key];
}

/** The year of the most recent `month` not after the document's month ("in April" read in May 2025 is 2025). */
function yearOfPast(doc: DocDate, month: number): number {
  return doc.month !== undefined && month > doc.month ? doc.year - 1 : doc.year;
}

function shiftDays(doc: DocDate, days: number): string {
  const d = new Date(Date.UTC(doc.year, (doc.month ?? 1) - 1, (doc.day ?? 1) + days));
  return d.toISOString().slice(0, 10);
}

function iso(year: number, month?: number, day?: number): string | undefined {
  if (!Number.isFinite(year)) return undefined;
  if (month === undefined) return String(year).padStart(4, '0');
  if (!(month >= 1 && month <= 12)) return undefined;
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  if (!(day >= 1 && day <= 31)) return undefined;
  return `${ym}-${String(day).padStart(2, '0')}`;
}
