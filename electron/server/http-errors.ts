/** HTTP status for each named error, and the JSON error body the page reads. */
import type { ServerResponse } from 'node:http';
import { serializeError } from '../ipc/errors';
import { SECURITY_HEADERS } from './security';

export class PayloadTooLargeError extends Error {
  constructor(limit: number) {
    super(`The request is larger than ${Math.round(limit / 1_048_576)} MB.`);
    this.name = 'PayloadTooLargeError';
  }
}

export class InvalidJsonError extends Error {
  constructor(detail: string) {
    super(`The request body is not valid JSON: ${detail}`);
    this.name = 'InvalidJsonError';
  }
}

export class ForbiddenRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenRequestError';
  }
}

const STATUS_BY_NAME: Readonly<Record<string, number>> = {
  InvalidArgumentsError: 400,
  InvalidJsonError: 400,
  ForbiddenRequestError: 403,
  UnknownCallError: 404,
  NoGraphError: 409,
  PayloadTooLargeError: 413,
  UnsupportedMediaTypeError: 415,
  UnsupportedInModeError: 501,
};

/** Built-in JavaScript errors are our bugs (500); any other named error is about the user's input (422). */
const INTERNAL_NAMES = new Set(['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError']);

export function statusForError(error: unknown): number {
  const { name } = serializeError(error);
  return STATUS_BY_NAME[name] ?? (INTERNAL_NAMES.has(name) ? 500 : 422);
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(text);
}

export function sendError(response: ServerResponse, error: unknown, status = statusForError(error)): void {
  // After refusing an oversized upload, drop the connection rather than read the rest of it.
  const extra: Record<string, string> = status === 413 ? { Connection: 'close' } : {};
  sendJson(response, status, { error: serializeError(error) }, extra);
}
