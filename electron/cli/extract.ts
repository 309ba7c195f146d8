/**
 * `npm run extract -- <input> --out <graph.json>`: builds the knowledge graph of a folder (read
 * recursively) or one file and writes it as the contract's graph JSON (../shared/guide/ontology.md).
 *
 * stdout: one summary line. stderr: one line per file problem, or the fatal error.
 * Exit codes: 0 written cleanly; 2 written, but some files could not be read (see stderr);
 * 1 nothing written (bad usage, missing input, nothing readable, output not writable).
 * The output is written to a temporary file and renamed over the target, so a failure never leaves a
 * half-written graph or destroys an existing one.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportGraphJson, rememberDocumentTexts } from '../graph/io/index';
import { extractFromPath } from '../pipeline/index';
import { writeFileAtomically } from '../session/atomic-write';
import type { Diagnostic } from '../pipeline/types';
import { UsageError } from './usage';

export const EXIT_OK = 0;
export const EXIT_FATAL = 1;
export const EXIT_PARTIAL = 2;

const USAGE = `Usage: npm run extract -- <input> --out <graph.json> [--with-text] [--pretty]

Builds the knowledge graph of <input> (a folder, read recursively: .txt .md .html .csv; or one file).
  --out <file>   where to write the graph JSON (required; replaced atomically)
  --with-text    embed each article's text, so the saved graph shows evidence in context
  --pretty       indent the JSON
  -h, --help     show this help

Exit codes: 0 written; 2 written but some files were skipped (listed on stderr); 1 failed, nothing written.`;

/** Writing the output failed (folder missing and not creatable, no permission, disk full...). */
export class OutputError extends Error {
  constructor(file: string, detail: string) {
    super(`Cannot write "${file}": ${detail}.`);
    this.name = 'OutputError';
  }
}

export interface ExtractCliOptions {
  input: string;
  out: string;
  withText: boolean;
  pretty: boolean;
}

export interface Io {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Returns undefined for --help. */
export function parseExtractArgs(argv: string[]): ExtractCliOptions | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', short: 'o' },
        'with-text': { type: 'boolean', default: false },
        pretty: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length ? `Expected one input, got ${positionals.length}.` : 'No input given.',
    );
  if (!values.out) throw new UsageError('No output given: add --out <graph.json>.');
  return { input: positionals[0], out: values.out, withText: values['with-text'], pretty: values.pretty };
}

export async function runExtract(argv: string[], io: Io): Promise<number> {
  let options: ExtractCliOptions | undefined;
  try {
    options = parseExtractArgs(argv);
  } catch (error) {
    io.stderr(`plexus extract: ${(error as Error).message}`);
    io.stderr(USAGE);
    return EXIT_FATAL;
  }
  if (!options) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  try {
    return await extract(options, io);
  } catch (error) {
    const { name, message } = error as Error;
    // The reader's EmptyCorpusError lists why each file was skipped.
    const diagnostics = (error as { diagnostics?: Diagnostic[] }).diagnostics ?? [];
    for (const line of diagnostics.map(formatDiagnostic)) io.stderr(line);
    io.stderr(`plexus extract: ${message}${name && name !== 'Error' ? ` (${name})` : ''}`);
    return EXIT_FATAL;
  }
}

async function extract(options: ExtractCliOptions, io: Io): Promise<number> {
  const out = path.resolve(options.out);
  await assertWritableTarget(out);
  const result = await extractFromPath(options.input);
  for (const line of result.diagnostics.map(formatDiagnostic)) io.stderr(line);
  if (result.stats.documents === 0)
    throw new OutputError(out, 'no document could be read, so nothing was written');

  if (options.withText) rememberDocumentTexts(result.graph, result.documents);
  const json = exportGraphJson(result.graph, { includeText: options.withText, pretty: options.pretty });
  await writeOutput(out, json);

  const { documents, words, nodes, edges, seconds } = result.stats;
  io.stdout(
    `${documents} documents, ${words} words -> ${nodes} nodes, ${edges} edges in ${seconds.toFixed(2)} s: ${options.out}`,
  );
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT_PARTIAL : EXIT_OK;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity} [${d.code}]${d.file ? ` ${d.file}` : ''}: ${d.message}`;
}

/** Fails before the (possibly long) extraction if the output can never be written. */
async function assertWritableTarget(out: string): Promise<void> {
  const stat = await fs.stat(out).catch(() => undefined);
  if (stat?.isDirectory()) throw new OutputError(out, 'it is a folder; give a file name such as graph.json');
}

/** Atomic replace (see writeFileAtomically); any failure becomes an OutputError naming the file. */
async function writeOutput(out: string, content: string): Promise<void> {
  try {
    await writeFileAtomically(out, content);
  } catch (error) {
    throw new OutputError(out, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
}

if (require.main === module) {
  void runExtract(process.argv.slice(2), {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
