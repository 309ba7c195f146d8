import http from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializedGraphSchema } from '../../../electron/graph/schema';
import type { GraphState } from '../../../electron/ipc/contract';
import { startWebServer, type WebServer } from '../../../electron/server/web-server';
import type { Extractor } from '../../../electron/worker/extractor';
import { InProcessExtractor } from '../../../electron/worker/in-process';
import type { ExtractionOutcome } from '../../../electron/worker/job';

const SEEDS = path.resolve(__dirname, '../../../graph-data/corpus');

/** A page folder with a secret file beside it, to prove traversal never reaches it. */
function makeStaticDir(): string {
  const base = mkdtempSync(path.join(os.tmpdir(), 'plexus-web-'));
  writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');
  const page = path.join(base, 'page');
  mkdirSync(page);
  writeFileSync(path.join(page, 'index.html'), '<!doctype html><title>Plexus</title>');
  writeFileSync(path.join(page, 'app.js'), 'console.log(1);');
  writeFileSync(path.join(page, '.env'), 'HIDDEN');
  return page;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with exactly this path and headers (fetch would normalise `..` and refuse a custom Host). */
function raw(
  server: WebServer,
  method: string,
  rawPath: string,
  headers: Record<string, string | undefined> = {},
  body?: string,
): Promise<RawResponse> {
  const { port } = new URL(server.url);
  // `host: undefined` sends no Host header at all; no `host` key sends the normal one.
  const setHost = !('host' in headers) || headers.host !== undefined;
  const sent = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined));
  return new Promise((resolve, reject) => {
    const options = { host: '127.0.0.1', port, method, path: rawPath, headers: sent, setHost, agent: false };
    const req = http.request(options as http.RequestOptions, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

async function invoke(server: WebServer, name: string, args: unknown[], init: RequestInit = {}) {
  const response = await fetch(`${server.url}api/invoke/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ args }),
    ...init,
  });
  // Answers of every call go through here; each test asserts the shape it expects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Answer = { result?: any; error?: { name: string; message: string } };
  return { status: response.status, body: (await response.json()) as Answer };
}

/** Reads Server-Sent Events until one matches; returns its parsed data. */
function waitForEvent(
  server: WebServer,
  match: (state: GraphState) => boolean,
): { ready: Promise<void>; event: Promise<GraphState> } {
  let onReady!: () => void;
  const ready = new Promise<void>((r) => (onReady = r));
  const event = new Promise<GraphState>((resolve, reject) => {
    const req = http.get(`${server.url}api/events`, (res) => {
      expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
      onReady();
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          if (!lines.includes('event: graphChanged')) continue;
          const data = lines.find((l) => l.startsWith('data: '))!.slice(6);
          const state = JSON.parse(data) as GraphState;
          if (match(state)) {
            req.destroy();
            resolve(state);
          }
        }
      });
    });
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
  });
  return { ready, event };
}

/** An extractor whose jobs finish only when the test says so. */
function controlledExtractor() {
  const real = new InProcessExtractor();
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const extractor: Extractor = {
    async run(job, signal): Promise<ExtractionOutcome> {
      await gate;
      return real.run(job, signal);
    },
  };
  return { extractor, release };
}

describe('browser-mode server', () => {
  let server: WebServer;
  let gate: ReturnType<typeof controlledExtractor>;

  beforeAll(async () => {
    gate = controlledExtractor();
    server = await startWebServer({
      port: 0,
      corpus: SEEDS,
      staticDir: makeStaticDir(),
      extractor: gate.extractor,
      maxUploadBytes: 200_000,
    });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('answers loading at once, then pushes graphChanged with the built graph', async () => {
    const first = await invoke(server, 'getGraph', []);
    expect(first.status).toBe(200);
    expect(first.body.result.status).toBe('loading');
    const graphWhileLoading = await raw(server, 'GET', '/api/graph', { host: new URL(server.url).host });
    expect(graphWhileLoading.status).toBe(503);
    expect(JSON.parse(graphWhileLoading.body).status).toBe('loading');

    const sse = waitForEvent(server, (s) => s.status === 'ready');
    await sse.ready;
    gate.release();
    const pushed = await sse.event;
    expect(pushed.stats!.documents).toBe(5);
    expect(pushed.graph!.nodes.length).toBeGreaterThan(10);
    expect(pushed.revision).toBeGreaterThan(first.body.result.revision);

    const after = await invoke(server, 'getGraph', []);
    expect(after.body.result).toMatchObject({ status: 'ready', revision: pushed.revision });
  });

  it('GET /api/graph returns the graph in the contract JSON', async () => {
    const response = await fetch(`${server.url}api/graph`);
    expect(response.status).toBe(200);
    const graph = serializedGraphSchema.parse(await response.json());
    expect(graph.attributes.corpus).toHaveLength(5);
  });

  it('serves a document with its text for the evidence reader', async () => {
    const graph = (await invoke(server, 'getGraph', [])).body.result as GraphState;
    const id = graph.graph!.attributes.corpus[0].id;
    const { body } = await invoke(server, 'getDocument', [id]);
    expect(body.result.id).toBe(id);
    expect(body.result.text.length).toBeGreaterThan(500);
    expect((await invoke(server, 'getDocument', ['no/such.txt'])).body.result).toBeNull();
  });

  it.each([
    ['getDocument', [42], 400, 'InvalidArgumentsError'],
    ['getDocument', [], 400, 'InvalidArgumentsError'],
    ['exportGraph', [{ format: 'pdf' }], 400, 'InvalidArgumentsError'],
    [
      'saveFile',
      [{ suggestedName: '../../x', mime: 'text/plain', encoding: 'utf8', data: '' }],
      400,
      'InvalidArgumentsError',
    ],
    ['noSuchCall', [], 404, 'UnknownCallError'],
    ['openCorpusDialog', [], 501, 'UnsupportedInModeError'],
    ['openGraphDialog', [], 501, 'UnsupportedInModeError'],
    ['importGraph', ['{"nodes": 3}'], 422, 'GraphFormatError'],
  ])('%s(%j) answers %i %s', async (name, args, status, errorName) => {
    const { status: got, body } = await invoke(server, name, args);
    expect(got).toBe(status);
    expect(body.error?.name).toBe(errorName);
    expect(body.error?.message.length).toBeGreaterThan(10);
  });

  it('answers saveFile as unsupported (the page downloads instead)', async () => {
    const { body } = await invoke(server, 'saveFile', [
      { suggestedName: 'g.json', mime: 'application/json', encoding: 'utf8', data: '{}' },
    ]);
    expect(body.result).toEqual({ saved: false, unsupported: true });
  });

  it('keeps the current graph when a saved graph is malformed', async () => {
    const before = (await invoke(server, 'getGraph', [])).body.result as GraphState;
    await invoke(server, 'importGraph', ['not json']);
    const after = (await invoke(server, 'getGraph', [])).body.result as GraphState;
    expect(after.revision).toBe(before.revision);
    expect(after.status).toBe('ready');
  });

  it('exports the graph as files', async () => {
    const { body } = await invoke(server, 'exportGraph', [{ format: 'csv' }]);
    expect(body.result.map((f: { filename: string }) => f.filename).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/nodes\.csv$/), expect.stringMatching(/edges\.csv$/)]),
    );
  });

  it.each([
    ['not JSON', 'application/json', '{"args": [', 400, 'InvalidJsonError'],
    ['a form post', 'application/x-www-form-urlencoded', 'args=1', 415, 'UnsupportedMediaTypeError'],
    ['args not a list', 'application/json', '{"args": {"0": 1}}', 400, 'InvalidArgumentsError'],
  ])('refuses %s', async (_what, type, body, status, errorName) => {
    const response = await raw(
      server,
      'POST',
      '/api/invoke/getGraph',
      { host: new URL(server.url).host, 'content-type': type },
      body,
    );
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body).error.name).toBe(errorName);
  });

  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify({ args: ['x'.repeat(300_000)] });
    const response = await raw(
      server,
      'POST',
      '/api/invoke/importGraph',
      { host: new URL(server.url).host, 'content-type': 'application/json' },
      big,
    );
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.name).toBe('PayloadTooLargeError');
  });

  it.each([
    ['a foreign Host (DNS rebinding)', { host: 'evil.example' }],
    ['a foreign Host with a port', { host: 'evil.example:5173' }],
  ])('refuses %s', async (_what, headers) => {
    const response = await raw(server, 'GET', '/api/graph', headers);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body).error.name).toBe('ForbiddenRequestError');
  });

  it('refuses a request without Host', async () => {
    const response = await raw(server, 'GET', '/api/graph', { host: undefined });
    expect([400, 403]).toContain(response.status);
    expect(response.body).not.toContain('"nodes"');
  });

  it('accepts localhost as Host and refuses a foreign Origin on POST', async () => {
    const { port } = new URL(server.url);
    const ok = await raw(
      server,
      'POST',
      '/api/invoke/getAppInfo',
      { host: `localhost:${port}`, 'content-type': 'application/json', origin: `http://localhost:${port}` },
      '{"args":[]}',
    );
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).result).toMatchObject({ name: 'Plexus', mode: 'browser' });
    const evil = await raw(
      server,
      'POST',
      '/api/invoke/getGraph',
      { host: `127.0.0.1:${port}`, 'content-type': 'application/json', origin: 'http://evil.example' },
      '{"args":[]}',
    );
    expect(evil.status).toBe(403);
    const crossSite = await raw(
      server,
      'POST',
      '/api/invoke/getGraph',
      { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      '{"args":[]}',
    );
    expect(crossSite.status).toBe(403);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/app.js%00.html',
    '/.env',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ])('never serves %s outside the page', async (rawPath) => {
    const response = await raw(server, 'GET', rawPath, { host: new URL(server.url).host });
    expect([403, 404]).toContain(response.status);
    expect(response.body).not.toContain('TOP SECRET');
    expect(response.body).not.toContain('HIDDEN');
    expect(response.body).not.toContain('root:');
  });

  it('serves the page with CSP and nosniff headers', async () => {
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await fetch(`${server.url}app.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    const api = await fetch(`${server.url}api/graph`);
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
    expect((await fetch(server.url, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('browser-mode server: uploads and start-up', () => {
  it('builds a graph from uploaded files in a worker thread and pushes it', async () => {
    const server = await startWebServer({ port: 0, corpus: SEEDS, staticDir: makeStaticDir() });
    try {
      await server.session.whenIdle();
      const text = 'The United Nations criticized Russia. Germany supported the United Nations in Geneva.';
      const sse = waitForEvent(server, (s) => s.source.kind === 'files' && s.status !== 'loading');
      await sse.ready;
      const { body } = await invoke(server, 'importFiles', [
        [{ name: 'note.txt', data: Buffer.from(text).toString('base64') }],
      ]);
      expect(body.result).toMatchObject({ status: 'loading', source: { kind: 'files', label: 'note.txt' } });
      const pushed = await sse.event;
      expect(pushed.status).toBe('ready');
      expect(pushed.stats!.documents).toBe(1);
      const doc = (await invoke(server, 'getDocument', ['note.txt'])).body.result;
      expect(doc.text).toBe(text);
    } finally {
      await server.close();
    }
  });

  it('refuses to bind anywhere but 127.0.0.1', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'localhost']) {
      await expect(startWebServer({ port: 0, host, corpus: SEEDS })).rejects.toMatchObject({
        name: 'UnsafeHostError',
      });
    }
  });

  it('refuses a corpus that does not exist', async () => {
    await expect(
      startWebServer({ port: 0, corpus: '/no/such/folder', extractor: new InProcessExtractor() }),
    ).rejects.toMatchObject({
      name: 'CorpusNotFoundError',
    });
  });

  it('close() ends open event streams and stops listening', async () => {
    const server = await startWebServer({
      port: 0,
      corpus: SEEDS,
      staticDir: makeStaticDir(),
      extractor: new InProcessExtractor(),
    });
    const sse = waitForEvent(server, () => false);
    await sse.ready;
    await server.close();
    await expect(fetch(`${server.url}api/graph`)).rejects.toThrow();
  });
});
