import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { gmbSplit, parseCsvLine, parseGmbCsv, readGmb } from '../../../../electron/pipeline/ner/gmb';

const CSV = [
  'Sentence #,Word,POS,Tag',
  'Sentence: 1,Thousands,NNS,O',
  ',marched,VBD,O',
  ',through,IN,O',
  ',London,NNP,B-geo',
  'Sentence: 2,"10,000",CD,O',
  ',"""",``,O',
  ',Korea\x92s,NNP,B-geo',
  '',
].join('\r\n');

describe('GMB reader', () => {
  it('groups tokens into sentences on the sentence-id column', () => {
    const sentences = parseGmbCsv(CSV);
    expect(sentences.map((s) => s.words)).toEqual([
      ['Thousands', 'marched', 'through', 'London'],
      ['10,000', '"', 'Korea\x92s'],
    ]);
    expect(sentences[0].tags).toEqual(['O', 'O', 'O', 'B-geo']);
    expect(sentences.map((s) => s.index)).toEqual([0, 1]);
  });

  it('reads the zip as distributed, decoding Windows-1252 (0x92 is a right quote)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gmb-'));
    const zip = path.join(dir, 'ner.csv.zip');
    writeFileSync(zip, zipSync({ 'ner_dataset.csv': Buffer.from(CSV, 'latin1') }));
    expect(readGmb(zip)[1].words[2]).toBe('Korea\u2019s');
    const csv = path.join(dir, 'ner.csv');
    writeFileSync(csv, Buffer.from(CSV, 'latin1'));
    expect(readGmb(csv)).toEqual(readGmb(zip));
  });

  it.each([
    ['a missing file', (dir: string) => path.join(dir, 'nope.zip')],
    ['a folder', (dir: string) => dir],
    ['a corrupt zip', (dir: string) => write(dir, 'bad.zip', Buffer.from('PK\x03\x04garbage'))],
    [
      'a zip without csv',
      (dir: string) => write(dir, 'x.zip', Buffer.from(zipSync({ 'a.txt': new Uint8Array(1) }))),
    ],
    ['a CSV with another header', (dir: string) => write(dir, 'x.csv', Buffer.from('a,b,c\n1,2,3'))],
    [
      'a row with 3 fields',
      (dir: string) => write(dir, 'y.csv', Buffer.from('Sentence #,Word,POS,Tag\n,a,b')),
    ],
  ])('rejects %s with CorpusFormatError', (_what, make) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gmb-'));
    expect(() => readGmb(make(dir))).toThrowError(expect.objectContaining({ name: 'CorpusFormatError' }));
  });

  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    [',",",",",O', ['', ',', ',', 'O']],
    ['x,"say ""hi""",y', ['x', 'say "hi"', 'y']],
    ['a,', ['a', '']],
  ])('parses the CSV line %s', (line, fields) => expect(parseCsvLine(line)).toEqual(fields));

  it.each([
    [0, 'train'],
    [7, 'train'],
    [8, 'dev'],
    [9, 'test'],
    [18, 'dev'],
    [47959, 'test'],
  ])('sentence %i is in the %s split', (index, split) => expect(gmbSplit(index)).toBe(split));
});

function write(dir: string, name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
