import type { SearchResult } from '@shared/contract/calls/search';
import type { EntityType } from '@shared/domain/entityTypes';
import { hasReportFilters, parseSearchQuery, type ParsedQuery } from '@shared/search/query';
import type { SearchHit } from '@shared/records';
import type { VaultDatabase } from '../vault/database';
import type { EntityStore } from '../entities/entityStore';
import { REPORT_SUMMARY_COLUMNS_OF_R, reportSummary, type ReportSummaryRow } from '../records/rows';
import { addReportConditions } from '../reports/reportConditions';
import { ftsMatchExpression } from './ftsExpression';

/** Report filters as SQL over `r` (grading, handling, marking, district, exploitation, dates). */
function reportFilterSql(query: ParsedQuery): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.grade?.source) {
    where.push('r.source_evaluation = @gradeSource');
    params.gradeSource = query.grade.source;
  }
  if (query.grade?.assessment) {
    where.push('r.intelligence_assessment = @gradeAssessment');
    params.gradeAssessment = query.grade.assessment;
  }
  if (query.marking) {
    where.push('r.protective_marking LIKE @marking');
    params.marking = `${query.marking}%`;
  }
  addReportConditions(
    { where, params },
    {
      handling: query.handling ?? query.grade?.handling,
      district: query.district,
      exploitation: query.exploitation,
      from: query.from,
      to: query.to,
    },
  );
  return { where, params };
}

/** BM25 column weights for report_fts (urn, title, sanitised_text): a URN or title hit counts most. */
const REPORT_WEIGHTS = '10.0, 5.0, 1.0';

interface RankedMatch {
  rowid: number;
  score: number;
}

/** A ranked result, read only if it is among those kept (`read` when it was read while ranking). */
type Candidate =
  | { kind: 'report'; match: string; rowid: number; score: number }
  | { kind: 'entity'; id: string; score: number }
  | { kind: 'read'; hit: SearchHit; score: number };

/** Entity search is forgiving: each word also matches as a prefix ("popes" finds Popescu). */
function entityMatch(text: string): string | null {
  const words = text.match(/"[^"]*"|\S+/g) ?? [];
  return ftsMatchExpression(words.map((word) => (word.startsWith('"') || word.endsWith('*') ? word : `${word}*`)).join(' '));
}

/**
 * Full-text search over reports (URN, title, sanitised text — never the restricted original)
 * and entities (labels, aliases, identifiers in several forms), ranked by BM25, with filters.
 */
export class SearchService {
  constructor(
    private readonly db: VaultDatabase,
    private readonly entities: EntityStore,
  ) {}

