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
import { timeSweep, type TimeSweep } from '@shared/graph/timeReach';
import type { VaultDatabase } from '../vault/database';

const DAY_MS = 86_400_000;

/** SQL text for a CASE over known codes (domain constants, never user input) → their index, else `unknown`. */
function codeCase(column: string, codes: readonly string[], unknown: number): string {
  return `(CASE ${column} ${codes.map((code, i) => `WHEN '${code}' THEN ${i}`).join(' ')} ELSE ${unknown} END)`;
}

/**
 * A report's grade as its bit in the 15-bit mask of shared/graph/grades.ts: source index · 5 +
 * assessment index (A = 0 … E = 4).
 */
const GRADE_BIT = `(${codeCase('r.source_evaluation', sourceEvaluationCodes, 0)} * ${intelligenceAssessmentCodes.length} + ${codeCase('r.intelligence_assessment', intelligenceAssessmentCodes, 0)})`;

/** type index (255 unknown) · 16 + directed · 8 + strength index (7 unknown), in one integer. */
const PACKED_CODES = `(${codeCase('type', linkTypeCodes, 255)} * 16 + (directed = 1) * 8 + ${codeCase('strength', linkStrengthCodes, 7)})`;

export interface VaultGraphStats {
  entities: number;
  links: number;
  buildMs: number;
}

/**
 * Ids joined with the ASCII unit separator and split in JavaScript: three times cheaper than a
 * JSON array of strings. Should an id ever contain the separator, the count is off and the
 * caller falls back to JSON.
 */
const SEPARATED = (column: string) => `group_concat(${column}, char(31))`;

function splitIds(joined: string | null, expected: number): string[] | null {
  if (joined === null) return expected === 0 ? [] : null;
  const ids = joined.split('\u001f');
  return ids.length === expected ? ids : null;
}

/** rowid → position in `rowids`: a dense array when rowids are dense (the usual case), else a map. */
function rowidLookup(rowids: readonly number[]): (rowid: number) => number {
  let max = 0;
  for (const rowid of rowids) max = Math.max(max, rowid);
  if (max <= 4 * rowids.length + 1024) {
    const dense = new Int32Array(max + 1).fill(-1);
    rowids.forEach((rowid, e) => (dense[rowid] = e));
    return (rowid) => dense[rowid] ?? -1;
  }
  const sparse = new Map<number, number>();
  rowids.forEach((rowid, e) => sparse.set(rowid, e));
  return (rowid) => sparse.get(rowid) ?? -1;
}

/**
 * One end of every link (entity index, -1 when not a live entity), by link position. The
 * covering index hands the ids over sorted, matching `entityIds` (sorted too), so a merge walk
 * resolves them; an id out of step is looked up in the map instead.
 */
function endsFromIndex(
  db: VaultDatabase,
  indexName: 'link_from' | 'link_to',
  column: 'from_id' | 'to_id',
  entityIds: readonly string[],
  index: ReadonlyMap<string, number>,
  edgeOf: (rowid: number) => number,
  count: number,
): Int32Array {
  const row = db.prepare(`SELECT ${SEPARATED(column)}, json_group_array(rowid) FROM link INDEXED BY ${indexName}`).raw(true).get() as [string | null, string];
  const rowids = JSON.parse(row[1]) as number[];
  const ids = splitIds(row[0], rowids.length) ?? (JSON.parse(db.prepare(`SELECT json_group_array(${column}) FROM link INDEXED BY ${indexName}`).pluck().get() as string) as string[]);
  const out = new Int32Array(count).fill(-1);
  let p = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    while (p < entityIds.length && entityIds[p]! < id) p += 1;
    const v = p < entityIds.length && entityIds[p] === id ? p : (index.get(id) ?? -1);
    const e = edgeOf(rowids[i]!);
    if (e >= 0) out[e] = v;
  }
  return out;
}

export class VaultGraph {
  readonly topology: GraphTopology;
  /** Entity index → entity id, and back. */
  readonly entityIds: string[];
  readonly index: Map<string, number>;
  /** Per link: SQL rowid, type and strength codes (index into the domain lists; 255 / 7 unknown). */
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
  private sweep: TimeSweep | null = null;
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

