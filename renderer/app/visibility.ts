/**
 * What the canvas shows, from what the filters let through (pure): the focus neighbourhood, a path on
 * top of it, and in the timeline, entities linked to no dated event left out unless asked for (the
 * timeline overlay says how many and offers to show them, set aside and faded under the axis). A
 * timeline is a figure about dated events: on the seeds, 47 of 58 entities have no dated event, and
 * setting them all aside made the timeline itself a small strip above a large grid.
 */
import type { KnowledgeGraph } from '../graph/model';
import type { PathResult } from '../graph/paths';
import type { Visibility } from '../state/filters';
import { focusVisibility, type FocusEntry } from '../state/focus';
import { timelineMembers } from '../layout/timeline';
import type { LayoutName } from '../state/settings';
import type { AppState } from './state';

export interface ShownState {
  focus: FocusEntry | null;
  path: PathResult | null | undefined;
  layout: LayoutName;
  /** The user asked to see entities without a dated event however many they are. */
  showUndated: boolean;
}

export function shownStateOf(state: AppState): ShownState {
  return {
    focus: state.focus.present,
    path: state.path.result,
    layout: state.settings.layout,
    showUndated: state.showUndated,
  };
}

export function composeVisibility(
  graph: KnowledgeGraph,
  filtered: Visibility,
  state: ShownState,
  docDates: ReadonlyMap<string, string | undefined>,
): { shown: Visibility; undatedLeftOut: number } {
  let shown = state.focus ? focusVisibility(graph, filtered, state.focus) : filtered;
  let undatedLeftOut = 0;
  if (state.layout === 'timeline' && !state.showUndated) {
    const scoped = withoutUndated(graph, shown, docDates);
    undatedLeftOut = shown.nodes.size - scoped.nodes.size;
    shown = scoped;
  }
  const path = state.path;
  if (path) {
    shown = {
      nodes: new Set([...shown.nodes, ...path.nodes]),
      edges: new Set([...shown.edges, ...path.edges]),
    };
  }
  return { shown, undatedLeftOut };
}

function withoutUndated(
  graph: KnowledgeGraph,
  shown: Visibility,
  docDates: ReadonlyMap<string, string | undefined>,
): Visibility {
  const nodes = [...shown.nodes].map((id) => {
    const a = graph.getNodeAttributes(id);
    return { id, type: a.type, date: a.date, docs: a.docs };
  });
  const edges = [...shown.edges].map((e) => [graph.source(e), graph.target(e)] as const);
  const members = timelineMembers(nodes, edges, docDates);
  // No dated event at all: there is no timeline to keep clear; show everything (the overlay says why).
  if (members.size === 0) return shown;
  return {
    nodes: new Set([...shown.nodes].filter((id) => members.has(id))),
    edges: new Set(
      [...shown.edges].filter((e) => members.has(graph.source(e)) && members.has(graph.target(e))),
    ),
  };
}
