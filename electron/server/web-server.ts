/**
 * Browser mode: a small HTTP server on 127.0.0.1 that serves the built page (`dist/renderer/`) and the
 * same API as the Electron IPC contract, so the app runs (and is tested end to end) without Electron.
 *
 *   POST /api/invoke/<name>  {"args":[...]}  -> {"result": ...} | {"error": {"name", "message"}}
 *   GET  /api/events                         -> Server-Sent Events, `event: graphChanged`
 *   GET  /api/graph                          -> the current graph JSON (503 while loading)
 *   GET  /<file>                             -> the page
 *
 * See docs/architecture.md for the status codes.
 */
import { createReadStream, existsSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { invokeContract, type InvokeName } from '../ipc/contract';
import { UnknownCallError } from '../ipc/errors';
import { validateInvokeArgs } from '../ipc/validate';
import { createInvokeHandlers, type InvokeHandlers, type ShellPlatform } from '../session/handlers';
import { defaultCorpusDir, findAppRoot, rendererDir } from '../session/paths';
import { PlexusSession } from '../session/session';
import { WorkerExtractor, type Extractor } from '../worker/extractor';
import { browserPlatform } from './browser-platform';
import { EventHub } from './events';
import {
  ForbiddenRequestError,
  InvalidJsonError,
  PayloadTooLargeError,
  sendError,
  sendJson,
} from './http-errors';
import {
  assertLoopbackHost,
  isAllowedHostHeader,
  isAllowedOrigin,
  LOOPBACK_HOST,
  SECURITY_HEADERS,
} from './security';
import { contentTypeOf, lookupStaticFile } from './static-files';

export interface WebServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Folder (or file) built at start-up; default `graph-data/corpus`. */
  corpus?: string;
  /** Only 127.0.0.1 is accepted. */
  host?: string;
  /** The built page; default `dist/renderer`. */
  staticDir?: string;
  /** Default: a worker thread per build. Tests may pass an `InProcessExtractor`. */
  extractor?: Extractor;
  /** Largest accepted body for calls that upload files or graphs (default 256 MiB). */
  maxUploadBytes?: number;
  /** Replaces the browser platform (tests). */
  platform?: ShellPlatform;
}

export interface WebServer {
  url: string;
  session: PlexusSession;
  close(): Promise<void>;
}

const DEFAULT_MAX_UPLOAD_BYTES = 256 * 1_048_576;
/** Every other call carries at most a list of node keys. */
const MAX_SMALL_BODY_BYTES = 16 * 1_048_576;
const UPLOAD_CALLS: ReadonlySet<InvokeName> = new Set(['importFiles', 'importGraph', 'saveFile']);

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? LOOPBACK_HOST;
  assertLoopbackHost(host);
  const appRoot = findAppRoot(__dirname);
  const staticDir = path.resolve(options.staticDir ?? rendererDir(appRoot));
  const session = new PlexusSession(options.extractor ?? new WorkerExtractor());
  const handlers = createInvokeHandlers(session, options.platform ?? browserPlatform(appRoot));
  const events = new EventHub();
  session.onChange((state) => events.publish(state));

  // Validates the corpus path (throws CorpusNotFoundError) and starts the build before the first request,
  // so the page's first getGraph already sees `loading`.
  await session.openFolder(options.corpus ?? defaultCorpusDir(appRoot));

  const context: RequestContext = {
    port: 0,
    staticDir,
    session,
    handlers,
    events,
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
  };
  const server = http.createServer((request, response) => {
    handleRequest(context, request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, error);
      else response.destroy();
    });
  });
  try {
    await listen(server, options.port, host);
  } catch (error) {
    session.dispose();
    events.close();
    throw error;
  }
  context.port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${context.port}/`,
    session,
    close: () => (closing ??= shutdown(server, session, events)),
  };
}

interface RequestContext {
  port: number;
  staticDir: string;
  session: PlexusSession;
  handlers: InvokeHandlers;
  events: EventHub;
  maxUploadBytes: number;
}

async function handleRequest(
  ctx: RequestContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (!isAllowedHostHeader(request.headers.host, ctx.port)) {
    sendError(response, new ForbiddenRequestError('This server only answers requests for 127.0.0.1.'));
    return;
  }
  const { pathname } = new URL(request.url ?? '/', `http://${LOOPBACK_HOST}`);
  if (pathname.startsWith('/api/')) return handleApi(ctx, pathname, request, response);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendJson(
      response,
      405,
      { error: { name: 'MethodNotAllowedError', message: 'Use GET.' } },
      { Allow: 'GET, HEAD' },
    );
    return;
  }
  return serveStatic(ctx, pathname, request, response);
}

