/** `npm run train:ner` end to end on a small synthetic corpus, and its errors. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { loadNerModel } from '../../../../electron/pipeline/ner/tagger';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'electron', 'cli', 'train-ner.ts');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function run(args: string[]) {
  return spawnSync(TSX, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PLEXUS_SHARED: '' },
  });
}

function syntheticZip(dir: string): string {
  const names = [
    ['Anna', 'Novak'],
    ['Boris', 'Okafor'],
    ['Carla', 'Petrov'],
    ['Dmitri', 'Rossi'],
  ];
  const places = ['Lima', 'Oslo', 'Quito', 'Riga'];
  const rows = ['Sentence #,Word,POS,Tag'];
  for (let i = 0; i < 120; i++) {
    const [first, last] = names[i % names.length];
    rows.push(`Sentence: ${i + 1},${first},NNP,B-per`, `,${last},NNP,I-per`, ',visited,VBD,O');
    rows.push(`,${places[(i * 7) % places.length]},NNP,B-geo`, ',.,.,O');
  }
  const file = path.join(dir, 'gmb.csv.zip');
  writeFileSync(file, zipSync({ 'ner_dataset.csv': Buffer.from(rows.join('\r\n'), 'latin1') }));
  return file;
}

describe('train:ner CLI', () => {
  it('trains, writes a loadable model and records the command', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'train-ner-'));
    const lexicons = path.join(dir, 'lexicons');
    mkdirSync(lexicons);
    writeFileSync(path.join(lexicons, 'country.txt'), 'Peru\nNorway\n');
    const out = path.join(dir, 'model.json.gz');
    const result = run(['--data', syntheticZip(dir), '--out', out, '--epochs', '2', '--lexicons', lexicons]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/epoch 1: .*dev P/);
    expect(result.stdout).toMatch(/wrote .*model\.json\.gz/);
    const model = loadNerModel(out);
    expect(model.tag(['Carla', 'Novak', 'visited', 'Oslo', '.'])).toEqual([
      'B-per',
      'I-per',
      'O',
      'B-geo',
      'O',
    ]);
    expect(model.meta.training.command).toContain('--epochs 2');
    expect(model.meta.lexicons.country).toEqual(['Peru', 'Norway']);
  });

  it.each([
    ['no --data', [] as string[], /--data is required/],
    ['a missing corpus', ['--data', '/nonexistent/gmb.zip'], /CorpusFormatError/],
    ['a bad epoch count', ['--data', '/x.zip', '--epochs', 'many'], /--epochs must be a positive integer/],
    [
      'a missing lexicon folder',
      ['--data', '/x.zip', '--lexicons', '/nonexistent'],
      /LexiconError: Cannot read the lexicon folder/,
    ],
  ])('fails clearly with %s', (_what, args, message) => {
    const result = run(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
