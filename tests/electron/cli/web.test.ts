import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs, runWeb } from '../../../electron/cli/web';

describe('web CLI arguments', () => {
  it.each([
    [[], { port: 5173 }],
    [['--port', '0'], { port: 0 }],
    [['--port', '8080', '--corpus', 'my/articles'], { port: 8080, corpus: 'my/articles' }],
    [['--host', '127.0.0.1'], { port: 5173, host: '127.0.0.1' }],
  ])('parses %j', (argv, expected) => {
    expect(parseWebArgs(argv)).toEqual({ corpus: undefined, host: undefined, ...expected });
  });

  it.each([[['--port', 'eighty']], [['--port', '70000']], [['--port', '-1']], [['--verbose']], [['stray']]])(
    'refuses %j with a UsageError',
    (argv) => {
      expect(() => parseWebArgs(argv)).toThrow(expect.objectContaining({ name: 'UsageError' }));
    },
  );

  it('returns undefined for --help', () => {
    expect(parseWebArgs(['--help'])).toBeUndefined();
  });

  it('starts the server and prints its URL', async () => {
    const lines: string[] = [];
    const corpus = path.resolve(__dirname, '../../../graph-data/corpus');
    const server = await runWeb({ port: 0, corpus }, (line) => lines.push(line));
    try {
      expect(lines).toEqual([`Plexus is running at ${server.url} (Ctrl+C to stop)`]);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    } finally {
      const handlers = process.listenerCount('SIGINT');
      await server.close();
      expect(process.listenerCount('SIGINT')).toBe(handlers - 1);
    }
  });
});
