/** Display settings: theme, sizing, colouring, layout, labels. Persisted between sessions. */
import { SIZE_METRICS, type SizeMetric } from '../graph/model';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const LAYOUTS = ['force', 'concentric', 'hierarchy', 'circle', 'grid', 'timeline'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed',
  concentric: 'Concentric (centrality)',
  hierarchy: 'Hierarchy',
  circle: 'Circle',
  grid: 'Grid',
  timeline: 'Timeline',
};

export const COLOR_MODES = ['type', 'community'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** When edge labels (relation names) are drawn. */
export const EDGE_LABEL_MODES = ['auto', 'always', 'never'] as const;
export type EdgeLabelMode = (typeof EDGE_LABEL_MODES)[number];

export interface Settings {
  theme: Theme;
  sizeBy: SizeMetric;
  colorBy: ColorMode;
  layout: LayoutName;
  edgeLabels: EdgeLabelMode;
  /** Neighbourhood radius when focusing a node. */
  focusDepth: 1 | 2;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'light',
  // How often the corpus mentions an entity is what a reader means by "important" in the news;
  // directed PageRank favours the objects of many relations (places) over the actors.
  sizeBy: 'mentions',
  colorBy: 'type',
  layout: 'force',
  edgeLabels: 'auto',
  focusDepth: 1,
};

const oneOf = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/** Reads persisted settings defensively: anything unknown falls back to the default. */
export function parseSettings(raw: string | null | undefined, prefersDark = false): Settings {
  let value: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      value = parsed as Record<string, unknown>;
  } catch {
    value = {};
  }
  const d = DEFAULT_SETTINGS;
  return {
    theme: oneOf(THEMES, value.theme, prefersDark ? 'dark' : d.theme),
    sizeBy: oneOf(SIZE_METRICS, value.sizeBy, d.sizeBy),
    colorBy: oneOf(COLOR_MODES, value.colorBy, d.colorBy),
    layout: oneOf(LAYOUTS, value.layout, d.layout),
    edgeLabels: oneOf(EDGE_LABEL_MODES, value.edgeLabels, d.edgeLabels),
    focusDepth: value.focusDepth === 2 ? 2 : 1,
  };
}

export function updateSetting<K extends keyof Settings>(
  settings: Settings,
  key: K,
  value: Settings[K],
): Settings {
  return settings[key] === value ? settings : { ...settings, [key]: value };
}

export function toggleTheme(settings: Settings): Settings {
  return updateSetting(settings, 'theme', settings.theme === 'light' ? 'dark' : 'light');
}
