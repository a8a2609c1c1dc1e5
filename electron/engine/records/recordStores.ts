import { DuplicateFinder } from '../entities/duplicates';
import { EntityStore } from '../entities/entityStore';
import { MergeStore } from '../entities/mergeStore';
import { NameIndex } from '../entities/nameIndex';
import { ReportStore } from '../reports/reportStore';
import type { VaultSession } from '../vault/vaultSession';
import { EvidenceStore } from './evidenceStore';
import { LinkStore } from './linkStore';

export interface RecordStores {
  reports: ReportStore;
  entities: EntityStore;
  links: LinkStore;
  evidence: EvidenceStore;
  merges: MergeStore;
  duplicates: DuplicateFinder;
  names: NameIndex;
}

const bySession = new WeakMap<VaultSession, RecordStores>();

/** The stores over an unlocked vault's database, built once per session. */
export function recordStores(session: VaultSession, now: () => Date): RecordStores {
  let stores = bySession.get(session);
  if (!stores) {
    const db = session.db;
    const names = new NameIndex(db);
    const evidence = new EvidenceStore(db, now);
    const entities = new EntityStore(db, evidence, now, () => names.invalidate());
    stores = {
      reports: new ReportStore(db, now),
      entities,
      links: new LinkStore(db, entities, evidence, now),
      evidence,
      merges: new MergeStore(db, entities, now),
      duplicates: new DuplicateFinder(db, entities),
      names,
    };
    bySession.set(session, stores);
  }
  return stores;
}