  search(q: string, limit: number, scope: 'all' | 'reports' | 'entities'): SearchResult {
    const started = performance.now();
    const query = parseSearchQuery(q);
    const wantsReports = scope !== 'entities' && (query.kinds.length === 0 || query.kinds.includes('report'));
    const entityKinds = query.kinds.filter((kind): kind is EntityType => kind !== 'report');
    // Report filters describe reports; entities are searched only by their own words and type.
    const wantsEntities = scope !== 'reports' && query.text !== '' && !hasReportFilters(query) && (query.kinds.length === 0 || entityKinds.length > 0);
    const candidates: Candidate[] = [];
    if (wantsReports && (query.text !== '' || hasReportFilters(query))) candidates.push(...this.reports(query, limit));
    if (wantsEntities) candidates.push(...this.entityCandidates(query.text, entityKinds, limit));
    // A stable sort: at equal scores, reports stay ahead of entities.
    candidates.sort((a, b) => a.score - b.score);
    return {
      hits: this.read(candidates.slice(0, limit)),
      understood: { terms: query.text ? [query.text] : [], filters: query.filters, problems: query.problems },
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }

  /**
   * Reads only the candidates kept after reports and entities are ranked together: a report's row
   * and snippet (snippet() re-reads the row's text, so computing it for every match of a common
   * word cost hundreds of milliseconds), an entity's summary.
   */
  private read(kept: Candidate[]): SearchHit[] {
    const report = this.db.prepare(
      `SELECT ${REPORT_SUMMARY_COLUMNS_OF_R}, snippet(report_fts, 2, '', '', '…', 16) AS snippet
         FROM report_fts JOIN report r ON r.rowid = report_fts.rowid
        WHERE report_fts MATCH @match AND report_fts.rowid = @rowid`,
    );
    const summaries = this.entities.summaries(kept.flatMap((candidate) => (candidate.kind === 'entity' ? [candidate.id] : [])));
    return kept.flatMap((candidate): SearchHit[] => {
      if (candidate.kind === 'read') return [candidate.hit];
      if (candidate.kind === 'entity') {
        const entity = summaries.get(candidate.id);
        return entity ? [{ kind: 'entity', entity, snippet: entity.chartLabel, score: candidate.score }] : [];
      }
      const row = report.get({ match: candidate.match, rowid: candidate.rowid }) as (ReportSummaryRow & { snippet: string }) | undefined;
      return row ? [{ kind: 'report', report: reportSummary(row), snippet: row.snippet, score: candidate.score }] : [];
    });
  }

  private reports(query: ParsedQuery, limit: number): Candidate[] {
    const { where, params } = reportFilterSql(query);
    const match = query.text ? ftsMatchExpression(query.text) : null;
    if (match) {
      const ranked = where.length > 0 ? this.filteredRanked(match, where, params, limit) : this.ranked(match, limit);
      return ranked.map((hit) => ({ kind: 'report', match, rowid: hit.rowid, score: hit.score }));
    }
    const rows = this.db
      .prepare(`SELECT ${REPORT_SUMMARY_COLUMNS_OF_R} FROM report r ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.recorded_on DESC, r.urn LIMIT @limit`)
      .all({ ...params, limit }) as ReportSummaryRow[];
    // Filter-only results come newest first; give them scores that keep that order.
    return rows.map((row, index) => {
      const score = index - rows.length - 1000;
      return { kind: 'read', score, hit: { kind: 'report', report: reportSummary(row), snippet: row.title, score } };
    });
  }

  private ranked(match: string, limit: number): RankedMatch[] {
    return this.db
      .prepare(`SELECT rowid, bm25(report_fts, ${REPORT_WEIGHTS}) AS score FROM report_fts WHERE report_fts MATCH @match ORDER BY score LIMIT @limit`)
      .all({ match, limit }) as RankedMatch[];
  }

  /**
   * Matches in rank order whose report passes the filters, until `limit` are kept. Joining every
   * match to its (wide) report row before filtering read thousands of pages for a common word;
   * checking in rank order stops after about limit / selectivity rows. Ties keep rowid order, as
   * SQLite's sort of the joined rows did.
   */
  private filteredRanked(match: string, where: string[], params: Record<string, unknown>, limit: number): RankedMatch[] {
    const ranked = this.db
      .prepare(`SELECT rowid, bm25(report_fts, ${REPORT_WEIGHTS}) AS score FROM report_fts WHERE report_fts MATCH @match ORDER BY score, rowid`)
      .iterate({ match }) as IterableIterator<RankedMatch>;
    const passes = this.db.prepare(`SELECT 1 FROM report r WHERE r.rowid = @rowid AND ${where.join(' AND ')}`).pluck();
    const kept: RankedMatch[] = [];
    for (const hit of ranked) {
      if (passes.get({ ...params, rowid: hit.rowid }) !== undefined) kept.push(hit);
      if (kept.length >= limit) break;
    }
    return kept;
  }

  private entityCandidates(text: string, kinds: EntityType[], limit: number): Candidate[] {
    const match = entityMatch(text);
    if (!match) return [];
    // Rank on the index alone, then read entity rows in rank order until enough are kept: joining
    // every match (thousands for a common name) to its entity row cost hundreds of milliseconds.
    // entity_fts holds only entities not merged away; ties keep rowid order, as before.
    const ranked = this.db
      .prepare('SELECT rowid, bm25(entity_fts) AS score FROM entity_fts WHERE entity_fts MATCH @match ORDER BY score, rowid')
      .iterate({ match }) as IterableIterator<{ rowid: number; score: number }>;
    const entityRow = this.db.prepare('SELECT id, type FROM entity WHERE rowid = ? AND merged_into IS NULL');
    const rows: Array<{ id: string; score: number }> = [];
    for (const hit of ranked) {
      const row = entityRow.get(hit.rowid) as { id: string; type: EntityType } | undefined;
      if (row && (kinds.length === 0 || kinds.includes(row.type))) rows.push({ id: row.id, score: hit.score });
      if (rows.length >= limit) break;
    }
    // Entities are short documents, so their BM25 runs higher: weight them to sit among reports fairly.
    return rows.map((row) => ({ kind: 'entity', id: row.id, score: row.score * 1.5 }));
  }
}
