import { roundPosition, type Position } from './geometry';

/** A named point on a schematic line, written lat, lon as domain.md's tables are. */
export type Waypoint = readonly [label: string, lat: number, lon: number];

/** GeoJSON wants [lon, lat]; the labels stay in the script as documentation. */
export function toLine(waypoints: readonly Waypoint[]): Position[] {
  return waypoints.map(([, lat, lon]) => roundPosition([lon, lat]));
}
