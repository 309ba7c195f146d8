/**
 * `npm run web -- --port <n> [--corpus <dir>] [--host 127.0.0.1]`: the app in a browser, without Electron.
 * Serves until Ctrl+C (SIGINT) or SIGTERM, then shuts down cleanly.
 */
import { parseArgs } from 'node:util';
import { startWebServer, type WebServer } from '../server/web-server';
import { UsageError } from './usage';

const USAGE = `Usage: npm run web -- [--port <n>] [--corpus <folder>] [--host 127.0.0.1]

Serves Plexus at http://127.0.0.1:<port>/ (default port 5173; 0 picks a free one).
  --corpus <folder>  articles to build the graph from (default graph-data/corpus)
  --host <address>   only 127.0.0.1 is allowed: the corpus never leaves this computer
  -h, --help         show this help`;

export interface WebCliOptions {
  port: number;
  corpus?: string;
  host?: string;
}

/** Parses the command line; returns undefined for --help. */
export function parseWebArgs(argv: string[]): WebCliOptions | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '5173' },
        corpus: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return undefined;
  const port = Number(parsed.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${parsed.values.port}".`);
  return { port, corpus: parsed.values.corpus, host: parsed.values.host };
}

/** Starts the server and stops it on SIGINT/SIGTERM. The returned `close` also removes those handlers. */
export async function runWeb(
  options: WebCliOptions,
  log: (line: string) => void = console.log,
): Promise<WebServer> {
  const server = await startWebServer(options);
  log(`Plexus is running at ${server.url} (Ctrl+C to stop)`);
  const close = (): Promise<void> => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    return server.close();
  };
  const onSignal = (): void => void close().then(() => process.exit(0));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { ...server, close };
}

async function main(): Promise<void> {
  try {
    const options = parseWebArgs(process.argv.slice(2));
    if (!options) {
      console.log(USAGE);
      return;
    }
    await runWeb(options);
  } catch (error) {
    const { name, message } = error as Error;
    console.error(`plexus web: ${message}`);
    if (name === 'UsageError') console.error(USAGE);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
