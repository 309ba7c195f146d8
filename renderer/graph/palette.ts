/**
 * Visual vocabulary shared by the canvas, the legend, the search results and the exports, so a type or a
 * relation looks the same everywhere. Colours follow Tableau 10 (distinguishable, colour-blind aware);
 * node shapes double-encode the type so the legend still reads in greyscale print.
 */
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from '../../electron/pipeline/types';
import type { EntityType, Modality, RelationType } from '../../electron/pipeline/types';

export { ENTITY_TYPES, MODALITIES, RELATION_TYPES };
export type { EntityType, Modality, RelationType };

export type NodeShape = 'ellipse' | 'round-rectangle' | 'round-diamond' | 'round-hexagon' | 'round-triangle';

export interface TypeStyle {
  label: string;
  plural: string;
  color: string;
  shape: NodeShape;
}

export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  person: { label: 'Person', plural: 'People', color: '#4e79a7', shape: 'ellipse' },
  organization: {
    label: 'Organization',
    plural: 'Organizations',
    color: '#f28e2b',
    shape: 'round-rectangle',
  },
  place: { label: 'Place', plural: 'Places', color: '#59a14f', shape: 'round-diamond' },
  policy: { label: 'Policy', plural: 'Policies', color: '#b07aa1', shape: 'round-hexagon' },
  event: { label: 'Event', plural: 'Events', color: '#e15759', shape: 'round-triangle' },
};

/** Fallback for a type a newer extractor adds before the UI knows it. */
export const UNKNOWN_TYPE_STYLE: TypeStyle = {
  label: 'Other',
  plural: 'Other',
  color: '#8c8c8c',
  shape: 'ellipse',
};

export function typeStyle(type: string): TypeStyle {
  return (TYPE_STYLES as Record<string, TypeStyle>)[type] ?? UNKNOWN_TYPE_STYLE;
}

/** Relations grouped by what they mean, so related colours mean related things. */
export const RELATION_COLORS: Record<RelationType, string> = {
  // hostile: reds and oranges
  threatens: '#d62728',
  attacks: '#a50f15',
  opposes: '#e6550d',
  criticizes: '#fd8d3c',
  targets: '#c51b7d',
  arrests: '#7b3294',
  // cooperative: greens and teals
  supports: '#2ca02c',
  cooperates_with: '#17becf',
  meets: '#1b9e77',
  // action and intent: ambers and browns
  deploys: '#8c564b',
  plans: '#bcbd22',
  conducts: '#b8860b',
  designates: '#9467bd',
  // structure: blues and greys
  leads: '#1f77b4',
  member_of: '#6baed6',
  located_in: '#7f7f7f',
  regulates: '#5254a3',
  reports: '#3182bd',
  // co-occurrence only
  related_to: '#b0b7c3',
};

export function relationColor(relation: string): string {
  return (RELATION_COLORS as Record<string, string>)[relation] ?? '#999999';
}

export function relationLabel(relation: string): string {
  return relation.replace(/_/g, ' ');
}

export interface ModalityStyle {
  label: string;
  /** What a reader should understand from the line style. */
  description: string;
  /** Dash pattern in px (empty = solid). */
  dash: number[];
  /** Negated edges get a bar across the middle (a "struck" edge). */
  struck: boolean;
  opacity: number;
}

export const MODALITY_STYLES: Record<Modality, ModalityStyle> = {
  asserted: { label: 'Asserted', description: 'stated as fact', dash: [], struck: false, opacity: 0.9 },
  reported: {
    label: 'Reported',
    description: 'attributed to a source',
    dash: [7, 4],
    struck: false,
    opacity: 0.85,
  },
  planned: {
    label: 'Planned',
    description: 'intent or proposal',
    dash: [2, 4],
    struck: false,
    opacity: 0.85,
  },
  hypothetical: {
    label: 'Hypothetical',
    description: 'could, would, if',
    dash: [1, 5],
    struck: false,
    opacity: 0.7,
  },
  negated: { label: 'Negated', description: 'did not happen', dash: [], struck: true, opacity: 0.55 },
};

export function modalityStyle(modality: string | undefined): ModalityStyle {
  return (
    (MODALITY_STYLES as Record<string, ModalityStyle>)[modality ?? 'asserted'] ?? MODALITY_STYLES.asserted
  );
}

/** Community colours (Tableau 20 minus greys); communities beyond the palette cycle. */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#a0cbe8',
  '#ffbe7d',
  '#8cd17d',
  '#b6992d',
  '#f1ce63',
  '#86bcb6',
  '#d37295',
  '#fabfd2',
  '#d4a6c8',
];

export function communityColor(community: number | undefined): string {
  if (community === undefined || community < 0) return '#8c8c8c';
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length];
}
