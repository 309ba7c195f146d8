/**
 * Small canvas plumbing kept out of view.ts: Cytoscape's injected stylesheet under a strict CSP, the
 * first labels of a large graph, and following the container's size.
 */
import type { Core, ElementDefinition } from 'cytoscape';

/** Marks all but the `keep` highest-priority nodes as label-hidden before they are first drawn. */
export function labelOnlyTheMostImportant(elements: ElementDefinition[], keep: number): void {
  const nodes = elements.filter((e) => e.group === 'nodes');
  const threshold = nodes.map((n) => Number(n.data.priority) || 0).sort((a, b) => b - a)[
    Math.min(keep, nodes.length) - 1
  ];
  for (const n of nodes) {
    if ((Number(n.data.priority) || 0) < threshold) n.classes = `${n.classes ?? ''} label-hidden`.trim();
  }
}

/**
 * Cytoscape injects a one-rule <style> element (`position: relative` on its container) unless an element
 * with its id already exists. A strict CSP (style-src 'self') blocks injected <style> elements, so we
 * claim the id with an inert element; our own stylesheet positions the container.
 */
export function preventStylesheetInjection(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  document.head.appendChild(marker);
}

/**
 * Keeps Cytoscape in step with its container (panels opening, window resizing) and keeps what was in
 * the middle of the canvas in the middle, so a panel widening does not push the graph under it.
 */
export function followContainerSize(cy: Core, onResized: () => void): void {
  const container = cy.container();
  if (!container || typeof ResizeObserver === 'undefined') return;
  let size = { width: container.clientWidth, height: container.clientHeight };
  new ResizeObserver(() => {
    cy.resize();
    const next = { width: container.clientWidth, height: container.clientHeight };
    const pan = cy.pan();
    cy.pan({ x: pan.x + (next.width - size.width) / 2, y: pan.y + (next.height - size.height) / 2 });
    size = next;
    onResized();
  }).observe(container);
}
