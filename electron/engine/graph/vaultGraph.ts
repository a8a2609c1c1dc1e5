/**
 * The vault-wide link graph, held in memory as CSR typed arrays for the analysis searches of
 * shared/graph: entity ids ↔ integers, every live link with its type, strength, validity and
 * SQL rowid (so a result can fetch just its own rows). At 250,000 entities and 1,000,000 links
 * this is about 70 MB and builds in a few seconds (see test/bench/graph.bench.ts).
 *
 * "Live" means between two entities that have not been merged away. Grades (a 15-bit mask of
 * every (source, assessment) pair among each link's evidence, see shared/graph/grades.ts) are
 * loaded separately, on the first query that filters by grade, because they change with
 * reports rather than with links.
 */
import { linkStrengthCodes } from '@shared/domain/linkStrengths';
import { linkTypeCodes } from '@shared/domain/linkTypes';
import { intelligenceAssessmentCodes, sourceEvaluationCodes } from '@shared/domain/grading';
import { buildTopology, type GraphTopology } from '@shared/graph/model';
import { SearchScratch } from '@shared/graph/scratch';
import type { VaultDatabase } from '../vault/database';

const DAY_MS = 86_400_000;
const UNKNOWN_CODE = 255;

export interface VaultGraphStats {
  entities: number;
  links: number;
  buildMs: number;
}

/** yyyy-mm-dd → epoch ms at midnight UTC; dates repeat a lot, so each is parsed once. */
class DateCache {
  private readonly cache = new Map<string, number>();
  ms(value: string): number {
    let ms = this.cache.get(value);
    if (ms === undefined) {
      ms = Date.parse(value);
      this.cache.set(value, ms);
    }
    return ms;
  }
}

export class VaultGraph {
  readonly topology: GraphTopology;
  /** Entity index → entity id, and back. */
  readonly entityIds: string[];
  readonly index: Map<string, number>;
  /** Per link: SQL rowid, type and strength codes (index into the domain lists; 255 unknown). */
  readonly linkRowid: Float64Array;
  readonly linkType: Uint8Array;
  readonly linkStrength: Uint8Array;
  /** Validity as epoch ms: start (−∞ when open) and end of the last valid day (+∞ when open). */
  readonly linkStart: Float64Array;
  readonly linkEnd: Float64Array;
  readonly stats: VaultGraphStats;
  /** Reused by every search over this graph (a search never runs concurrently with another). */
  readonly scratch: SearchScratch;
  private times: Float64Array | null = null;
  private grades: Uint16Array | null = null;

  private constructor(parts: {
    topology: GraphTopology;
    entityIds: string[];
    index: Map<string, number>;
    linkRowid: Float64Array;
    linkType: Uint8Array;
    linkStrength: Uint8Array;
    linkStart: Float64Array;
    linkEnd: Float64Array;
    buildMs: number;
  }) {
    this.topology = parts.topology;
    this.entityIds = parts.entityIds;
    this.index = parts.index;
    this.linkRowid = parts.linkRowid;
    this.linkType = parts.linkType;
    this.linkStrength = parts.linkStrength;
    this.linkStart = parts.linkStart;
    this.linkEnd = parts.linkEnd;
    this.scratch = new SearchScratch(parts.topology.nodeCount);
    this.stats = { entities: parts.topology.nodeCount, links: parts.topology.edgeCount, buildMs: parts.buildMs };
  }

