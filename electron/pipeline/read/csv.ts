/**
 * CSV corpora: one document per row, text from a text-like column (Wikinews: `url,date,title,text`).
 * Parsing is csv-parse's (RFC 4180: quoted multi-line fields, doubled quotes); a malformed record is
 * skipped and reported, the other rows are kept.
 */
import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../types';
import { normaliseDate } from './dates';
import type { Metadata } from './metadata';

/** Accepted header names per field, first match wins (compared lower-cased, trimmed). */
const COLUMNS = {
  text: ['text', 'body', 'content', 'article', 'story', 'full_text', 'fulltext', 'maintext', 'article_text'],
  title: ['title', 'headline', 'heading'],
  date: ['date', 'published', 'published_at', 'publish_date', 'pubdate', 'date_published', 'datetime'],
  url: ['url', 'link', 'href', 'uri'],
  source: ['source', 'outlet', 'publisher', 'site', 'site_name', 'medium'],
} as const;

export interface CsvRow extends Metadata {
  /** 1-based data row number (the header is not counted), used in the document id `file#row`. */
  row: number;
  text: string;
}

export function parseCsvDocuments(text: string, file: string): { rows: CsvRow[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const records: string[][] = [];
  let skipped = 0;
  let firstSkip = '';
  try {
    parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        skipped++;
        firstSkip ||= error?.message ?? 'malformed record';
      },
      // Collect records as they come so an unrecoverable error keeps the rows read before it.
      on_record: (record: string[]) => {
        records.push(record);
        return null;
      },
    });
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      code: 'csv-parse-error',
      message: `The CSV file is malformed after ${Math.max(0, records.length - 1)} rows (${(error as Error).message}); only those rows were read.`,
      file,
    });
  }
  if (skipped > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'csv-bad-rows',
      message: `${skipped} malformed CSV record(s) were skipped (first: ${firstSkip}); check the file's quoting.`,
      file,
    });
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], diagnostics };
  const names = header.map((h) => h.trim().toLowerCase());
  const find = (field: keyof typeof COLUMNS) => {
    const accepted: readonly string[] = COLUMNS[field];
    return accepted.map((a) => names.indexOf(a)).find((i) => i >= 0);
  };
  const textColumn = find('text');
  if (textColumn === undefined) {
    diagnostics.push({
      severity: 'error',
      code: 'csv-no-text-column',
      message: `The CSV header (${header.join(', ')}) has no text column; name the article column "text".`,
      file,
    });
    return { rows: [], diagnostics };
  }
  const columns = { title: find('title'), date: find('date'), url: find('url'), source: find('source') };
  const rows: CsvRow[] = [];
  let emptyRows = 0;
  data.forEach((record, i) => {
    const body = record[textColumn] ?? '';
    if (!body.trim()) {
      emptyRows++;
      return;
    }
    const cell = (c: number | undefined) => (c === undefined ? undefined : record[c]?.trim() || undefined);
    rows.push({
      row: i + 1,
      text: body,
      title: cell(columns.title),
      date: normaliseDate(cell(columns.date)),
      url: cell(columns.url),
      source: cell(columns.source),
    });
  });
  if (emptyRows > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'csv-empty-rows',
      message: `${emptyRows} CSV row(s) had an empty text field and were skipped.`,
      file,
    });
  }
  return { rows, diagnostics };
}
