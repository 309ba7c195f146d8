/**
 * Legend content (pure): the entity types, relations and modalities actually shown, in a fixed order,
 * plus a row-wrapping layout used when a legend is drawn into an exported PNG or SVG.
 */
import {
  ENTITY_TYPES,
  MODALITIES,
  MODALITY_STYLES,
  RELATION_TYPES,
  relationColor,
  relationLabel,
  typeStyle,
  type NodeShape,
} from '../graph/palette';

export type LegendEntry =
  | { kind: 'type'; key: string; label: string; color: string; shape: NodeShape }
  | { kind: 'relation'; key: string; label: string; color: string }
  | { kind: 'modality'; key: string; label: string; dash: number[]; struck: boolean };

export interface LegendInput {
  types: Iterable<string>;
  relations: Iterable<string>;
  modalities: Iterable<string>;
}

function ordered(present: Iterable<string>, known: readonly string[]): string[] {
  const set = new Set(present);
  return [...known.filter((k) => set.has(k)), ...[...set].filter((k) => !known.includes(k)).sort()];
}

export function legendEntries(input: LegendInput): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const type of ordered(input.types, ENTITY_TYPES)) {
    const s = typeStyle(type);
    entries.push({ kind: 'type', key: type, label: s.plural, color: s.color, shape: s.shape });
  }
  for (const relation of ordered(input.relations, RELATION_TYPES)) {
    entries.push({
      kind: 'relation',
      key: relation,
      label: relation === 'related_to' ? 'co-occurs with' : relationLabel(relation),
      color: relationColor(relation),
    });
  }
  for (const modality of ordered(input.modalities, MODALITIES)) {
    if (modality === 'asserted') continue; // solid is the default line: no entry needed
    const s = MODALITY_STYLES[modality as keyof typeof MODALITY_STYLES];
    if (!s) continue;
    entries.push({
      kind: 'modality',
      key: modality,
      label: s.label.toLowerCase(),
      dash: s.dash,
      struck: s.struck,
    });
  }
  return entries;
}

export interface PlacedEntry {
  entry: LegendEntry;
  x: number;
  y: number;
}

/** Flows entries left to right, wrapping into rows; drops what does not fit and reports how many. */
export function layoutLegend(
  entries: readonly LegendEntry[],
  width: number,
  height: number,
  measure: (text: string) => number,
  options: { swatch?: number; gap?: number; rowHeight?: number } = {},
): { placed: PlacedEntry[]; omitted: number } {
  const swatch = options.swatch ?? 22;
  const gap = options.gap ?? 16;
  const rowHeight = options.rowHeight ?? 22;
  const placed: PlacedEntry[] = [];
  let x = 0;
  let y = rowHeight / 2;
  for (const entry of entries) {
    const w = swatch + 6 + measure(entry.label);
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
    }
    if (y + rowHeight / 2 > height) break;
    placed.push({ entry, x, y });
    x += w + gap;
  }
  return { placed, omitted: entries.length - placed.length };
}

/** Height (px) a legend band needs to show every entry at this width: rows x row height + margins. */
export function legendHeight(
  entries: readonly LegendEntry[],
  width: number,
  measure: (text: string) => number,
  rowHeight = 22,
): number {
  if (entries.length === 0) return 0;
  const { placed } = layoutLegend(entries, width, Number.MAX_SAFE_INTEGER, measure, { rowHeight });
  const rows = new Set(placed.map((p) => p.y)).size;
  return rows * rowHeight + 20;
}