  /** Reads every live entity and link. Two sequential scans; no joins. */
  static build(db: VaultDatabase): VaultGraph {
    const started = performance.now();
    const entityIds: string[] = [];
    const index = new Map<string, number>();
    for (const row of db.prepare('SELECT id FROM entity WHERE merged_into IS NULL').raw(true).iterate() as IterableIterator<[string]>) {
      index.set(row[0], entityIds.length);
      entityIds.push(row[0]);
    }

    const typeCode = new Map<string, number>(linkTypeCodes.map((code, i) => [code, i]));
    const strengthCode = new Map<string, number>(linkStrengthCodes.map((code, i) => [code, i]));
    const dates = new DateCache();
    const count = db.prepare('SELECT count(*) FROM link').pluck().get() as number;
    // Sized for every link; links to merged entities (there should be none) are dropped, so trim after.
    let source = new Int32Array(count);
    let target = new Int32Array(count);
    let directed = new Uint8Array(count);
    let rowids = new Float64Array(count);
    let types = new Uint8Array(count);
    let strengths = new Uint8Array(count);
    let starts = new Float64Array(count);
    let ends = new Float64Array(count);
    let m = 0;
    const rows = db.prepare('SELECT rowid, from_id, to_id, type, directed, strength, valid_from, valid_to FROM link').raw(true).iterate() as IterableIterator<
      [number, string, string, string, number, string, string | null, string | null]
    >;
    for (const [rowid, fromId, toId, type, isDirected, strength, validFrom, validTo] of rows) {
      const s = index.get(fromId);
      const t = index.get(toId);
      if (s === undefined || t === undefined || s === t || m >= count) continue;
      source[m] = s;
      target[m] = t;
      directed[m] = isDirected === 1 ? 1 : 0;
      rowids[m] = rowid;
      types[m] = typeCode.get(type) ?? UNKNOWN_CODE;
      strengths[m] = strengthCode.get(strength) ?? UNKNOWN_CODE;
      starts[m] = validFrom ? dates.ms(validFrom) : Number.NEGATIVE_INFINITY;
      ends[m] = validTo ? dates.ms(validTo) + DAY_MS - 1 : Number.POSITIVE_INFINITY;
      m += 1;
    }
    if (m < count) {
      [source, target, directed, rowids] = [source.slice(0, m), target.slice(0, m), directed.slice(0, m), rowids.slice(0, m)];
      [types, strengths, starts, ends] = [types.slice(0, m), strengths.slice(0, m), starts.slice(0, m), ends.slice(0, m)];
    }
    return new VaultGraph({
      topology: buildTopology(entityIds.length, source, target, directed),
      entityIds,
      index,
      linkRowid: rowids,
      linkType: types,
      linkStrength: strengths,
      linkStart: starts,
      linkEnd: ends,
      buildMs: performance.now() - started,
    });
  }

  /**
   * Each link's point in time for time-ordered paths (shared/graph/timedPaths.ts): its start,
   * else the first moment of its last valid day, else NaN (undated).
   */
  edgeTimes(): Float64Array {
    if (!this.times) {
      const times = new Float64Array(this.topology.edgeCount);
      for (let e = 0; e < times.length; e++) {
        const start = this.linkStart[e]!;
        const end = this.linkEnd[e]!;
        times[e] = Number.isFinite(start) ? start : Number.isFinite(end) ? end - DAY_MS + 1 : Number.NaN;
      }
      this.times = times;
    }
    return this.times;
  }

  hasGrades(): boolean {
    return this.grades !== null;
  }

  dropGrades(): void {
    this.grades = null;
  }

  /** Every (source, assessment) pair among each link's evidence, as bits; loaded on first use. */
  gradeMasks(db: VaultDatabase): Uint16Array {
    if (this.grades) return this.grades;
    const m = this.topology.edgeCount;
    const masks = new Uint16Array(m);
    // rowid → link index: a dense array when rowids are dense (the usual case), else a map.
    let maxRowid = 0;
    for (let e = 0; e < m; e++) maxRowid = Math.max(maxRowid, this.linkRowid[e]!);
    const dense = maxRowid <= 4 * m + 1024 ? new Int32Array(maxRowid + 1).fill(-1) : null;
    const sparse = dense ? null : new Map<number, number>();
    for (let e = 0; e < m; e++) {
      if (dense) dense[this.linkRowid[e]!] = e;
      else sparse!.set(this.linkRowid[e]!, e);
    }
    const sources = new Map<string, number>(sourceEvaluationCodes.map((code, i) => [code, i]));
    const assessments = new Map<string, number>(intelligenceAssessmentCodes.map((code, i) => [code, i]));
    const rows = db
      .prepare(
        `SELECT l.rowid, r.source_evaluation, r.intelligence_assessment
           FROM evidence ev JOIN link l ON l.id = ev.link_id JOIN report r ON r.id = ev.report_id
          WHERE ev.link_id IS NOT NULL`,
      )
      .raw(true)
      .iterate() as IterableIterator<[number, string, string]>;
    for (const [rowid, source, assessment] of rows) {
      const e = dense ? (dense[rowid] ?? -1) : (sparse!.get(rowid) ?? -1);
      const s = sources.get(source);
      const a = assessments.get(assessment);
      if (e < 0 || s === undefined || a === undefined) continue;
      masks[e]! |= 1 << (s * intelligenceAssessmentCodes.length + a);
    }
    this.grades = masks;
    return masks;
  }
}
