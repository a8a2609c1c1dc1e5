/**
 * The map's region, from domain.md §5.2: the county bounding box (to be verified against an ONS
 * boundary) and the padding the map extent adds around it. Tests hold the generated data to these.
 */
export const COUNTY_BBOX = { south: 52.0, north: 52.74, west: -0.5, east: 0.52 } as const;

/** ~0.05° either side, so that neighbouring towns at the edge still show. */
export const BBOX_PADDING_DEG = 0.05;

export const PADDED_BBOX = {
  south: COUNTY_BBOX.south - BBOX_PADDING_DEG,
  north: COUNTY_BBOX.north + BBOX_PADDING_DEG,
  west: COUNTY_BBOX.west - BBOX_PADDING_DEG,
  east: COUNTY_BBOX.east + BBOX_PADDING_DEG,
} as const;

/** Settlements are taken from this window (toolchain notes: about 200 GeoNames places). */
export const SETTLEMENT_WINDOW = { south: 52.0, north: 52.8, west: -0.6, east: 0.55 } as const;

export type Bbox = {
  readonly south: number;
  readonly north: number;
  readonly west: number;
  readonly east: number;
};

export function inBbox(bbox: Bbox, lon: number, lat: number): boolean {
  return lat >= bbox.south && lat <= bbox.north && lon >= bbox.west && lon <= bbox.east;
}
