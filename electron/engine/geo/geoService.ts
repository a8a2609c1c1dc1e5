import { FenlightError } from '@shared/contract';
import type { Area, MapFeatures, MapFilter } from '@shared/contract/calls/geo';
import { boundingBox, haversineMetres, pointInPolygon, polygonBounds, type LatLon } from '@shared/geo';
import { parsePostcode } from '@shared/identifiers/postcode';
import { toGridRef } from '@shared/identifiers/gridRef';
import type { VaultDatabase } from '../vault/database';
import { locatedFeatures } from './geoFeatures';

/**
 * The map's questions, answered in the engine: which located things to show under the current
 * filters, what lies inside a drawn area (R*Tree pre-filter, exact test after), and offline
 * postcode look-ups.
 */
export class GeoService {
  constructor(private readonly db: VaultDatabase) {}

  features(filter: MapFilter, includeLinked: boolean, limit: number): { features: MapFeatures; dateRange: { first: string; last: string } | null; truncated: boolean } {
    const { features, truncated } = locatedFeatures(this.db, filter, includeLinked, limit);
    const dates = this.db.prepare('SELECT min(coalesce(occurred_on, received_on)) AS first, max(coalesce(occurred_on, received_on)) AS last FROM report').get() as {
      first: string | null;
      last: string | null;
    };
    return { features, dateRange: dates.first && dates.last ? { first: dates.first, last: dates.last } : null, truncated };
  }

  within(area: Area, includeLinked: boolean): string[] {
    const box = area.kind === 'radius' ? boundingBox(area.centre, area.radiusMetres) : polygonBounds(area.points);
    const candidates = this.db
      .prepare(
        `SELECT e.id, e.lat, e.lon FROM entity_location l JOIN entity e ON e.rowid = l.entity_rowid
          WHERE l.min_lat <= @maxLat AND l.max_lat >= @minLat AND l.min_lon <= @maxLon AND l.max_lon >= @minLon AND e.merged_into IS NULL`,
      )
      .all(box) as Array<{ id: string; lat: number; lon: number }>;
    const inside = candidates.filter((site) =>
      area.kind === 'radius' ? haversineMetres(area.centre, site) <= area.radiusMetres : pointInPolygon(site as LatLon, area.points),
    );
    const ids = inside.map((site) => site.id);
    if (!includeLinked || ids.length === 0) return ids;
    const linked = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const marks = part.map(() => '?').join(', ');
      const rows = this.db
        .prepare(
          `SELECT CASE WHEN l.from_id IN (${marks}) THEN l.to_id ELSE l.from_id END AS other
             FROM link l JOIN entity o ON o.id = CASE WHEN l.from_id IN (${marks}) THEN l.to_id ELSE l.from_id END
            WHERE (l.from_id IN (${marks}) OR l.to_id IN (${marks})) AND o.type IN ('person', 'vehicle') AND o.merged_into IS NULL`,
        )
        .pluck()
        .all(...part, ...part, ...part, ...part) as string[];
      rows.forEach((id) => linked.add(id));
    }
    const inArea = new Set(ids);
    return [...ids, ...[...linked].filter((id) => !inArea.has(id))];
  }

  lookupPostcode(text: string): { postcode: string; lat: number; lon: number; gridRef: string } {
    const parsed = parsePostcode(text);
    if (!parsed.ok) throw new FenlightError('INVALID_INPUT', parsed.reason);
    const row = this.db.prepare('SELECT lat, lon FROM postcode_location WHERE postcode = ?').get(parsed.value.normalised) as { lat: number; lon: number } | undefined;
    if (!row) {
      const empty = this.directorySize() === 0;
      throw new FenlightError(
        'NOT_FOUND',
        empty
          ? `Fenlight has no postcode directory yet, so it cannot place ${parsed.value.normalised}. Import the force’s postcode file (ONS Postcode Directory or OS Code-Point Open) first; Fenlight ships none.`
          : `${parsed.value.normalised} is not in the imported postcode directory. It may be new or mistyped: place it by grid reference or on the map instead.`,
      );
    }
    return { postcode: parsed.value.normalised, lat: row.lat, lon: row.lon, gridRef: toGridRef(row.lat, row.lon, 6) };
  }

  directorySize(): number {
    return this.db.prepare('SELECT count(*) FROM postcode_location').pluck().get() as number;
  }
}
