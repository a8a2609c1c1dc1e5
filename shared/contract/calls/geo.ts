import { z } from 'zod';
import { call } from '../define';
import { siteTypeCodes } from '../../domain/siteTypes';
import type { Grade } from '../../domain/grading';
import type { SiteType } from '../../domain/siteTypes';
import type { JobStarted } from './jobs';

const latLon = z.strictObject({
  lat: z.number().min(-90).max(90, { error: 'Latitude must be between -90 and 90.' }),
  lon: z.number().min(-180).max(180, { error: 'Longitude must be between -180 and 180.' }),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Dates must be yyyy-mm-dd.' });

export const mapFilterSchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  siteTypes: z.array(z.enum(siteTypeCodes)).optional(),
  exploitationTypes: z.array(z.string().max(64)).optional(),
  /** Only items with evidence graded at least this well (source, then assessment). */
  minGrade: z.strictObject({ source: z.enum(['1', '2', '3']), assessment: z.enum(['A', 'B', 'C', 'D', 'E']) }).optional(),
});
export type MapFilter = z.infer<typeof mapFilterSchema>;

export const areaSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('radius'), centre: latLon, radiusMetres: z.number().positive().max(100_000, { error: 'A radius can be at most 100 km.' }) }),
  z.strictObject({ kind: z.literal('polygon'), points: z.array(latLon).min(3, { error: 'An area needs at least three points.' }).max(1000) }),
]);
export type Area = z.infer<typeof areaSchema>;

/** What a point on the map is: a site (by its site type), or a person or vehicle placed at a linked site. */
export type MapKind = SiteType | 'person' | 'vehicle';

/**
 * Everything located, column by column: entry i of every array is one point on the map. Columns
 * rather than one object per point keep 50,000 sites small to send and quick to hand to the map
 * (DESIGN.md budget: 50,000 sites, data to first paint ≤ 1.5 s).
 */
export interface MapFeatures {
  ids: string[];
  labels: string[];
  kinds: MapKind[];
  lats: number[];
  lons: number[];
  /** For people and vehicles: the site they are placed at; null for sites. */
  atSiteIds: Array<string | null>;
  /** The best grade of the evidence (under the filters); null without evidence. */
  bestGrades: Array<Grade | null>;
  /** Exploitation types recorded in the evidence, sorted; empty without evidence. */
  exploitationTypes: string[][];
  /** yyyy-mm-dd of the earliest and latest evidence; null without evidence. */
  firstOccurred: Array<string | null>;
  lastOccurred: Array<string | null>;
}

/** What a postcode directory import did (the job's result). */
export interface PostcodeImportOutcome {
  format: 'onspd' | 'code-point-open';
  /** Postcodes now in the directory from this file (new or updated). */
  imported: number;
  /** Rows that could not be used: malformed postcodes, or no location in the file. */
  rejected: number;
  /** The first few rejected rows (row 1 is the file's first line). */
  rejectedRows: Array<{ row: number; reason: string }>;
}

/** A GeoJSON geometry as Fenlight accepts it: WGS84 longitude/latitude positions only. */
export type LayerGeometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'MultiPoint' | 'LineString'; coordinates: number[][] }
  | { type: 'MultiLineString' | 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface LayerFeature {
  type: 'Feature';
  geometry: LayerGeometry;
  /** Plain text, numbers and yes/no values only; shown as text. */
  properties: Record<string, string | number | boolean | null>;
}

/** An analyst's own map layer (ONS districts, policing neighbourhoods…), checked by the engine. */
export interface GeoJsonLayer {
  name: string;
  collection: { type: 'FeatureCollection'; features: LayerFeature[] };
  /** [[west, south], [east, north]] */
  bounds: [[number, number], [number, number]];
  /** Features left out because their geometry was missing or not a kind Fenlight draws. */
  skipped: number;
}

const filePath = z.string({ error: 'Choose a file.' }).trim().min(1, { error: 'Choose a file.' }).max(4096);

export const geoCalls = {
  /** Everything with a location, filtered; showing it on the map is a consultation. */
  'geo.features': call(z.strictObject({ filter: mapFilterSchema.default({}), includeLinked: z.boolean().default(false), limit: z.number().int().min(1).max(200_000).default(100_000) })).returns<{
    features: MapFeatures;
    dateRange: { first: string; last: string } | null;
    truncated: boolean;
  }>(),
  /** Entities inside a drawn area ("within 2 km of this car wash"), using the R*Tree index. */
  'geo.within': call(z.strictObject({ area: areaSchema, includeLinked: z.boolean().default(true) })).returns<{ entityIds: string[] }>(),
  'geo.lookupPostcode': call(z.strictObject({ postcode: z.string().trim().min(1, { error: 'Enter a postcode.' }).max(16) })).returns<{ postcode: string; lat: number; lon: number; gridRef: string }>(),
  'geo.postcodeDirectory': call(z.strictObject({})).returns<{ postcodes: number }>(),
  /** Starts importing the force's postcode file (ONSPD or Code-Point Open CSV); the job's result is a PostcodeImportOutcome. */
  'geo.importPostcodes': call(z.strictObject({ path: filePath })).returns<JobStarted>(),
  /** Reads a GeoJSON file the analyst chose, checked and reduced to what the map draws. */
  'geo.readGeoJson': call(z.strictObject({ path: filePath })).returns<GeoJsonLayer>(),
};
