import { FenlightError } from '@shared/contract';
import type { Area, MapFeature, MapFilter } from '@shared/contract/calls/geo';
import { gradeRank } from '@shared/domain/grading';
import { boundingBox, haversineMetres, pointInPolygon, polygonBounds, type LatLon } from '@shared/geo';
import { parsePostcode } from '@shared/identifiers/postcode';
import { toGridRef } from '@shared/identifiers/gridRef';
import type { VaultDatabase } from '../vault/database';
import { gradeFromRank } from '../records/rows';

interface FeatureRow {
  id: string;
  type: MapFeature['type'];
  label: string;
  site_type: MapFeature['siteType'];
  lat: number;
  lon: number;
  best: number | null;
  first_on: string | null;
  last_on: string | null;
  exploitation: string | null;
}

/** Which link places a person or vehicle at a site, most telling first. */
const PLACEMENT_PRIORITY = ['lives_at', 'works_at', 'registered_keeper', 'owns', 'visited', 'controls_or_exploits', 'employs', 'other'];

function evidenceFilterSql(filter: MapFilter): { clauses: string[]; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.from) {
    clauses.push('coalesce(r.occurred_on, r.received_on) >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    clauses.push('coalesce(r.occurred_on, r.received_on) <= @to');
    params.to = filter.to;
  }
  if (filter.minGrade) {
    clauses.push('r.grade_rank <= @maxRank');
    params.maxRank = gradeRank(filter.minGrade);
  }
  if (filter.exploitationTypes && filter.exploitationTypes.length > 0) {
    clauses.push(`EXISTS (SELECT 1 FROM json_each(r.exploitation_types) x WHERE x.value IN (${filter.exploitationTypes.map((_, i) => `@exploitation${i}`).join(', ')}))`);
    filter.exploitationTypes.forEach((code, i) => (params[`exploitation${i}`] = code));
  }
  return { clauses, params };
}

function toFeature(row: FeatureRow, atSiteId: string | null): MapFeature {
  return {
    entityId: row.id,
    type: row.type,
    label: row.label,
    siteType: row.site_type,
    lat: row.lat,
    lon: row.lon,
    atSiteId,
    bestGrade: row.best === null ? null : gradeFromRank(Math.floor(row.best / 2), row.best % 2 === 1 ? 'C' : 'P'),
    exploitationTypes: row.exploitation ? [...new Set(row.exploitation.split(','))].sort() : [],
    firstOccurred: row.first_on,
    lastOccurred: row.last_on,
  };
}

/**
 * The map's questions, answered in the engine: which located things to show under the current
 * filters, what lies inside a drawn area (R*Tree pre-filter, exact test after), and offline
 * postcode look-ups.
 */
export class GeoService {
  constructor(private readonly db: VaultDatabase) {}

  features(filter: MapFilter, includeLinked: boolean, limit: number): { features: MapFeature[]; dateRange: { first: string; last: string } | null; truncated: boolean } {
    const { clauses, params } = evidenceFilterSql(filter);
    const filtered = clauses.length > 0;
    const siteTypes = filter.siteTypes ?? [];
    siteTypes.forEach((code, i) => (params[`site${i}`] = code));
    const rows = this.db
      .prepare(
        `WITH ev AS (
           SELECT ev.entity_id, min(r.grade_rank * 2 + (r.handling_code = 'C')) AS best,
                  min(coalesce(r.occurred_on, r.received_on)) AS first_on, max(coalesce(r.occurred_on, r.received_on)) AS last_on,
                  (SELECT group_concat(DISTINCT x.value) FROM evidence ev2 JOIN report r2 ON r2.id = ev2.report_id, json_each(r2.exploitation_types) x WHERE ev2.entity_id = ev.entity_id) AS exploitation
             FROM evidence ev JOIN report r ON r.id = ev.report_id
            WHERE ev.entity_id IS NOT NULL ${filtered ? `AND ${clauses.join(' AND ')}` : ''}
            GROUP BY ev.entity_id)
         SELECT e.id, e.type, e.label, e.site_type, e.lat, e.lon, ev.best, ev.first_on, ev.last_on, ev.exploitation
           FROM entity e ${filtered ? 'JOIN' : 'LEFT JOIN'} ev ON ev.entity_id = e.id
          WHERE e.type = 'site' AND e.merged_into IS NULL AND e.lat IS NOT NULL
            ${siteTypes.length > 0 ? `AND e.site_type IN (${siteTypes.map((_, i) => `@site${i}`).join(', ')})` : ''}
          LIMIT @limit`,
      )
      .all({ ...params, limit: limit + 1 }) as FeatureRow[];
    const truncated = rows.length > limit;
    const sites = rows.slice(0, limit);
    const features = sites.map((row) => toFeature(row, null));
    if (includeLinked) features.push(...this.linkedFeatures(new Map(sites.map((site) => [site.id, site]))));
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
    return [...ids, ...[...linked].filter((id) => !ids.includes(id))];
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

  /** People and vehicles placed at the shown sites, by their most telling link. */
  private linkedFeatures(sites: Map<string, FeatureRow>): MapFeature[] {
    if (sites.size === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT o.id, o.type, o.label, l.type AS link_type, CASE WHEN l.from_id = o.id THEN l.to_id ELSE l.from_id END AS site_id,
                (SELECT min(r.grade_rank * 2 + (r.handling_code = 'C')) FROM evidence ev JOIN report r ON r.id = ev.report_id WHERE ev.entity_id = o.id) AS best
           FROM link l JOIN entity o ON o.id IN (l.from_id, l.to_id) AND o.type IN ('person', 'vehicle') AND o.merged_into IS NULL`,
      )
      .all() as Array<{ id: string; type: MapFeature['type']; label: string; link_type: string; site_id: string; best: number | null }>;
    const chosen = new Map<string, (typeof rows)[number]>();
    const rank = (type: string) => {
      const index = PLACEMENT_PRIORITY.indexOf(type);
      return index === -1 ? PLACEMENT_PRIORITY.length : index;
    };
    for (const row of rows) {
      if (!sites.has(row.site_id)) continue;
      const current = chosen.get(row.id);
      if (!current || rank(row.link_type) < rank(current.link_type)) chosen.set(row.id, row);
    }
    return [...chosen.values()].map((row) => {
      const site = sites.get(row.site_id)!;
      return toFeature({ id: row.id, type: row.type, label: row.label, site_type: null, lat: site.lat, lon: site.lon, best: row.best, first_on: null, last_on: null, exploitation: null }, row.site_id);
    });
  }
}
