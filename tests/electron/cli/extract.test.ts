import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runExtract, EXIT_FATAL, EXIT_OK, EXIT_PARTIAL } from '../../../electron/cli/extract';
import { serializedGraphSchema } from '../../../electron/graph/schema';

const ROOT = path.resolve(__dirname, '../../..');
const SEEDS = path.join(ROOT, 'graph-data/corpus');
const SUMMARY = /^(\d+) documents, (\d+) words -> (\d+) nodes, (\d+) edges in \d+\.\d\d s: /;
const BINARY = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
const ARTICLE =
  'The United Nations criticized Russia on Monday. Germany backed the United Nations in Geneva.';

function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plexus-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runExtract(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr: stderr.join('\n') };
}

describe('extract CLI', () => {
  it('writes the seed graph and prints one summary line', async () => {
    const out = path.join(tempDir(), 'graph.json');
    const { code, stdout, stderr } = await run(SEEDS, '--out', out);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    expect(stdout).toHaveLength(1);
    const [, documents, words, nodes, edges] = SUMMARY.exec(stdout[0])!.map(Number);
    const graph = serializedGraphSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(documents).toBe(5);
    expect(words).toBeGreaterThan(1000);
    expect(graph.nodes).toHaveLength(nodes);
    expect(graph.edges).toHaveLength(edges);
    expect(graph.attributes.corpus.every((d) => d.text === undefined)).toBe(true);
  });

  it('embeds the texts with --with-text', async () => {
    const out = path.join(tempDir(), 'graph.json');
    expect((await run(SEEDS, '--out', out, '--with-text')).code).toBe(EXIT_OK);
    const graph = serializedGraphSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.attributes.corpus.every((d) => (d.text ?? '').length > 100)).toBe(true);
  });

  it('reads one file as input', async () => {
    const dir = tempDir({ 'one.txt': ARTICLE });
    const { code, stdout } = await run(path.join(dir, 'one.txt'), '--out', path.join(dir, 'g.json'));
    expect(code).toBe(EXIT_OK);
    expect(SUMMARY.exec(stdout[0])?.[1]).toBe('1');
  });

  it('still writes the graph when a file is binary, lists it on stderr and exits 2', async () => {
    const dir = tempDir({ 'good.txt': ARTICLE, 'picture.txt': BINARY });
    const out = path.join(dir, 'out', 'graph.json');
    const { code, stdout, stderr } = await run(dir, '--out', out);
    expect(code).toBe(EXIT_PARTIAL);
    expect(stderr).toMatch(/error \[binary-file\] picture\.txt: /);
    expect(SUMMARY.exec(stdout[0])?.[1]).toBe('1');
    expect(serializedGraphSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).attributes.corpus).toHaveLength(
      1,
    );
  });

  it.each([
    ['a missing path', () => '/no/such/corpus', /CorpusNotFoundError/],
    ['an empty folder', () => tempDir(), /EmptyCorpusError/],
    ['a folder of binary files only', () => tempDir({ 'a.txt': BINARY }), /binary-file/],
    ['a lone binary file', () => path.join(tempDir({ 'a.txt': BINARY }), 'a.txt'), /binary-file/],
  ])('fails on %s with exit 1 and leaves an existing output untouched', async (_what, input, message) => {
    const dir = tempDir({ 'graph.json': 'PREVIOUS' });
    const out = path.join(dir, 'graph.json');
    const { code, stdout, stderr } = await run(input(), '--out', out);
    expect(code).toBe(EXIT_FATAL);
    expect(stdout).toEqual([]);
    expect(stderr).toMatch(message);
    expect(readFileSync(out, 'utf8')).toBe('PREVIOUS');
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it.each([
    ['no arguments', [], /No input given/],
    ['no --out', [SEEDS], /--out/],
    ['two inputs', [SEEDS, SEEDS, '--out', 'x.json'], /Expected one input/],
    ['an unknown option', [SEEDS, '--out', 'x.json', '--fast'], /Unknown option/],
  ])('refuses %s with the usage and exit 1', async (_what, argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(EXIT_FATAL);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run extract');
  });

  it('prints the usage with --help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(EXIT_OK);
    expect(stdout.join('\n')).toMatch(/Exit codes: 0 written; 2 written/);
  });

  it('refuses an output that is a folder, or under a file, before doing any work', async () => {
    const dir = tempDir({ 'file.txt': 'x' });
    const intoFolder = await run(SEEDS, '--out', dir);
    expect(intoFolder.code).toBe(EXIT_FATAL);
    expect(intoFolder.stderr).toMatch(/OutputError/);
    const underFile = await run(SEEDS, '--out', path.join(dir, 'file.txt', 'graph.json'));
    expect(underFile.code).toBe(EXIT_FATAL);
    expect(underFile.stderr).toMatch(/OutputError/);
    expect(readdirSync(dir)).toEqual(['file.txt']);
  });

  it('replaces an existing output only with a complete new graph', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'graph.json');
    writeFileSync(out, 'OLD');
    expect((await run(SEEDS, '--out', out)).code).toBe(EXIT_OK);
    expect(() => serializedGraphSchema.parse(JSON.parse(readFileSync(out, 'utf8')))).not.toThrow();
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('works as a real process: exit code and streams', async () => {
    const dir = tempDir({ 'good.txt': ARTICLE, 'bad.txt': BINARY });
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'more.md'), `# Talks\n\n${ARTICLE}`);
    const out = path.join(dir, 'graph.json');
    // node + tsx's CLI script rather than node_modules/.bin/tsx, which is a .cmd shim on Windows.
    const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const argv = [tsx, 'electron/cli/extract.ts', dir, '--out', out];
    const child = await promisify(execFile)(process.execPath, argv, {
      cwd: ROOT,
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(child.code).toBe(EXIT_PARTIAL);
    expect(child.stdout.trim().split('\n')).toHaveLength(1);
    expect(child.stdout).toMatch(SUMMARY);
    expect(child.stderr).toMatch(/bad\.txt/);
    expect(existsSync(out)).toBe(true);
  });
});
