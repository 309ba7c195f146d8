import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { loadGmbSplit, loadRe3d, loadRe3dPart, readJsonLines } from '../../bench/quality/datasets';

function re3dPart(documents: object[], entities: object[], bom = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 're3d-'));
  const lines = (rows: object[]) =>
    (bom ? '\uFEFF' : '') + rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(path.join(dir, 'documents.json'), lines(documents));
  writeFileSync(path.join(dir, 'entities.json'), lines(entities));
  return dir;
}

const doc = { _id: 'D1', title: 'T', text: 'Tobias Ellwood visited Baghdad.' };
const person = {
  _id: 'E1',
  documentId: 'D1',
  begin: 0,
  end: 14,
  type: 'Person',
  value: 'Tobias Ellwood',
  confidence: 1,
};

describe('re3d loader', () => {
  it('joins entities to their documents (BOM and blank lines tolerated)', () => {
    const docs = loadRe3dPart(re3dPart([doc], [person], true), 'UK');
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ id: 'D1', part: 'UK', title: 'T' });
    expect(docs[0].entities).toEqual([
      { id: 'E1', begin: 0, end: 14, type: 'Person', value: 'Tobias Ellwood', confidence: 1 },
    ]);
  });

  it.each([
    ['an entity of an unknown document', [{ ...person, documentId: 'nope' }]],
    ['offsets beyond the text', [{ ...person, end: 999 }]],
    ['a record without offsets', [{ _id: 'E2', documentId: 'D1', type: 'Person', value: 'x' }]],
  ])('rejects %s with DatasetError', (_what, entities) => {
    expect(() => loadRe3dPart(re3dPart([doc], entities))).toThrowError(
      expect.objectContaining({ name: 'DatasetError' }),
    );
  });

  it('rejects a line that is not JSON, naming the line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 're3d-'));
    writeFileSync(path.join(dir, 'x.json'), '{"a":1}\n{broken\n');
    expect(() => readJsonLines(path.join(dir, 'x.json'))).toThrowError(/x\.json:2/);
    expect(() => readJsonLines(path.join(dir, 'missing.json'))).toThrowError(
      expect.objectContaining({ name: 'DatasetError' }),
    );
  });

  it('reads every part folder of datasets/re3d-dev', () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'shared-'));
    const root = path.join(shared, 'datasets', 're3d-dev');
    for (const part of ['B-part', 'A-part']) {
      mkdirSync(path.join(root, part), { recursive: true });
      writeFileSync(path.join(root, part, 'documents.json'), JSON.stringify({ ...doc, _id: part }) + '\n');
      writeFileSync(path.join(root, part, 'entities.json'), '');
    }
    writeFileSync(path.join(root, 'README-re3d.md'), 'not a part');
    expect(loadRe3d(shared).map((d) => d.part)).toEqual(['A-part', 'B-part']);
    expect(() => loadRe3d(path.join(shared, 'nowhere'))).toThrowError(
      expect.objectContaining({ name: 'DatasetError' }),
    );
  });
});

describe('GMB split loader', () => {
  it('returns the sentences of one split from the zip under datasets/gmb', () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'shared-'));
    mkdirSync(path.join(shared, 'datasets', 'gmb'), { recursive: true });
    const rows = ['Sentence #,Word,POS,Tag'];
    for (let i = 0; i < 20; i++) rows.push(`Sentence: ${i + 1},w${i},NN,O`);
    writeFileSync(
      path.join(shared, 'datasets', 'gmb', 'ner_dataset.csv.zip'),
      zipSync({ 'ner_dataset.csv': Buffer.from(rows.join('\r\n'), 'latin1') }),
    );
    expect(loadGmbSplit(shared, 'test').map((s) => s.words[0])).toEqual(['w9', 'w19']);
    expect(loadGmbSplit(shared, 'dev').map((s) => s.words[0])).toEqual(['w8', 'w18']);
    expect(loadGmbSplit(shared, 'train')).toHaveLength(16);
    expect(() => loadGmbSplit(path.join(shared, 'x'), 'test')).toThrowError(
      expect.objectContaining({ name: 'DatasetError' }),
    );
  });
});
