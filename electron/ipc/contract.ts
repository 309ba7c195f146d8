/**
 * The one IPC contract. Main (handlers), preload (the exposed API), the browser-mode HTTP server and the
 * renderer all derive their types from this file; main and the server validate every argument at run time
 * with these schemas. Adding a call = adding one entry here.
 *
 * Must stay free of Node and Electron imports: the renderer type-checks it too.
 */
import { z } from 'zod';
import type { Diagnostic } from '../pipeline/types';
import type { SerializedGraph } from '../graph/schema';

/** Declares one request/response call: run-time schema for the arguments, compile-time type for the result. */
function call<A extends z.ZodTuple, R>(args: A): { args: A; result?: R } {
  return { args };
}

const MAX_IMPORT_FILES = 5000;
const MAX_BASE64_CHARS = 70_000_000; // ~50 MB decoded per file; larger files get a clear error in main

export const exportFormatSchema = z.enum(['json', 'gexf', 'graphml', 'csv']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

const saveFileSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[/\\:*?"<>|]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 32), {
      message: 'a file name without path separators or control characters',
    }),
  mime: z.string().max(100),
  encoding: z.enum(['utf8', 'base64']),
  data: z.string().max(400_000_000),
});

export const invokeContract = {
  /** Current graph and build status (loading, ready, empty, error) with per-file diagnostics. */
  getGraph: call<z.ZodTuple<[]>, GraphState>(z.tuple([])),
  /** One document's text and recognised entity spans, for the evidence reader. */
  getDocument: call<z.ZodTuple<[z.ZodString]>, DocumentView | null>(z.tuple([z.string().min(1).max(4096)])),
  /** Electron: shows a folder picker and rebuilds the graph from it. Browser mode: unsupported. */
  openCorpusDialog: call<z.ZodTuple<[]>, GraphState>(z.tuple([])),
  /** Builds the graph from files the user picked in the page (both modes). Data is base64. */
  importFiles: call<
    z.ZodTuple<[z.ZodArray<z.ZodObject<{ name: z.ZodString; data: z.ZodString }>>]>,
    GraphState
  >(
    z.tuple([
      z
        .array(z.object({ name: z.string().min(1).max(4096), data: z.string().max(MAX_BASE64_CHARS) }))
        .min(1)
        .max(MAX_IMPORT_FILES),
    ]),
  ),
  /** Electron: shows an open dialog for a saved graph JSON and loads it. */
  openGraphDialog: call<z.ZodTuple<[]>, GraphState>(z.tuple([])),
  /** Loads a saved graph JSON given as text (validated against the contract). */
  importGraph: call<z.ZodTuple<[z.ZodString]>, GraphState>(z.tuple([z.string().max(500_000_000)])),
  /** Serialises the whole graph, or only the given node keys (a filtered view), in a data format. */
  exportGraph: call<
    z.ZodTuple<
      [z.ZodObject<{ format: typeof exportFormatSchema; nodes: z.ZodOptional<z.ZodArray<z.ZodString>> }>]
    >,
    ExportedFile[]
  >(
    z.tuple([
      z.object({
        format: exportFormatSchema,
        nodes: z.array(z.string().max(4096)).max(1_000_000).optional(),
      }),
    ]),
  ),
  /** Electron: save dialog, then writes the file. Browser mode: unsupported (the page downloads it). */
  saveFile: call<z.ZodTuple<[typeof saveFileSchema]>, SaveResult>(z.tuple([saveFileSchema])),
  /** Version, mode and third-party licences for the About box. */
  getAppInfo: call<z.ZodTuple<[]>, AppInfo>(z.tuple([])),
} as const;

export type InvokeContract = typeof invokeContract;
export type InvokeName = keyof InvokeContract;
export type InvokeArgs<K extends InvokeName> = FixedLength<z.infer<InvokeContract[K]['args']>>;
/** The declared result (`Exclude`, not `NonNullable`: `getDocument` may resolve to `null`). */
export type InvokeResult<K extends InvokeName> = Exclude<InvokeContract[K]['result'], undefined>;
/** zod infers `[A] | [A, ...unknown[]]` for a tuple declared without a rest type; keep the exact tuple. */
type FixedLength<T> = T extends readonly unknown[] ? (number extends T['length'] ? never : T) : never;

/** Pushed from main to the renderer. */
export const MENU_COMMANDS = [
  'open-corpus',
  'open-graph',
  'export-image',
  'export-graph',
  'fit',
  'zoom-in',
  'zoom-out',
  'layout:force',
  'layout:concentric',
  'layout:hierarchy',
  'layout:circle',
  'layout:grid',
  'layout:timeline',
  'theme:light',
  'theme:dark',
  'help:shortcuts',
  'help:about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventContract {
  graphChanged: GraphState;
  menuCommand: MenuCommand;
}
export type EventName = keyof EventContract;

/** The channel name used on the wire for a contract entry. */
export function channelOf(name: InvokeName | EventName): string {
  return `plexus:${name}`;
}

/** Derived API shape: what preload exposes as `window.plexus` and what the HTTP client implements. */
export type PlexusApi = {
  [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeResult<K>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventContract[E]) => void): () => void;
};

// ---- Result types ----

export interface BuildStats {
  documents: number;
  words: number;
  nodes: number;
  edges: number;
  seconds: number;
}

export interface GraphState {
  status: 'loading' | 'ready' | 'empty' | 'error';
  /** Where the graph came from: a folder, uploaded files or a saved graph file. */
  source: { kind: 'folder' | 'files' | 'graph-file'; label: string };
  graph?: SerializedGraph;
  stats?: BuildStats;
  /** Per-file problems (binary, unreadable, too large...); the rest of the corpus still loads. */
  diagnostics: Diagnostic[];
  /** For `error` and `empty`: one sentence saying what happened and what to do. */
  message?: string;
  /** Increases every time the graph is replaced, so the renderer can ignore stale pushes. */
  revision: number;
}

export interface DocumentView {
  id: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  text: string;
  /** Recognised entity mentions (offsets into `text`). */
  mentions: Array<{ start: number; end: number; entity: string; type: string }>;
  /**
   * Parts of `text` the cleaner judged not to be the article (newsletter blocks, photo credits, author bios,
   * reader comments...), with the cleaner's reason; nothing in them is analysed. Absent for saved graphs.
   */
  removed?: Array<{ start: number; end: number; reason: string }>;
}

export interface ExportedFile {
  filename: string;
  mime: string;
  content: string;
}

export interface SaveResult {
  saved: boolean;
  path?: string;
  /** Set when saving is not possible in this mode (browser): the page downloads instead. */
  unsupported?: boolean;
}

export interface AppInfo {
  name: string;
  version: string;
  mode: 'electron' | 'browser';
  versions: Record<string, string>;
  licences: Array<{ name: string; licence: string; url?: string }>;
}

export type { Diagnostic, SerializedGraph };
