/**
 * Applies a render model to Cytoscape by difference, in one batch: elements no longer in the
 * model are removed, new ones added (group boxes before their members, nodes before links),
 * changed ones updated in place. Moves are returned rather than applied, so that the canvas can
 * put off thousands of them (after a layout) to the next frame.
 */
import type { Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';
import type { Point } from '../model/types';
import type { ElementDesc, RenderModel } from './renderModel';

export interface RenderStats {
  added: number;
  removed: number;
  updated: number;
  moved: number;
}

export interface AppliedModel {
  stats: RenderStats;
  /** What is now drawn, by Cytoscape id. */
  current: Map<string, ElementDesc>;
  /** Nodes whose model position differs from what was drawn, to be moved by the caller. */
  moves: Map<string, Point>;
}

const samePoint = (a: Point | undefined, b: Point | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.x === b.x && a.y === b.y);

export function applyModel(
  cy: Core,
  current: ReadonlyMap<string, ElementDesc>,
  model: RenderModel,
): AppliedModel {
  const stats: RenderStats = { added: 0, removed: 0, updated: 0, moved: 0 };
  const next = new Map<string, ElementDesc>();
  for (const desc of model.elements) next.set(desc.id, desc);
  // Edges whose ends changed are removed and drawn again as new.
  const readded = new Set<string>();
  const drawn = (id: string) => (readded.has(id) ? undefined : current.get(id));
  const moves = new Map<string, Point>();
  cy.batch(() => {
    const gone = cy.collection();
    for (const id of current.keys()) if (!next.has(id)) gone.merge(cy.getElementById(id));
    // Edges that change ends are re-added: simpler and as cheap as moving them.
    for (const desc of model.elements) {
      const before = current.get(desc.id);
      if (
        before &&
        desc.group === 'edges' &&
        (before.data.source !== desc.data.source || before.data.target !== desc.data.target)
      ) {
        gone.merge(cy.getElementById(desc.id));
        readded.add(desc.id);
      }
    }
    stats.removed = gone.length;
    cy.remove(gone);

    const adds: { boxes: ElementDefinition[]; nodes: ElementDefinition[]; edges: ElementDefinition[] } = {
      boxes: [],
      nodes: [],
      edges: [],
    };
    for (const desc of model.elements) {
      const before = drawn(desc.id);
      if (!before) {
        const definition: ElementDefinition = {
          group: desc.group,
          data: { id: desc.id, ...desc.data, ...(desc.parent ? { parent: desc.parent } : {}) },
          classes: desc.classes,
          ...(desc.position ? { position: { ...desc.position } } : {}),
          grabbable: !desc.classes.includes('pinned'),
        };
        (desc.kind === 'group' ? adds.boxes : desc.group === 'nodes' ? adds.nodes : adds.edges).push(
          definition,
        );
        stats.added += 1;
        continue;
      }
      const moved = desc.position !== undefined && !samePoint(before.position, desc.position);
      if (before.signature === desc.signature && !moved) continue;
      let element: SingularElementReturnValue = cy.getElementById(desc.id);
      if (before.signature !== desc.signature) {
        if ((before.parent ?? null) !== (desc.parent ?? null) && element.isNode()) {
          element = element.move({ parent: desc.parent ?? null }) as unknown as SingularElementReturnValue;
        }
        element.data(desc.data);
        element.classes(desc.classes);
        if (element.isNode()) {
          if (desc.classes.includes('pinned')) element.ungrabify();
          else element.grabify();
        }
        stats.updated += 1;
      }
      if (moved && desc.position) {
        moves.set(desc.id, desc.position);
        stats.moved += 1;
      }
    }
    if (adds.boxes.length > 0) cy.add(adds.boxes);
    if (adds.nodes.length > 0) cy.add(adds.nodes);
    // Every edge's ends are nodes of this model (renderModel only draws links between drawn ends).
    const edges = adds.edges.filter(
      (edge) => next.has(String(edge.data.source)) && next.has(String(edge.data.target)),
    );
    if (edges.length > 0) cy.add(edges);
  });
  return { stats, current: next, moves };
}
