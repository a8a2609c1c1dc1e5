/**
 * The `demo.load` job: generates the demo dataset batch by batch, validates every item through
 * the real schemas, and writes one transaction (with its COLLECT audit entry) per batch of about
 * a thousand reports. Entities and links go through EntityStore and LinkStore (identity checks,
 * names, link-end rules); reports and evidence are written a batch per statement from the stores'
 * own row values (bulkWriter.ts says why). Demo data may only go into a vault with no reports,
 * and the vault is flagged TRAINING DATA in the same transaction as the first batch, so no demo
 * record is ever in a vault without the flag. If the job is cancelled or fails, everything it
 * wrote is removed again (with an ERASE entry), so "nothing from it was kept" holds and the
 * vault can take demo data later.
 */
import { performance } from 'node:perf_hooks';
import { FenlightError } from '@shared/contract';
import { formatCount } from '@shared/format/numbers';
import { parseOrThrow } from '@shared/contract/validation';
import { linkInputSchema } from '@shared/schemas/link';
import { reportInputSchema, type ReportFields } from '@shared/schemas/report';
import type { AuditTarget } from '@shared/audit';
import type { EngineContext } from '../context';
import { validateEntity } from '../entities/handlers';
import type { JobContext, JobDefinition } from '../jobs/jobRunner';
import { EntityStore } from '../entities/entityStore';
import { EvidenceStore } from '../records/evidenceStore';
import { LinkStore } from '../records/linkStore';
import { announce, records, type RecordContext } from '../records/recordContext';
import { writeMeta } from '../vault/vaultMeta';
import type { VaultSession } from '../vault/vaultSession';
import { generateDemoBatches } from './dataset';
import { BulkWriter, type EvidenceRow } from './bulkWriter';
import { removeLoaded, type Loaded } from './rollback';
import { TimeOrderedIds } from './ids';
import { withStatementCache } from './statementCache';
import type { DemoBatch } from './types';

export interface DemoLoadInput {
  reports: number;
  seed: number;
}

export interface DemoLoadResult {
  reports: number;
  entities: number;
  links: number;
  evidence: number;
  cases: number;
  seed: number;
  /** The date the dataset was generated for (its latest possible report date). */
  today: string;
  tookMs: number;
}

export const NOT_EMPTY = 'Demo data can only be loaded into an empty vault. This vault already has reports: create a new vault for training or benchmarks.';

/** Refuses a vault that already holds reports (demo data must never mix with real intelligence). */
export function refuseIfNotEmpty(session: VaultSession): void {
  const hasReports = session.db.prepare('SELECT 1 FROM report LIMIT 1').get();
  if (hasReports) throw new FenlightError('CONFLICT', NOT_EMPTY);
}

export function demoLoadJob(context: EngineContext): JobDefinition<DemoLoadInput, DemoLoadResult> {
  return { kind: 'demo.load', run: (input, job) => loadDemo(context, input, job) };
}

/** The record stores the job writes through: the real classes, over the database with a statement cache. */
interface JobStores {
  ids: TimeOrderedIds;
  bulk: BulkWriter;
  entities: EntityStore;
  links: LinkStore;
}

function jobStores(context: EngineContext, rc: RecordContext): JobStores {
  const db = withStatementCache(rc.session.db);
  const evidence = new EvidenceStore(db, context.now);
  // The shared name index is invalidated once the load is done, not after every entity.
  const entities = new EntityStore(db, evidence, context.now, () => undefined);
  return { ids: new TimeOrderedIds(), bulk: new BulkWriter(rc.session.db, context.now), entities, links: new LinkStore(db, entities, evidence, context.now) };
}

async function loadDemo(context: EngineContext, input: DemoLoadInput, job: JobContext): Promise<DemoLoadResult> {
  const started = performance.now();
  const rc = records(context);
  refuseIfNotEmpty(rc.session);
  const stores = jobStores(context, rc);
  const loaded: Loaded = { reports: [], entities: [], links: [], flaggedTraining: false };
  const ids = new Map<string, string>();
  const totals = { reports: 0, entities: 0, links: 0, evidence: 0, cases: 0 };
  // One schema for the whole job: the same rules validateReport applies, built once, not per report.
  const reportSchema = reportInputSchema({ descriptors: rc.descriptors, today: rc.today });
  job.progress(0, input.reports, 'Generating demo data…');
  const restoreCache = widenPageCache(rc.session);
  try {
    for (const batch of generateDemoBatches({ reports: input.reports, seed: input.seed, today: rc.today })) {
      const written = writeBatch(rc.session, stores, batch, reportSchema, ids, loaded, input.seed);
      totals.reports += written.reports;
      totals.entities += written.entities;
      totals.links += written.links;
      totals.evidence += written.evidence;
      totals.cases += batch.cases;
      job.progress(totals.reports, input.reports, `Loaded ${formatCount(totals.reports)} of ${formatCount(input.reports)} demo reports`);
      // A long load is the analyst waiting, not idle: it must not trip the idle lock.
      context.vaults.touch();
      await job.checkpoint();
    }
  } catch (error) {
    rc.stores.names.invalidate();
    undo(context, rc, loaded, error);
    throw error;
  } finally {
    restoreCache();
  }
  rc.stores.names.invalidate();
  announce(context, ['vault', 'reports', 'entities', 'links']);
  return { ...totals, seed: input.seed, today: rc.today, tookMs: Math.round(performance.now() - started) };
}

