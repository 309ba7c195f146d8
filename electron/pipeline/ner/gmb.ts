/**
 * Reader for the GMB NER corpus (Kaggle `ner_dataset.csv`): `Sentence #,Word,POS,Tag`, one token per line,
 * the sentence id only on a sentence's first token. Accepts the zip as distributed or the unzipped CSV.
 * The file is Windows-1252 (declared Latin-1: bytes 0x91-0x97 are curly quotes and dashes), CRLF.
 */
import { readFileSync, statSync } from 'node:fs';
import { unzipSync } from 'fflate';

export interface GmbSentence {
  /** 0-based position in the file: the split is defined on it. */
  index: number;
  words: string[];
  tags: string[];
}

export type GmbSplit = 'train' | 'dev' | 'test';

/** The fixed split: sentence index % 10 == 9 is test, == 8 is dev, the rest is training data. */
export function gmbSplit(index: number): GmbSplit {
  const r = index % 10;
  return r === 9 ? 'test' : r === 8 ? 'dev' : 'train';
}

/** A missing, unreadable or malformed corpus file. */
export class CorpusFormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorpusFormatError';
  }
}

export function readGmb(file: string): GmbSentence[] {
  let bytes: Uint8Array;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    bytes = readFileSync(file);
  } catch (error) {
    throw new CorpusFormatError(`Cannot read the GMB corpus at ${file}.`, { cause: error });
  }
  return parseGmbCsv(decodeWindows1252(isZip(bytes) ? unzipCsv(bytes, file) : bytes));
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function unzipCsv(bytes: Uint8Array, file: string): Uint8Array {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => f.name.toLowerCase().endsWith('.csv') });
  } catch (error) {
    throw new CorpusFormatError(`The GMB zip ${file} is corrupt.`, { cause: error });
  }
  const names = Object.keys(entries);
  if (names.length === 0) throw new CorpusFormatError(`The GMB zip ${file} contains no .csv file.`);
  return entries[names[0]];
}

// Windows-1252 bytes 0x80-0x9F (Node's TextDecoder treats "windows-1252" as ISO-8859-1, so map by hand).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function parseGmbCsv(text: string): GmbSentence[] {
  const lines = text.split(/\r?\n/);
  const header = parseCsvLine(lines[0] ?? '');
  if (header.length < 4 || header[1] !== 'Word' || header[3] !== 'Tag') {
    throw new CorpusFormatError('Not a GMB NER file: expected the header "Sentence #,Word,POS,Tag".');
  }
  const sentences: GmbSentence[] = [];
  let current: GmbSentence | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const fields = parseCsvLine(line);
    if (fields.length !== 4) {
      throw new CorpusFormatError(`GMB line ${i + 1}: expected 4 fields, found ${fields.length}.`);
    }
    const [sentenceId, word, , tag] = fields;
    if (sentenceId !== '' || !current) {
      current = { index: sentences.length, words: [], tags: [] };
      sentences.push(current);
    }
    current.words.push(word);
    current.tags.push(tag);
  }
  return sentences;
}

/** One CSV record on one line, with RFC 4180 quoting (GMB quotes words containing commas or quotes). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new CorpusFormatError(`Unterminated quoted CSV field in: ${line.slice(0, 80)}`);
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', i);
      fields.push(line.slice(i, comma < 0 ? line.length : comma));
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) break;
    if (line[i] !== ',') throw new CorpusFormatError(`Malformed CSV line: ${line.slice(0, 80)}`);
    i++;
    if (i === line.length) {
      fields.push('');
      break;
    }
  }
  return fields;
}
