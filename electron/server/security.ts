/**
 * Security rules of the page and the local server. The renderer is an untrusted web page: its Content
 * Security Policy starts from `default-src 'none'` and allows only what it needs. The server answers only
 * itself: requests whose Host or Origin is not 127.0.0.1/localhost on our port are refused (DNS rebinding,
 * cross-site requests from other pages open in the same browser).
 */
import type { IncomingMessage } from 'node:http';

/**
 * Same policy as the page's own meta tag: no inline scripts or styles (the page and Cytoscape.js set styles
 * through the CSSOM, which CSP does not restrict), workers only from our own files.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response of the local server. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The only interface we listen on: never the network. */
export const LOOPBACK_HOST = '127.0.0.1';

/** Binding to anything but the loopback interface would expose the corpus to the network. */
export class UnsafeHostError extends Error {
  constructor(host: string) {
    super(`Refusing to listen on "${host}": browser mode only serves ${LOOPBACK_HOST} (this computer).`);
    this.name = 'UnsafeHostError';
  }
}

export function assertLoopbackHost(host: string): void {
  if (host !== LOOPBACK_HOST) throw new UnsafeHostError(host);
}

/** `Host` must name us (blocks DNS rebinding: evil.example resolving to 127.0.0.1). */
export function isAllowedHostHeader(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return host === `${LOOPBACK_HOST}:${port}` || host === `localhost:${port}`;
}

/** A browser always sends `Origin` on POST; when present it must be our own page. */
export function isAllowedOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (
    origin !== undefined &&
    origin !== `http://${LOOPBACK_HOST}:${port}` &&
    origin !== `http://localhost:${port}`
  )
    return false;
  // Defence in depth for browsers that send Fetch Metadata but strip Origin.
  return request.headers['sec-fetch-site'] !== 'cross-site';
}
