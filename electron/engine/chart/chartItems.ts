import type {
  ChartEntityItem,
  ChartItemFacts,
  ChartItems,
  ChartLinkItem,
  ChartNrmStatus,
} from '@shared/contract/calls/chart';
import { intelligenceAssessmentCodes, sourceEvaluationCodes } from '@shared/domain/grading';
import type { EntityFields } from '@shared/schemas/entity';
import type { RecordStores } from '../records/recordStores';
import { linkSummary, NO_EVIDENCE, type LinkRow } from '../records/rows';
import type { VaultDatabase } from '../vault/database';

const CHUNK = 500;
/** Merge chains are short (A into B, later B into C); the bound only guards against a cycle. */
const MAX_MERGE_HOPS = 32;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const marks = (part: readonly unknown[]) => part.map(() => '?').join(', ');

/** The same bit layout as shared/graph/grades.ts: (source index) · 5 + (assessment index). */
function gradeBit(source: string, assessment: string): number {
  const s = (sourceEvaluationCodes as readonly string[]).indexOf(source);
  const a = (intelligenceAssessmentCodes as readonly string[]).indexOf(assessment);
  return s < 0 || a < 0 ? 0 : 1 << (s * intelligenceAssessmentCodes.length + a);
}

const NO_FACTS: ChartItemFacts = { gradeMask: 0, exploitationTypes: [], firstOn: null, lastOn: null };

interface EvidenceFactRow {
  owner: string;
  source: string;
  assessment: string;
  exploitation: string;
  on_date: string | null;
}

/**
 * Everything a link chart shows about a set of entities, read in a few set-wise queries so that a
 * chart of thousands opens quickly: summaries, the links among them and the chart entities already
 * shown, and the facts its filters and badges use.
 */
export class ChartItemsReader {
  constructor(
    private readonly db: VaultDatabase,
    private readonly stores: RecordStores,
  ) {}

  read(entityIds: readonly string[], contextIds: readonly string[]): ChartItems {
    const requested = this.resolve(entityIds);
    const context = this.resolve(contextIds);
    const shownIds = [...new Set(requested.live)];
    const shown = new Set(shownIds);
    const allowed = new Set([...shownIds, ...context.live]);

    const summaries = this.stores.entities.summaries(shownIds);
    const entityFacts = this.facts('entity', shownIds);
    const nrm = this.nrmStatuses(shownIds);
    const entities: ChartEntityItem[] = [];
    for (const entityId of shownIds) {
      const summary = summaries.get(entityId);
      if (!summary) continue;
      entities.push({
        summary,
        facts: entityFacts.get(entityId) ?? NO_FACTS,
        nrm: nrm.get(entityId) ?? null,
      });
    }

    const linkRows = this.linksTouching(shownIds).filter(
      (row) =>
        allowed.has(row.from_id) &&
        allowed.has(row.to_id) &&
        (shown.has(row.from_id) || shown.has(row.to_id)),
    );
    const aggregates = this.stores.evidence.aggregates(
      'link',
      linkRows.map((row) => row.id),
    );
    const linkFacts = this.facts(
      'link',
      linkRows.map((row) => row.id),
    );
    const links: ChartLinkItem[] = linkRows.map((row) => ({
      summary: linkSummary(row, aggregates.get(row.id) ?? NO_EVIDENCE),
      facts: linkFacts.get(row.id) ?? NO_FACTS,
    }));

    return { entities, links, merged: requested.merged, missing: requested.missing };
  }

  /** Follows merges to the surviving entity; ids that no longer exist are reported missing. */
  private resolve(ids: readonly string[]): {
    live: string[];
    merged: Record<string, string>;
    missing: string[];
  } {
    const unique = [...new Set(ids)];
    const target = new Map<string, string | null>();
    let pending = unique;
    for (let hop = 0; hop < MAX_MERGE_HOPS && pending.length > 0; hop++) {
      const next: string[] = [];
      for (const part of chunks(pending)) {
        const rows = this.db
          .prepare(`SELECT id, merged_into FROM entity WHERE id IN (${marks(part)})`)
          .all(...part) as Array<{ id: string; merged_into: string | null }>;
        for (const row of rows) {
          target.set(row.id, row.merged_into);
          if (row.merged_into !== null && !target.has(row.merged_into)) next.push(row.merged_into);
        }
      }
      pending = [...new Set(next)];
    }
    const live: string[] = [];
    const merged: Record<string, string> = {};
    const missing: string[] = [];
    for (const id of unique) {
      const survivor = this.survivorOf(id, target);
      if (survivor === null) missing.push(id);
      else {
        live.push(survivor);
        if (survivor !== id) merged[id] = survivor;
      }
    }
    return { live, merged, missing };
  }

