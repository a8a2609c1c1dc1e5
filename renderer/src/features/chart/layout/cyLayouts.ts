/**
 * Layouts computed by a headless Cytoscape in the layout worker: fcose (organic, respects group
 * boxes and pinned entities) for small charts, dagre (hierarchical), concentric and grid.
 */
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import cytoscapeDagre from 'cytoscape-dagre';
import cytoscapeFcose from 'cytoscape-fcose';
import type { Point } from '../model/types';
import type { LayoutNodeInput } from './layoutTypes';

cytoscape.use(cytoscapeFcose);
cytoscape.use(cytoscapeDagre);

export type CyLayoutName = 'fcose' | 'hierarchical' | 'concentric' | 'grid';

function optionsFor(name: CyLayoutName, nodes: readonly LayoutNodeInput[]): LayoutOptions {
  const fixed = nodes
    .filter((node) => node.pinned)
    .map((node) => ({ nodeId: node.id, position: { x: node.x, y: node.y } }));
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: nodes.length > 300 ? 'default' : 'proof',
        randomize: true,
        animate: false,
        nodeDimensionsIncludeLabels: false,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
        nodeSeparation: 90,
        packComponents: true,
        ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
      } as unknown as LayoutOptions;
    case 'hierarchical':
      return {
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: 40,
        rankSep: 110,
        edgeSep: 10,
        animate: false,
      } as unknown as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        minNodeSpacing: 40,
        concentric: (node: cytoscape.NodeSingular) => node.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'grid':
      return {
        name: 'grid',
        animate: false,
        avoidOverlap: true,
        avoidOverlapPadding: 40,
        condense: false,
      } as LayoutOptions;
  }
}

export function cyLayout(
  name: CyLayoutName,
  nodes: readonly LayoutNodeInput[],
  edges: ReadonlyArray<readonly [string, string]>,
): Point[] {
  const groups =
    name === 'fcose'
      ? [...new Set(nodes.map((node) => node.groupId).filter((id): id is string => id !== null))]
      : [];
  const known = new Set(nodes.map((node) => node.id));
  const elements: ElementDefinition[] = [
    ...groups.map((id) => ({ group: 'nodes' as const, data: { id: `group:${id}` } })),
    ...nodes.map((node) => ({
      group: 'nodes' as const,
      // Entities are 64 units across; the layouts space them by their size.
      data: {
        id: node.id,
        ...(name === 'fcose' && node.groupId !== null ? { parent: `group:${node.groupId}` } : {}),
      },
      position: { x: node.x, y: node.y },
    })),
    ...edges
      .filter(([a, b]) => a !== b && known.has(a) && known.has(b))
      .map(([a, b], i) => ({ group: 'edges' as const, data: { id: `edge:${i}`, source: a, target: b } })),
  ];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 64, height: 64 } }],
  });
  cy.layout(optionsFor(name, nodes)).run();
  const positions = nodes.map((node) => ({ ...cy.getElementById(node.id).position() }));
  cy.destroy();
  return positions;
}
