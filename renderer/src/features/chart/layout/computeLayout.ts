/**
 * Runs one layout request (in the layout worker; in tests, directly). Pinned entities keep their
 * places whatever the algorithm: force and fcose hold them fixed while laying out the rest; the
 * geometric layouts (hierarchical, concentric, grid) are moved so they sit around the pinned ones,
 * which are then put back.
 */
import type { Point } from '../model/types';
import { cyLayout } from './cyLayouts';
import { forceLayout } from './forceLayout';
import { FCOSE_MAX_NODES, type LayoutRequest, type LayoutResult } from './layoutTypes';

export function computeLayout(
  request: LayoutRequest,
  now: () => number = () => performance.now(),
): LayoutResult {
  const started = now();
  const { nodes, edges } = request;
  const algorithm =
    request.name === 'auto' ? (nodes.length <= FCOSE_MAX_NODES ? 'fcose' : 'force') : request.name;
  let positions: Point[];
  let iterations: number | undefined;
  if (algorithm === 'force') {
    const result = forceLayout(nodes, edges, { now });
    positions = result.positions;
    iterations = result.iterations;
  } else {
    positions = cyLayout(algorithm, nodes, edges);
    if (algorithm !== 'fcose') keepPinned(request, positions);
  }
  // Whatever an algorithm does with fixed nodes, pinned entities end exactly where they were.
  nodes.forEach((node, i) => {
    if (node.pinned) positions[i] = { x: node.x, y: node.y };
  });
  const flat = new Float64Array(nodes.length * 2);
  positions.forEach((point, i) => {
    flat[i * 2] = Number.isFinite(point.x) ? point.x : nodes[i]!.x;
    flat[i * 2 + 1] = Number.isFinite(point.y) ? point.y : nodes[i]!.y;
  });
  return {
    ids: nodes.map((node) => node.id),
    positions: flat,
    algorithm,
    tookMs: now() - started,
    ...(iterations !== undefined ? { iterations } : {}),
  };
}

/** Moves a geometric layout so the pinned entities' centroid stays where it was. */
function keepPinned(request: LayoutRequest, positions: Point[]): void {
  const pinned = request.nodes.map((node, i) => ({ node, i })).filter(({ node }) => node.pinned);
  if (pinned.length === 0) return;
  const dx = pinned.reduce((sum, { node, i }) => sum + node.x - positions[i]!.x, 0) / pinned.length;
  const dy = pinned.reduce((sum, { node, i }) => sum + node.y - positions[i]!.y, 0) / pinned.length;
  for (const point of positions) {
    point.x += dx;
    point.y += dy;
  }
}