  private survivorOf(id: string, target: ReadonlyMap<string, string | null>): string | null {
    let current = id;
    for (let hop = 0; hop <= MAX_MERGE_HOPS; hop++) {
      if (!target.has(current)) return null;
      const into = target.get(current)!;
      if (into === null) return current;
      current = into;
    }
    return null;
  }

  private linksTouching(entityIds: readonly string[]): LinkRow[] {
    const byId = new Map<string, LinkRow>();
    for (const part of chunks(entityIds)) {
      // Two indexed look-ups rather than one OR, which SQLite would answer with a full scan.
      for (const column of ['from_id', 'to_id'] as const) {
        const rows = this.db
          .prepare(`SELECT * FROM link WHERE ${column} IN (${marks(part)})`)
          .all(...part) as LinkRow[];
        for (const row of rows) byId.set(row.id, row);
      }
    }
    return [...byId.values()].sort((a, b) =>
      a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1,
    );
  }

  private facts(owner: 'entity' | 'link', ids: readonly string[]): Map<string, ChartItemFacts> {
    const column = owner === 'entity' ? 'entity_id' : 'link_id';
    const result = new Map<
      string,
      { gradeMask: number; exploitation: Set<string>; firstOn: string | null; lastOn: string | null }
    >();
    for (const part of chunks(ids)) {
      const rows = this.db
        .prepare(
          `SELECT ev.${column} AS owner, r.source_evaluation AS source, r.intelligence_assessment AS assessment, r.exploitation_types AS exploitation,
                  coalesce(r.occurred_on, r.received_on) AS on_date
             FROM evidence ev JOIN report r ON r.id = ev.report_id
            WHERE ev.${column} IN (${marks(part)})`,
        )
        .all(...part) as EvidenceFactRow[];
      for (const row of rows) {
        let facts = result.get(row.owner);
        if (!facts)
          result.set(
            row.owner,
            (facts = { gradeMask: 0, exploitation: new Set(), firstOn: null, lastOn: null }),
          );
        facts.gradeMask |= gradeBit(row.source, row.assessment);
        for (const code of JSON.parse(row.exploitation) as string[]) facts.exploitation.add(code);
        if (row.on_date !== null) {
          if (facts.firstOn === null || row.on_date < facts.firstOn) facts.firstOn = row.on_date;
          if (facts.lastOn === null || row.on_date > facts.lastOn) facts.lastOn = row.on_date;
        }
      }
    }
    return new Map(
      [...result].map(([id, facts]) => [
        id,
        {
          gradeMask: facts.gradeMask,
          exploitationTypes: [...facts.exploitation].sort(),
          firstOn: facts.firstOn,
          lastOn: facts.lastOn,
        },
      ]),
    );
  }

  /** The furthest NRM stage recorded for each victim or potential victim among `ids`. */
  private nrmStatuses(ids: readonly string[]): Map<string, ChartNrmStatus> {
    const result = new Map<string, ChartNrmStatus>();
    for (const part of chunks(ids)) {
      const rows = this.db
        .prepare(
          `SELECT id, properties FROM entity WHERE type = 'person' AND category IN ('victim', 'potential_victim') AND id IN (${marks(part)})`,
        )
        .all(...part) as Array<{ id: string; properties: string }>;
      for (const row of rows) {
        const fields = JSON.parse(row.properties) as EntityFields;
        if (fields.type !== 'person' || !fields.victim) continue;
        const { conclusiveGrounds, reasonableGrounds, nrmReferralDate, nrmReference } = fields.victim;
        if (conclusiveGrounds)
          result.set(row.id, { stage: 'conclusive_grounds', outcome: conclusiveGrounds.outcome });
        else if (reasonableGrounds)
          result.set(row.id, { stage: 'reasonable_grounds', outcome: reasonableGrounds.outcome });
        else if (nrmReferralDate || nrmReference) result.set(row.id, { stage: 'referred', outcome: null });
      }
    }
    return result;
  }
}
