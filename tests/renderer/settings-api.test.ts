import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, toggleTheme, updateSetting } from '../../renderer/state/settings';
import { createStore } from '../../renderer/state/store';
import { pruneSelection, sameSelection, selectEdge, selectNode } from '../../renderer/state/selection';
import { createHttpApi, decodeInvokeResponse } from '../../renderer/api/http';
import { isUnsupported } from '../../renderer/api/errors';

describe('settings', () => {
  it.each([
    [null, DEFAULT_SETTINGS],
    ['not json', DEFAULT_SETTINGS],
    ['[1,2]', DEFAULT_SETTINGS],
    [
      '{"theme":"dark","sizeBy":"betweenness","focusDepth":2}',
      { ...DEFAULT_SETTINGS, theme: 'dark', sizeBy: 'betweenness', focusDepth: 2 },
    ],
    ['{"theme":"neon","layout":"spiral","focusDepth":7}', DEFAULT_SETTINGS],
  ])('parses %s', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  it('follows the system dark preference when nothing is saved', () => {
    expect(parseSettings(null, true).theme).toBe('dark');
  });

  it('updates immutably and keeps identity when nothing changes', () => {
    expect(updateSetting(DEFAULT_SETTINGS, 'layout', 'force')).toBe(DEFAULT_SETTINGS);
    expect(toggleTheme(DEFAULT_SETTINGS).theme).toBe('dark');
    expect(DEFAULT_SETTINGS.theme).toBe('light');
  });
});

describe('store and selection', () => {
  it('notifies only on change', () => {
    const store = createStore({ n: 1 });
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.n));
    store.update((s) => s);
    store.update((s) => ({ n: s.n + 1 }));
    expect(seen).toEqual([2]);
  });

  it('compares and prunes selections', () => {
    expect(sameSelection(selectNode('a'), selectNode('a'))).toBe(true);
    expect(sameSelection(selectNode('a'), selectEdge('a'))).toBe(false);
    expect(pruneSelection(selectNode('gone'), () => false)).toBeNull();
    expect(pruneSelection(selectEdge('e'), () => true)).toEqual(selectEdge('e'));
  });
});

describe('HTTP API client', () => {
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('posts the arguments and returns the result', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const api = createHttpApi({
      fetch: async (url, init) => {
        calls.push([url, init]);
        return json({ result: { id: 'a.txt', text: 'Hello', mentions: [] } });
      },
    });
    const doc = await api.getDocument('a.txt');
    expect(doc?.text).toBe('Hello');
    expect(calls[0][0]).toBe('/api/invoke/getDocument');
    expect(JSON.parse(String(calls[0][1]?.body))).toEqual({ args: ['a.txt'] });
  });

  it('rethrows server errors with their name', async () => {
    const api = createHttpApi({
      fetch: async () => json({ error: { name: 'UnsupportedError', message: 'Not in browser mode' } }, 400),
    });
    const error = await api
      .saveFile({ suggestedName: 'a.png', mime: 'image/png', encoding: 'base64', data: '' })
      .catch((e) => e);
    expect(error.name).toBe('UnsupportedError');
    expect(isUnsupported(error)).toBe(true);
  });

  it('names an unreachable server clearly', async () => {
    const api = createHttpApi({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    const error = await api.getGraph().catch((e) => e);
    expect(error.name).toBe('ApiUnreachableError');
    expect(error.message).toMatch(/Cannot reach the Plexus server/);
  });

  it.each([
    [new Response('<html>', { status: 500 }), 'ProtocolError'],
    [json({}), 'ProtocolError'],
    [json({ error: {} }, 500), 'ApiError'],
  ])('rejects a malformed answer %#', async (response, name) => {
    await expect(decodeInvokeResponse(response)).rejects.toMatchObject({ name });
  });

  it('dispatches Server-Sent Events to listeners and ignores malformed ones', () => {
    const handlers = new Map<string, (e: MessageEvent) => void>();
    const fake = {
      addEventListener: (name: string, fn: (e: MessageEvent) => void) => handlers.set(name, fn),
    } as unknown as EventSource;
    const api = createHttpApi({ eventSource: () => fake });
    const got: unknown[] = [];
    const off = api.on('graphChanged', (state) => got.push(state.revision));
    handlers.get('graphChanged')!({ data: '{"revision":3}' } as MessageEvent);
    handlers.get('graphChanged')!({ data: '{broken' } as MessageEvent);
    off();
    handlers.get('graphChanged')!({ data: '{"revision":4}' } as MessageEvent);
    expect(got).toEqual([3]);
  });
});