  /**
   * Reads every live entity and link. At a million links the cost is almost all in handing
   * rows from SQLite to JavaScript and in resolving two entity ids per link, so:
   * - each column comes over as ONE JSON array (json_group_array), parsed by V8 in one go, rather
   *   than a million row objects;
   * - link ends are read from the two covering indexes (link_from, link_to), so they arrive
   *   sorted, and are matched to the sorted entity ids by a merge walk instead of a million hash
   *   look-ups; anything out of order falls back to the hash map, so the result never depends
   *   on scan order;
   * - type, direction and strength come packed in one integer, dates as epoch seconds.
   * Peak memory during a build is a few hundred MB at a million links (the JSON text and the
   * parsed id arrays), released when it returns.
   */
  static build(db: VaultDatabase): VaultGraph {
    const started = performance.now();
    const live = 'FROM entity WHERE merged_into IS NULL';
    const counted = db.prepare(`SELECT group_concat(id, char(31) ORDER BY id), count(*) ${live}`).raw(true).get() as [string | null, number];
    const entityIds = splitIds(counted[0], counted[1]) ?? (JSON.parse(db.prepare(`SELECT json_group_array(id ORDER BY id) ${live}`).pluck().get() as string) as string[]);
    const index = new Map<string, number>();
    entityIds.forEach((id, v) => index.set(id, v));

    const columns = db
      .prepare(`SELECT json_group_array(rowid), json_group_array(${PACKED_CODES}), json_group_array(unixepoch(valid_from)), json_group_array(unixepoch(valid_to)) FROM link`)
      .raw(true)
      .get() as [string, string, string, string];
    const rowidList = JSON.parse(columns[0]) as number[];
    const packedList = JSON.parse(columns[1]) as number[];
    const fromList = JSON.parse(columns[2]) as Array<number | null>;
    const toList = JSON.parse(columns[3]) as Array<number | null>;
    const count = rowidList.length;
    const edgeOf = rowidLookup(rowidList);
    const source = endsFromIndex(db, 'link_from', 'from_id', entityIds, index, edgeOf, count);
    const target = endsFromIndex(db, 'link_to', 'to_id', entityIds, index, edgeOf, count);

    // Keep links whose both ends are live, distinct entities (merges rewire links, so this is a guard).
    let m = 0;
    const keep = new Int32Array(count);
    for (let e = 0; e < count; e++) {
      if (source[e]! >= 0 && target[e]! >= 0 && source[e] !== target[e]) keep[m++] = e;
    }
    const edgeSource = new Int32Array(m);
    const edgeTarget = new Int32Array(m);
    const directed = new Uint8Array(m);
    const rowids = new Float64Array(m);
    const types = new Uint8Array(m);
    const strengths = new Uint8Array(m);
    const starts = new Float64Array(m);
    const ends = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const e = keep[i]!;
      const packed = packedList[e]!;
      const validFrom = fromList[e];
      const validTo = toList[e];
      edgeSource[i] = source[e]!;
      edgeTarget[i] = target[e]!;
      rowids[i] = rowidList[e]!;
      types[i] = packed >> 4;
      directed[i] = (packed >> 3) & 1;
      strengths[i] = packed & 7;
      starts[i] = validFrom === null || validFrom === undefined ? Number.NEGATIVE_INFINITY : validFrom * 1000;
      ends[i] = validTo === null || validTo === undefined ? Number.POSITIVE_INFINITY : validTo * 1000 + DAY_MS - 1;
    }
    return new VaultGraph({
      topology: buildTopology(entityIds.length, edgeSource, edgeTarget, directed),
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

  /** Dated links, latest first, for the time-ordered search's bound (sorted once per graph). */
  timeSweep(): TimeSweep {
    this.sweep ??= timeSweep(this.topology, this.edgeTimes());
    return this.sweep;
  }

  hasGrades(): boolean {
    return this.grades !== null;
  }

  dropGrades(): void {
    this.grades = null;
  }

  /**
   * Every (source, assessment) pair among each link's evidence, as bits; loaded on first use.
   * SQLite ORs the bits per link (a sum of DISTINCT powers of two is their OR) and hands over
   * two JSON arrays, as in `build`.
   */
  gradeMasks(db: VaultDatabase): Uint16Array {
    if (this.grades) return this.grades;
    const masks = new Uint16Array(this.topology.edgeCount);
    const edgeOf = rowidLookup(Array.from(this.linkRowid));
    const row = db
      .prepare(
        `SELECT json_group_array(l.rowid), json_group_array(g.mask)
           FROM (SELECT ev.link_id AS link_id, sum(DISTINCT 1 << ${GRADE_BIT}) AS mask
                   FROM evidence ev JOIN report r ON r.id = ev.report_id
                  WHERE ev.link_id IS NOT NULL
                  GROUP BY ev.link_id) g
           JOIN link l ON l.id = g.link_id`,
      )
      .raw(true)
      .get() as [string, string];
    const rowids = JSON.parse(row[0]) as number[];
    const bits = JSON.parse(row[1]) as number[];
    rowids.forEach((rowid, i) => {
      const e = edgeOf(rowid);
      if (e >= 0) masks[e] = bits[i]!;
    });
    this.grades = masks;
    return masks;
  }
}
