/**
 * Incremental placement: where newly added entities go on a chart that is already laid out.
 * Existing items never move (the analyst's mental map is kept); each new entity lands in the
 * nearest free spot around the entities it is linked to, fanning outwards from the chart's centre,
 * and entities with no link to anything placed are set out in a block beside the chart.
 * Linear in the items added (a spatial hash answers "is this spot free?"), so a neighbourhood of
 * hundreds lands in a few milliseconds.
 */
import type { Point } from './types';

export interface PlacementOptions {
  /** Distance between neighbouring entities, in chart units. */
  spacing?: number;
}

export const DEFAULT_SPACING = 90;

/** Occupied spots tested around one anchor before heading outwards instead. */
const SEARCH_BUDGET = 60;
/** Directions tried at each step outwards, either side of straight out (radians). */
const RAY_OFFSETS = [0, 0.3, -0.3, 0.6, -0.6];

class SpatialHash {
  // Numeric keys and flat coordinate lists: this test runs hundreds of thousands of times on a
  // big expansion, and string keys and point objects were most of its cost.
  private readonly cells = new Map<number, number[]>();

  constructor(private readonly size: number) {}

  private static key(cx: number, cy: number): number {
    return cx * 4_194_304 + cy;
  }

  add(point: Point): void {
    const key = SpatialHash.key(Math.floor(point.x / this.size), Math.floor(point.y / this.size));
    const list = this.cells.get(key);
    if (list) list.push(point.x, point.y);
    else this.cells.set(key, [point.x, point.y]);
  }

  /** Whether any point lies closer than `radius` (≤ size) to `point`. */
  occupied(point: Point, radius: number): boolean {
    const cx = Math.floor(point.x / this.size);
    const cy = Math.floor(point.y / this.size);
    const r2 = radius * radius;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const list = this.cells.get(SpatialHash.key(cx + dx, cy + dy));
        if (list === undefined) continue;
        for (let i = 0; i < list.length; i += 2) {
          const ex = list[i]! - point.x;
          const ey = list[i + 1]! - point.y;
          if (ex * ex + ey * ey < r2) return true;
        }
      }
    }
    return false;
  }
}

/**
 * Positions for `newIds`, given where the existing entities are and the links among all of them
 * (pairs of entity ids; links to unknown ids are ignored).
 */
export function placeNewNodes(
  existing: ReadonlyMap<string, Point>,
  newIds: readonly string[],
  links: ReadonlyArray<readonly [string, string]>,
  options: PlacementOptions = {},
): Map<string, Point> {
  const spacing = options.spacing ?? DEFAULT_SPACING;
  const clearance = spacing * 0.75;
  const hash = new SpatialHash(spacing);
  for (const point of existing.values()) hash.add(point);
  const pending = new Set(newIds.filter((id) => !existing.has(id)));
  const placed = new Map<string, Point>();
  const at = (id: string): Point | undefined => existing.get(id) ?? placed.get(id);

  const neighbours = new Map<string, string[]>();
  const join = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const [a, b] of links) {
    if (a === b) continue;
    if (pending.has(a) || pending.has(b)) {
      join(a, b);
      join(b, a);
    }
  }

  const centre = centroid([...existing.values()]) ?? { x: 0, y: 0 };
  const put = (id: string, point: Point) => {
    placed.set(id, point);
    hash.add(point);
    pending.delete(id);
  };
  // Spots only fill up during placement, so the search around an anchor resumes where it last
  // stopped: every slot before that one was taken. A hub with hundreds of new neighbours thus
  // fills ring after ring at one test per neighbour.
  const resumeAt = new Map<string, { ring: number; slot: number; wasted: number; along: number }>();
  const spotAt = (anchor: Point, radius: number, angle: number): Point => ({
    x: anchor.x + radius * Math.cos(angle),
    y: anchor.y + radius * Math.sin(angle),
  });
  const freeSpotNear = (anchor: Point, preferred: number): Point => {
    const key = `${Math.round(anchor.x)},${Math.round(anchor.y)}`;
    const state = resumeAt.get(key) ?? { ring: 1, slot: 0, wasted: 0, along: 0 };
    resumeAt.set(key, state);
    while (state.wasted < SEARCH_BUDGET) {
      const slots = 6 * state.ring;
      const i = state.slot;
      // Alternate either side of the preferred direction: 0, +1, −1, +2, −2…
      const step = i % 2 === 0 ? i / 2 : -(i + 1) / 2;
      const spot = spotAt(anchor, state.ring * spacing, preferred + (step * 2 * Math.PI) / slots);
      state.slot += 1;
      if (state.slot >= slots) {
        state.ring += 1;
        state.slot = 0;
      }
      if (!hash.occupied(spot, clearance)) return spot;
      state.wasted += 1;
    }
    // The anchor sits inside a crowded, laid-out area: rather than test every ring of it, head
    // outwards (away from the chart's centre) to the first free spot.
    if (state.along === 0) state.along = state.ring * spacing;
    for (; ; state.along += spacing * 0.75) {
      for (const offset of RAY_OFFSETS) {
        const spot = spotAt(anchor, state.along, preferred + offset);
        if (!hash.occupied(spot, clearance)) return spot;
      }
    }
  };

  // Breadth first from what is already placed, so a chain of new entities unrolls outwards.
  let frontier = [...pending].filter((id) =>
    (neighbours.get(id) ?? []).some((other) => at(other) !== undefined),
  );
  const placeFrontier = () => {
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const id of frontier) {
        if (!pending.has(id)) continue;
        const anchors = (neighbours.get(id) ?? [])
          .map(at)
          .filter((point): point is Point => point !== undefined);
        if (anchors.length === 0) continue;
        const anchor = centroid(anchors)!;
        const away = Math.atan2(anchor.y - centre.y, anchor.x - centre.x);
        put(
          id,
          freeSpotNear(
            anchor,
            Number.isFinite(away) && (anchor.x !== centre.x || anchor.y !== centre.y) ? away : 0,
          ),
        );
        for (const other of neighbours.get(id) ?? []) if (pending.has(other)) next.push(other);
      }
      frontier = next;
    }
  };
  placeFrontier();

  // Whatever is left is not linked to the chart: start each cluster in a block to the right.
  if (pending.size > 0) {
    const all = [...existing.values(), ...placed.values()];
    const right = all.length > 0 ? Math.max(...all.map((point) => point.x)) + spacing * 2 : 0;
    const top = all.length > 0 ? Math.min(...all.map((point) => point.y)) : 0;
    const columns = Math.max(1, Math.ceil(Math.sqrt(pending.size)));
    let slot = 0;
    for (const id of newIds) {
      if (!pending.has(id)) continue;
      let spot: Point;
      do {
        spot = {
          x: right + (slot % columns) * spacing * 1.5,
          y: top + Math.floor(slot / columns) * spacing * 1.5,
        };
        slot += 1;
      } while (hash.occupied(spot, clearance));
      put(id, spot);
      frontier = (neighbours.get(id) ?? []).filter((other) => pending.has(other));
      placeFrontier();
    }
  }
  return placed;
}

export function centroid(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  let x = 0;
  let y = 0;
  for (const point of points) {
    x += point.x;
    y += point.y;
  }
  return { x: x / points.length, y: y / points.length };
}