async function handleApi(
  ctx: RequestContext,
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (pathname === '/api/graph' && request.method === 'GET') return sendGraph(ctx, response);
  if (pathname === '/api/events' && request.method === 'GET') {
    ctx.events.add(response, ctx.session.getState());
    return;
  }
  const match = /^\/api\/invoke\/([A-Za-z]+)$/.exec(pathname);
  if (match && request.method === 'POST') return invoke(ctx, match[1], request, response);
  if (match || pathname === '/api/graph' || pathname === '/api/events') {
    sendJson(response, 405, {
      error: { name: 'MethodNotAllowedError', message: `${request.method} is not allowed here.` },
    });
    return;
  }
  sendError(response, new UnknownCallError(pathname));
}

async function invoke(
  ctx: RequestContext,
  name: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (!isAllowedOrigin(request, ctx.port)) {
    sendError(response, new ForbiddenRequestError('Cross-origin requests are refused.'));
    return;
  }
  if (!Object.prototype.hasOwnProperty.call(invokeContract, name)) {
    sendError(response, new UnknownCallError(name));
    return;
  }
  const callName = name as InvokeName;
  // Requiring JSON means another site cannot post here with a plain HTML form (no CORS preflight).
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    sendJson(response, 415, {
      error: { name: 'UnsupportedMediaTypeError', message: 'Send the arguments as application/json.' },
    });
    return;
  }
  const limit = UPLOAD_CALLS.has(callName) ? ctx.maxUploadBytes : MAX_SMALL_BODY_BYTES;
  const body = await readJsonBody(request, limit);
  const args = validateInvokeArgs(callName, argsOf(body));
  const handler = ctx.handlers[callName] as (...a: unknown[]) => Promise<unknown>;
  const result = await handler(...(args as unknown[]));
  sendJson(response, 200, { result: result ?? null });
}

/** `{"args": [...]}`; an empty body means no arguments. */
function argsOf(body: unknown): unknown {
  if (body === undefined) return [];
  if (body && typeof body === 'object' && 'args' in body) return (body as { args: unknown }).args;
  return body; // let the schema report what is wrong with it
}

async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    throw new PayloadTooLargeError(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      request.resume();
      throw new PayloadTooLargeError(limit);
    }
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new InvalidJsonError((error as Error).message);
  }
}

function sendGraph(ctx: RequestContext, response: ServerResponse): void {
  const state = ctx.session.getState();
  const status = { status: state.status, source: state.source, revision: state.revision };
  switch (state.status) {
    case 'ready':
      sendJson(response, 200, state.graph);
      return;
    case 'loading':
      sendJson(
        response,
        503,
        { ...status, message: 'The graph is being built; try again shortly.' },
        { 'Retry-After': '1' },
      );
      return;
    case 'empty':
      sendJson(response, 404, {
        ...status,
        error: { name: 'EmptyCorpusError', message: state.message ?? 'No graph.' },
      });
      return;
    case 'error':
      sendJson(response, 500, {
        ...status,
        error: { name: 'GraphBuildError', message: state.message ?? 'The build failed.' },
      });
  }
}

async function serveStatic(
  ctx: RequestContext,
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const found = await lookupStaticFile(ctx.staticDir, pathname);
  if (found.kind === 'forbidden') {
    sendError(response, new ForbiddenRequestError(`Refused path: ${found.reason}.`));
    return;
  }
  if (found.kind === 'not-found') {
    const hint = existsSync(path.join(ctx.staticDir, 'index.html'))
      ? ''
      : ' The page is not built: run `npm run build`.';
    sendJson(response, 404, {
      error: { name: 'NotFoundError', message: `No such file: ${pathname}.${hint}` },
    });
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeOf(found.file),
    'Content-Length': found.size,
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => response.destroy())
    .pipe(response);
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function shutdown(server: http.Server, session: PlexusSession, events: EventHub): Promise<void> {
  session.dispose();
  events.close();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Give in-flight requests a moment, then cut what is left (a stuck upload must not block shutdown).
  const timer = setTimeout(() => server.closeAllConnections(), 2000);
  timer.unref();
  await closed;
  clearTimeout(timer);
}
