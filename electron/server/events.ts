/** Server-Sent Events: pushes `graphChanged` (the GraphState JSON) to every open page. */
import type { ServerResponse } from 'node:http';
import type { GraphState } from '../ipc/contract';
import { SECURITY_HEADERS } from './security';

/** Keeps idle connections (and proxies) from timing out between two graph changes. */
const HEARTBEAT_MS = 20_000;

export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.writeAll(': ping\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Opens the stream and sends the current state at once, so a late subscriber never misses a change. */
  add(response: ServerResponse, current: GraphState): void {
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write('retry: 2000\n\n');
    response.write(graphChangedEvent(current));
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  publish(state: GraphState): void {
    this.writeAll(graphChangedEvent(state));
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private writeAll(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}

/** One SSE message; JSON never contains a raw newline, so a single `data:` line is enough. */
export function graphChangedEvent(state: GraphState): string {
  return `event: graphChanged\nid: ${state.revision}\ndata: ${JSON.stringify(state)}\n\n`;
}
