/**
 * Framing the chart in its view: the area the nodes cover, computed from their model positions
 * (with room for symbols and labels) rather than with Cytoscape's bounding boxes, which measure
 * every label and took seconds on a 2,000-entity chart.
 */
import type { Core } from 'cytoscape';
import { cyId, type ElementDesc } from './renderModel';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box around the drawn nodes (or the given entities'), hidden ones left out; null if none. */
export function nodeBox(drawn: Iterable<ElementDesc>, entityIds?: readonly string[]): Box | null {
  const wanted = entityIds ? new Set(entityIds.map(cyId.entity)) : null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const desc of drawn) {
    if (
      desc.group !== 'nodes' ||
      !desc.position ||
      (wanted && !wanted.has(desc.id)) ||
      desc.classes.includes('hidden')
    )
      continue;
    x1 = Math.min(x1, desc.position.x);
    y1 = Math.min(y1, desc.position.y);
    x2 = Math.max(x2, desc.position.x);
    y2 = Math.max(y2, desc.position.y);
  }
  return x1 === Infinity ? null : { x1: x1 - 60, y1: y1 - 50, x2: x2 + 60, y2: y2 + 70 };
}

/** Whether the box lies wholly inside what the view shows. */
export function boxInView(cy: Core, box: Box): boolean {
  const view = cy.extent();
  return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
}

/** Centres the box in the view, zoomed to fit it but never past `maxZoom`. */
export function fitBox(cy: Core, box: Box, maxZoom: number): void {
  const width = cy.width();
  const height = cy.height();
  if (width === 0 || height === 0) return;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(maxZoom, width / (box.x2 - box.x1), height / (box.y2 - box.y1)),
  );
  cy.viewport({
    zoom,
    pan: { x: width / 2 - zoom * ((box.x1 + box.x2) / 2), y: height / 2 - zoom * ((box.y1 + box.y2) / 2) },
  });
}
