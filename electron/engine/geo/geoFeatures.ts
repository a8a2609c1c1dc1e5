import type { MapFeatures, MapFilter, MapKind } from '@shared/contract/calls/geo';
import { gradeRank } from '@shared/domain/grading';
import type { VaultDatabase } from '../vault/database';
import { gradeFromRank } from '../records/rows';
import { addReportConditions } from '../reports/reportConditions';

/** One located row as SQLite returns it, in column order (raw rows skip building an object per row). */
type FeatureRow = [id: string, kind: MapKind, label: string, lat: number, lon: number, best: number | null, firstOn: string | null, lastOn: string | null, exploitation: string | null];

/** Which link places a person or vehicle at a site, most telling first. */
const PLACEMENT_PRIORITY = ['lives_at', 'works_at', 'registered_keeper', 'owns', 'visited', 'controls_or_exploits', 'employs', 'other'];

function evidenceFilterSql(filter: MapFilter): { clauses: string[]; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  addReportConditions({ where: clauses, params }, { from: filter.from, to: filter.to });
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

function emptyColumns(): MapFeatures {
  return { ids: [], labels: [], kinds: [], lats: [], lons: [], atSiteIds: [], bestGrades: [], exploitationTypes: [], firstOccurred: [], lastOccurred: [] };
}

/** `best` is grade rank × 2, plus 1 when the handling code is C (see the SQL). */
function push(columns: MapFeatures, row: FeatureRow, atSiteId: string | null): void {
  const [id, kind, label, lat, lon, best, firstOn, lastOn, exploitation] = row;
  columns.ids.push(id);
  columns.kinds.push(kind);
  columns.labels.push(label);
  columns.lats.push(lat);
  columns.lons.push(lon);
  columns.atSiteIds.push(atSiteId);
  columns.bestGrades.push(best === null ? null : gradeFromRank(Math.floor(best / 2), best % 2 === 1 ? 'C' : 'P'));
  columns.exploitationTypes.push(exploitation ? [...new Set(exploitation.split(','))].sort() : []);
  columns.firstOccurred.push(firstOn);
  columns.lastOccurred.push(lastOn);
}

/**
 * The located things to show under the map's filters, as columns: sites (evidence filters keep only
 * sites with matching evidence) and, when asked, the people and vehicles placed at those sites.
 */
export function locatedFeatures(db: VaultDatabase, filter: MapFilter, includeLinked: boolean, limit: number): { features: MapFeatures; truncated: boolean } {
  const { clauses, params } = evidenceFilterSql(filter);
  const filtered = clauses.length > 0;
  const siteTypes = filter.siteTypes ?? [];
  siteTypes.forEach((code, i) => (params[`site${i}`] = code));
  const rows = db
    .prepare(
      `WITH ev AS (
         SELECT ev.entity_id, min(r.grade_rank * 2 + (r.handling_code = 'C')) AS best,
                min(coalesce(r.occurred_on, r.received_on)) AS first_on, max(coalesce(r.occurred_on, r.received_on)) AS last_on,
                (SELECT group_concat(DISTINCT x.value) FROM evidence ev2 JOIN report r2 ON r2.id = ev2.report_id, json_each(r2.exploitation_types) x WHERE ev2.entity_id = ev.entity_id) AS exploitation
           FROM evidence ev JOIN report r ON r.id = ev.report_id
          WHERE ev.entity_id IS NOT NULL ${filtered ? `AND ${clauses.join(' AND ')}` : ''}
          GROUP BY ev.entity_id)
       SELECT e.id, coalesce(e.site_type, 'other'), e.label, e.lat, e.lon, ev.best, ev.first_on, ev.last_on, ev.exploitation
         FROM entity e ${filtered ? 'JOIN' : 'LEFT JOIN'} ev ON ev.entity_id = e.id
        WHERE e.type = 'site' AND e.merged_into IS NULL AND e.lat IS NOT NULL
          ${siteTypes.length > 0 ? `AND e.site_type IN (${siteTypes.map((_, i) => `@site${i}`).join(', ')})` : ''}
        LIMIT @limit`,
    )
    .raw()
    .all({ ...params, limit: limit + 1 }) as FeatureRow[];
  const truncated = rows.length > limit;
  if (truncated) rows.length = limit;
  const columns = emptyColumns();
  for (const row of rows) push(columns, row, null);
  if (includeLinked) placeLinked(db, rows, columns);
  return { features: columns, truncated };
}

/** People and vehicles placed at the shown sites, by their most telling link. */
function placeLinked(db: VaultDatabase, siteRows: readonly FeatureRow[], columns: MapFeatures): void {
  if (siteRows.length === 0) return;
  const sites = new Map(siteRows.map((row) => [row[0], row]));
  const rows = db
    .prepare(
      `SELECT o.id, o.type, o.label, l.type AS link_type, CASE WHEN l.from_id = o.id THEN l.to_id ELSE l.from_id END AS site_id,
              (SELECT min(r.grade_rank * 2 + (r.handling_code = 'C')) FROM evidence ev JOIN report r ON r.id = ev.report_id WHERE ev.entity_id = o.id) AS best
         FROM link l JOIN entity o ON o.id IN (l.from_id, l.to_id) AND o.type IN ('person', 'vehicle') AND o.merged_into IS NULL`,
    )
    .all() as Array<{ id: string; type: 'person' | 'vehicle'; label: string; link_type: string; site_id: string; best: number | null }>;
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
  for (const row of chosen.values()) {
    const site = sites.get(row.site_id)!;
    push(columns, [row.id, row.type, row.label, site[3], site[4], row.best, null, null, null], row.site_id);
  }
}
