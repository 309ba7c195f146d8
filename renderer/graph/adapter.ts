/**
 * The one adapter from knowledge to display: graphology nodes/edges -> Cytoscape element definitions.
 * Visual encodings that depend on data (size, colour, width, label) are computed here as element data so
 * the stylesheet (style.ts) stays a fixed mapping and a settings change is one batched data update.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphModel, KnowledgeGraph, NodeAttributes, SizeMetric } from './model';
import { metricValue } from './model';
import { communityColor, modalityStyle, relationColor, relationLabel, typeStyle } from './palette';
import type { ColorMode } from '../state/settings';
import { spiralPosition } from '../layout/spiral';

export const NODE_SIZE_RANGE = { min: 20, max: 72 } as const;
export const EDGE_WIDTH_RANGE = { min: 1.2, max: 7 } as const;

/** Square-root scale (area proportional to the metric) from the metric's range onto pixel sizes. */
export function sizeScale(
  values: readonly number[],
  range: { min: number; max: number } = NODE_SIZE_RANGE,
): (value: number) => number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo) || hi <= lo) return () => (range.min + range.max) / 2.6;
  const span = Math.sqrt(hi - lo);
  return (value) => {
    const t = Number.isFinite(value) ? Math.sqrt(Math.max(0, Math.min(hi, value) - lo)) / span : 0;
    return Math.round((range.min + t * (range.max - range.min)) * 10) / 10;
  };
}

/** Log scale for weights: one sentence is thin, many sentences are thick, outliers do not dominate. */
export function edgeWidth(weight: number, maxWeight: number): number {
  const { min, max } = EDGE_WIDTH_RANGE;
  if (maxWeight <= 1 || !(weight > 1)) return min;
  const t = Math.log(Math.min(weight, maxWeight)) / Math.log(maxWeight);
  return Math.round((min + t * (max - min)) * 10) / 10;
}

/**
 * Label font size by importance rank (model px): the top entities keep readable labels when zoomed out,
 * minor ones appear as you zoom in (Cytoscape's min-zoomed-font-size hides what would be too small).
 */
export const LABEL_FONT_SIZES = { major: 17, medium: 14, minor: 12 } as const;

export function labelFontSizes(priorities: ReadonlyMap<string, number>): Map<string, number> {
  const ranked = [...priorities.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const n = ranked.length;
  const major = Math.max(1, Math.ceil(n * 0.08));
  const medium = major + Math.ceil(n * 0.22);
  const sizes = new Map<string, number>();
  ranked.forEach(([id], i) =>
    sizes.set(
      id,
      i < major ? LABEL_FONT_SIZES.major : i < medium ? LABEL_FONT_SIZES.medium : LABEL_FONT_SIZES.minor,
    ),
  );
  return sizes;
}

export function nodeColor(attrs: NodeAttributes, colorBy: ColorMode): string {
  return colorBy === 'community' ? communityColor(attrs.community) : typeStyle(attrs.type).color;
}

export function edgeLabel(relation: string, modality: string | undefined): string {
  const name = relation === 'related_to' ? 'co-occurs' : relationLabel(relation);
  return modality && modality !== 'asserted' ? `${name} (${modality})` : name;
}

export interface AdapterOptions {
  sizeBy: SizeMetric;
  colorBy: ColorMode;
}

export function nodeSizes(graph: KnowledgeGraph, metric: SizeMetric): Map<string, number> {
  const values: number[] = [];
  graph.forEachNode((_, attrs) => values.push(metricValue(attrs, metric)));
  const scale = sizeScale(values);
  const sizes = new Map<string, number>();
  graph.forEachNode((node, attrs) => sizes.set(node, scale(metricValue(attrs, metric))));
  return sizes;
}

/** Node size, label size and label priority for a metric, in one pass over the graph. */
export function nodeEncodings(
  graph: KnowledgeGraph,
  metric: SizeMetric,
): Map<string, { size: number; fontSize: number; priority: number }> {
  const sizes = nodeSizes(graph, metric);
  const priorities = new Map<string, number>();
  graph.forEachNode((node, attrs) => priorities.set(node, metricValue(attrs, metric)));
  const fonts = labelFontSizes(priorities);
  const out = new Map<string, { size: number; fontSize: number; priority: number }>();
  graph.forEachNode((node) =>
    out.set(node, { size: sizes.get(node)!, fontSize: fonts.get(node)!, priority: priorities.get(node)! }),
  );
  return out;
}

export function toElements(model: GraphModel, options: AdapterOptions): ElementDefinition[] {
  const { graph } = model;
  const encodings = nodeEncodings(graph, options.sizeBy);
  // Most important in the middle of the starting spiral (the first frame of a big graph).
  const rank = new Map(
    [...encodings.entries()]
      .sort((a, b) => b[1].priority - a[1].priority || a[0].localeCompare(b[0]))
      .map(([id], i) => [id, i]),
  );
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, attrs) => {
    elements.push({
      position: spiralPosition(rank.get(id)!),
      group: 'nodes',
      data: {
        id,
        label: attrs.label,
        type: attrs.type,
        shape: typeStyle(attrs.type).shape,
        color: nodeColor(attrs, options.colorBy),
        ...encodings.get(id)!,
      },
      classes: `type-${attrs.type}`,
    });
  });
  let maxWeight = 1;
  graph.forEachEdge((_, attrs) => (maxWeight = Math.max(maxWeight, attrs.weight)));
  graph.forEachEdge((id, attrs, source, target, _sa, _ta, undirected) => {
    const cooccurrence = attrs.relation === 'related_to';
    const modality = cooccurrence ? undefined : (attrs.modality ?? 'asserted');
    const style = modalityStyle(modality);
    const classes = [`rel-${attrs.relation}`, cooccurrence ? 'cooc' : `mod-${modality}`];
    if (undirected) classes.push('undirected');
    elements.push({
      group: 'edges',
      data: {
        id,
        source,
        target,
        relation: attrs.relation,
        modality: modality ?? '',
        label: edgeLabel(attrs.relation, modality),
        color: relationColor(attrs.relation),
        width: edgeWidth(attrs.weight, maxWeight),
        weight: attrs.weight,
        opacity: cooccurrence ? 0.45 : style.opacity,
      },
      classes: classes.join(' '),
    });
  });
  return elements;
}
