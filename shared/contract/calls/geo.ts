import { z } from 'zod';
import { call } from '../define';
import { siteTypeCodes } from '../../domain/siteTypes';
import type { Grade } from '../../domain/grading';
import type { EntityType } from '../../domain/entityTypes';
import type { SiteType } from '../../domain/siteTypes';

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

/** One point on the map: a site, or a person or vehicle placed at a site it is linked to. */
export interface MapFeature {
  entityId: string;
  type: EntityType;
  label: string;
  siteType: SiteType | null;
  lat: number;
  lon: number;
  /** For people and vehicles: the site they are placed at. */
  atSiteId: string | null;
  bestGrade: Grade | null;
  exploitationTypes: string[];
  firstOccurred: string | null;
  lastOccurred: string | null;
}

export const geoCalls = {
  /** Everything with a location, filtered; showing it on the map is a consultation. */
  'geo.features': call(z.strictObject({ filter: mapFilterSchema.default({}), includeLinked: z.boolean().default(false), limit: z.number().int().min(1).max(200_000).default(100_000) })).returns<{
    features: MapFeature[];
    dateRange: { first: string; last: string } | null;
    truncated: boolean;
  }>(),
  /** Entities inside a drawn area ("within 2 km of this car wash"), using the R*Tree index. */
  'geo.within': call(z.strictObject({ area: areaSchema, includeLinked: z.boolean().default(true) })).returns<{ entityIds: string[] }>(),
  'geo.lookupPostcode': call(z.strictObject({ postcode: z.string().trim().min(1, { error: 'Enter a postcode.' }).max(16) })).returns<{ postcode: string; lat: number; lon: number; gridRef: string }>(),
  'geo.postcodeDirectory': call(z.strictObject({})).returns<{ postcodes: number }>(),
};