/**
 * A bigger page cache (and less frequent WAL checkpoints) while the job runs. The default (2 MB) is fine for an analyst's edits, but
 * a bulk load inserts random UUID keys into indexes far larger than that, so nearly every insert
 * would read (and decrypt) a page from disk. Restored afterwards; the setting is per connection.
 */
function widenPageCache(session: VaultSession): () => void {
  const before = session.db.pragma('cache_size', { simple: true }) as number;
  const checkpointBefore = session.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  session.db.pragma('cache_size = -262144');
  // Fewer, larger checkpoints: a page rewritten by several batches is copied back once.
  session.db.pragma('wal_autocheckpoint = 16384');
  return () => {
    if (!session.db.open) return;
    session.db.pragma(`cache_size = ${before}`);
    session.db.pragma(`wal_autocheckpoint = ${checkpointBefore}`);
  };
}

function writeBatch(
  session: VaultSession,
  stores: JobStores,
  batch: DemoBatch,
  reportSchema: ReturnType<typeof reportInputSchema>,
  ids: Map<string, string>,
  loaded: Loaded,
  seed: number,
): { reports: number; entities: number; links: number; evidence: number } {
  // Validate before writing: a bad item fails the batch before anything of it is stored.
  const reports: ReportFields[] = batch.reports.map((report) => parseOrThrow(reportSchema, report));
  const entities = batch.entities.map((item) => ({ key: item.key, fields: validateEntity(item.entity) }));
  return session.transaction(() => {
    if (!loaded.flaggedTraining && !session.info.trainingData) {
      writeMeta(session.db, { trainingData: true });
      loaded.flaggedTraining = true;
    }
    const targets: AuditTarget[] = [];
    const reportIds = new Map<string, string>();
    const newReports = reports.map((fields) => ({ id: stores.ids.next(), fields }));
    stores.bulk.reports(newReports, 'demo');
    for (const { id, fields } of newReports) {
      reportIds.set(fields.urn, id);
      loaded.reports.push(id);
      targets.push({ type: 'report', id });
    }
    let entityCount = 0;
    for (const { key, fields } of entities) {
      const id = createEntity(stores.entities, fields, stores.ids.next());
      ids.set(key, id.id);
      if (id.created) {
        entityCount += 1;
        loaded.entities.push(id.id);
        targets.push({ type: 'entity', id: id.id });
      }
    }
    // Link keys are needed only within their batch (their evidence comes with them).
    const linkIds = new Map<string, string>();
    for (const item of batch.links) {
      const fields = parseOrThrow(linkInputSchema, { ...item.link, fromId: resolve(ids, item.from), toId: resolve(ids, item.to) });
      const id = stores.links.create(fields, stores.ids.next());
      linkIds.set(item.key, id);
      loaded.links.push(id);
      targets.push({ type: 'link', id });
    }
    // The generator gives each report at most one card per entity or link, so no duplicate check is needed.
    const evidence: EvidenceRow[] = batch.evidence.map((item) => {
      const reportId = reportIds.get(item.urn);
      if (!reportId) throw new Error(`Demo evidence refers to report ${item.urn}, which is not in its batch.`);
      return 'entity' in item.target
        ? { id: stores.ids.next(), reportId, entityId: resolve(ids, item.target.entity), linkId: null, note: item.note }
        : { id: stores.ids.next(), reportId, entityId: null, linkId: resolve(linkIds, item.target.link), note: item.note };
    });
    stores.bulk.evidence(evidence);
    session.audit.append({
      action: 'COLLECT',
      operation: 'demo.load',
      targets,
      reason: 'Synthetic demo data for training and benchmarks (vault flagged TRAINING DATA).',
      details: { facts: { seed, reports: reports.length, entities: entityCount, links: batch.links.length, evidence: batch.evidence.length } },
    });
    if (loaded.flaggedTraining) session.refreshMeta();
    return { reports: reports.length, entities: entityCount, links: batch.links.length, evidence: batch.evidence.length };
  });
}

/** Creates the entity, or uses the one already in the vault with the same identity (added by hand). */
function createEntity(entities: EntityStore, fields: ReturnType<typeof validateEntity>, id: string): { id: string; created: boolean } {
  try {
    return { id: entities.create(fields, { id }), created: true };
  } catch (error) {
    const existingId = error instanceof FenlightError && error.code === 'CONFLICT' ? (error.details as { existingId?: unknown } | undefined)?.existingId : undefined;
    if (typeof existingId === 'string') return { id: existingId, created: false };
    throw error;
  }
}

function resolve(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo data refers to ${key} before it was created.`);
  return id;
}

function undo(context: EngineContext, rc: RecordContext, loaded: Loaded, cause: unknown): void {
  if (loaded.reports.length === 0 && loaded.entities.length === 0 && !loaded.flaggedTraining) return;
  try {
    const cancelled = cause instanceof FenlightError && cause.code === 'CANCELLED';
    removeLoaded(rc.session, loaded, cancelled ? 'Demo data load cancelled: the part already loaded was removed.' : 'Demo data load failed: the part already loaded was removed.');
    announce(context, ['vault', 'reports', 'entities', 'links']);
  } catch (error) {
    // The vault may have gone (a crash, a forced close): report the original failure, not this one.
    context.options.log?.(`Fenlight engine: could not remove a partial demo load: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
