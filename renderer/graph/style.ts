/**
 * Cytoscape stylesheet: a fixed mapping from element data/classes (set by adapter.ts) to visuals, per theme.
 * Readability rules:
 *  - node labels sit under the node on a translucent plate (readable over edges), ellipsised past 18 em;
 *  - `min-zoomed-font-size` drops labels that would be unreadably small, and labels.ts hides the ones
 *    that would collide at the current zoom (less important first);
 *  - edge labels only on hover/selection, or when zoomed in enough to read them (mode "auto").
 */
import type { StylesheetJson } from 'cytoscape';
import type { EdgeLabelMode, Theme } from '../state/settings';
import { MODALITY_STYLES } from './palette';

export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

export interface CanvasTheme {
  background: string;
  text: string;
  mutedText: string;
  labelPlate: string;
  nodeBorder: string;
  accent: string;
  pathColor: string;
}

export const CANVAS_THEMES: Record<Theme, CanvasTheme> = {
  light: {
    background: '#f7f8fa',
    text: '#1d2330',
    mutedText: '#5a6272',
    labelPlate: '#f7f8fa',
    nodeBorder: '#ffffff',
    accent: '#1a5fd0',
    pathColor: '#ff8c00',
  },
  dark: {
    background: '#14171c',
    text: '#e7eaf0',
    mutedText: '#a4abb8',
    labelPlate: '#14171c',
    nodeBorder: '#14171c',
    accent: '#6ea8ff',
    pathColor: '#ffb347',
  },
};

export interface StyleOptions {
  theme: Theme;
  edgeLabels: EdgeLabelMode;
  /** Large graphs trade curves, arrows and label plates for speed. */
  large?: boolean;
  /**
   * Curved edges keep parallel relations apart but cost a control-point computation per edge each
   * frame; above a few hundred edges straight lines are drawn (large graphs: haystack, cheapest).
   */
  curved?: boolean;
}

/** Zoom level above which relation names appear on every edge in "auto" mode. */
export const EDGE_LABEL_ZOOM = 1.6;
export const EDGE_FONT_PX = 10;

export function buildStylesheet(options: StyleOptions): StylesheetJson {
  const t = CANVAS_THEMES[options.theme];
  const large = options.large ?? false;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': large ? 0 : 1.5,
        'border-color': t.nodeBorder,
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 'data(fontSize)',
        'font-weight': 500,
        color: t.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '190px',
        'text-background-color': t.labelPlate,
        'text-background-opacity': large ? 0 : 0.82,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        // Below MIN_LABEL_PX (labelling.ts enlarges labels to it): Cytoscape rounds the zoom to a power of
        // two before comparing, and culled enlarged labels at zoom 0.5.
        'min-zoomed-font-size': large ? 10 : 9,
        'overlay-opacity': 0,
      } as never,
    },
    // Where labels.ts placed the label when there was no room under the node.
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
    {
      selector: 'node.label-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0 },
    },
    {
      selector: 'node.label-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -4, 'text-margin-y': 0 },
    },
    { selector: 'node.label-hidden', style: { label: '' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'mid-target-arrow-color': 'data(color)',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'arrow-scale': 0.85,
        'curve-style': large ? 'haystack' : (options.curved ?? true) ? 'bezier' : 'straight',
        'control-point-step-size': 26,
        opacity: 'data(opacity)',
        // "auto": unnamed until labelling.ts marks edges `zoom-named` (zoomed in past EDGE_LABEL_ZOOM);
        // Cytoscape's min-zoomed-font-size cannot say it, as it rounds the zoom up to a power of two.
        label: options.edgeLabels === 'always' ? 'data(label)' : '',
        'font-family': FONT_STACK,
        'font-size': EDGE_FONT_PX,
        color: t.mutedText,
        'text-rotation': 'autorotate',
        'text-background-color': t.labelPlate,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        // "auto": readable only once zoomed in past EDGE_LABEL_ZOOM; "always": at every zoom.
        'min-zoomed-font-size': 0,
        'overlay-opacity': 0,
      } as never,
    },
    ...(options.edgeLabels === 'auto'
      ? [{ selector: 'edge.zoom-named', style: { label: 'data(label)' } }]
      : []),
    {
      selector: 'edge.cooc',
      style: {
        'target-arrow-shape': 'none',
        'line-style': 'solid',
        'curve-style': 'haystack',
        'haystack-radius': 0,
      },
    },
    {
      selector: 'edge.undirected, edge.rel-cooperates_with, edge.rel-meets',
      style: { 'target-arrow-shape': 'none' },
    },
  ];

  for (const [modality, style] of Object.entries(MODALITY_STYLES)) {
    if (style.struck) {
      sheet.push({
        selector: `edge.mod-${modality}`,
        style: { 'mid-target-arrow-shape': 'tee', 'arrow-scale': 1.1, 'line-style': 'solid' } as never,
      });
    } else if (style.dash.length > 0) {
      sheet.push({
        selector: `edge.mod-${modality}`,
        style: { 'line-style': 'dashed', 'line-dash-pattern': style.dash } as never,
      });
    }
  }

  sheet.push(
    // Timeline: entities linked to no dated event are set aside, faded; relations off the timeline are
    // hidden (they would cross the drawing) until an entity they touch is hovered.
    { selector: 'node.undated', style: { opacity: 0.55 } },
    { selector: 'edge.off-timeline', style: { opacity: 0, events: 'no' } as never },
    // Interaction states, most specific last.
    {
      selector: 'edge.hover, edge:selected, edge.show-label, edge.hover-link',
      style: { label: 'data(label)', 'min-zoomed-font-size': 0, 'z-index': 20, opacity: 1 } as never,
    },
    // A relation name with no free room (labels.ts) shows when it is hovered or selected itself.
    { selector: 'edge.label-hidden', style: { label: '' } },
    { selector: 'edge.hover, edge:selected', style: { label: 'data(label)' } },
    {
      selector: 'edge:selected',
      style: { 'underlay-color': t.accent, 'underlay-opacity': 0.25, 'underlay-padding': 4 } as never,
    },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } as never },
    { selector: 'node.faded', style: { label: '' } },
    { selector: 'node.hover', style: { 'border-color': t.accent, 'border-width': 3, 'z-index': 30 } },
    {
      selector: 'node:selected',
      style: {
        'border-color': t.accent,
        'border-width': 4,
        'z-index': 40,
        label: 'data(label)',
        'font-weight': 700,
      } as never,
    },
    {
      selector: 'node.focus-root',
      style: {
        'border-color': t.accent,
        'border-width': 4,
        'border-style': 'double',
        label: 'data(label)',
      } as never,
    },
    {
      selector: 'node.path',
      style: { 'border-color': t.pathColor, 'border-width': 4, label: 'data(label)', 'z-index': 50 },
    },
    {
      selector: 'edge.path',
      style: {
        'line-color': t.pathColor,
        'target-arrow-color': t.pathColor,
        'mid-target-arrow-color': t.pathColor,
        width: 5,
        opacity: 1,
        label: 'data(label)',
        'min-zoomed-font-size': 0,
        'z-index': 60,
      } as never,
    },
    { selector: '.filtered', style: { display: 'none' } },
  );
  return sheet;
}
