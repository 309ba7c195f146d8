/**
 * Serves the built page from `plexus://app/` instead of `file://`: a real origin for the page, response
 * headers we control (the CSP), and no access to any other file on disk.
 */
import { promises as fs } from 'node:fs';
import type { Protocol } from 'electron';
import { RENDERER_CSP } from '../server/security';
import { contentTypeOf, lookupStaticFile } from '../server/static-files';
import { APP_HOST, APP_SCHEME } from './security';

/** Must run before the app is ready: a standard, secure scheme behaves like https for the page. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererRoot, request.url));
}

/** The response for one `plexus://` URL (exported for tests). */
export async function appResponse(rendererRoot: string, url: string): Promise<Response> {
  const { host, pathname } = new URL(url);
  const headers = { 'Content-Security-Policy': RENDERER_CSP, 'X-Content-Type-Options': 'nosniff' };
  if (host !== APP_HOST) return new Response('Not found', { status: 404, headers });
  const found = await lookupStaticFile(rendererRoot, pathname);
  if (found.kind === 'forbidden') return new Response('Forbidden', { status: 403, headers });
  if (found.kind === 'not-found') return new Response('Not found', { status: 404, headers });
  const body = await fs.readFile(found.file);
  return new Response(body, {
    status: 200,
    headers: { ...headers, 'Content-Type': contentTypeOf(found.file) },
  });
}
