/** The page's whole state: small slices (each with its own pure updates) combined in one store. */
import type { Diagnostic, GraphState } from '../../electron/ipc/contract';
import { DEFAULT_FILTERS, type FilterState } from '../state/filters';
import { createHistory, type History } from '../state/history';
import type { FocusEntry } from '../state/focus';
import type { Selection } from '../state/selection';
import { DEFAULT_SETTINGS, type Settings } from '../state/settings';
import type { PathResult } from '../graph/paths';

export type PanelTab = 'details' | 'path' | 'reader' | 'stats';

export interface PathState {
  from: string | null;
  to: string | null;
  /** Allow co-occurrence links even while the filter hides them. */
  includeCooccurrence: boolean;
  /** `undefined` = not searched yet, `null` = no path. */
  result: PathResult | null | undefined;
}

export interface ReaderState {
  doc: string;
  highlight?: { start: number; end: number };
}

export interface AppState {
  /** `connecting` until the first answer from the main side. */
  status: 'connecting' | GraphState['status'];
  source: GraphState['source'] | null;
  stats: GraphState['stats'] | null;
  diagnostics: Diagnostic[];
  message: string | null;
  revision: number;
  /** Increases whenever a new graph is loaded into the page (views rebuild). */
  graphVersion: number;
  filters: FilterState;
  focus: History<FocusEntry>;
  selection: Selection;
  settings: Settings;
  path: PathState;
  tab: PanelTab;
  reader: ReaderState | null;
  layout: { running: boolean; label: string };
  notice: string | null;
  /** The timeline shows entities linked to no dated event even when they are many. */
  showUndated: boolean;
}

export function initialState(settings: Settings = DEFAULT_SETTINGS): AppState {
  return {
    status: 'connecting',
    source: null,
    stats: null,
    diagnostics: [],
    message: null,
    revision: -1,
    graphVersion: 0,
    filters: DEFAULT_FILTERS,
    focus: createHistory<FocusEntry>(null),
    selection: null,
    settings,
    path: { from: null, to: null, includeCooccurrence: false, result: undefined },
    tab: 'details',
    reader: null,
    layout: { running: false, label: '' },
    notice: null,
    showUndated: false,
  };
}
