import { FenlightError } from '@shared/contract';
import type { VaultDatabase } from '../database';
import { foundation } from './001_foundation';
import { records } from './002_records';
import { postcodes } from './003_postcodes';
import { charts } from './004_charts';
import { evidenceGrading } from './005_evidence_grading';
import { evidenceCopiesFromWriter } from './006_evidence_copies_from_writer';
import type { Migration } from './types';

/** Every migration, in order. Forward-only: a released migration is never edited, only followed. */
export const migrations: Migration[] = [foundation, records, postcodes, charts, evidenceGrading, evidenceCopiesFromWriter];

export const LATEST_SCHEMA_VERSION = migrations.length;

export function assertMonotonic(list: Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}.`);
    }
  });
}

export function schemaVersion(db: VaultDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings a vault up to date: all pending migrations in one transaction (a failure leaves the
 * vault exactly as it was), tracked with PRAGMA user_version. A vault from a newer Fenlight is
 * refused rather than guessed at.
 */
export function migrate(db: VaultDatabase, options: { upTo?: number; list?: Migration[] } = {}): { from: number; to: number } {
  const list = options.list ?? migrations;
  assertMonotonic(list);
  const latest = list.length;
  const target = options.upTo ?? latest;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new FenlightError(
      'VAULT_TOO_NEW',
      `This vault was last used by a newer version of Fenlight (vault format ${from}; this version understands up to ${latest}). Update Fenlight to open it. Nothing was changed.`,
    );
  }
  if (from >= target) return { from, to: from };
  db.transaction(() => {
    for (const migration of list.slice(from, target)) migration.up(db);
    db.pragma(`user_version = ${target}`);
  }).immediate();
  return { from, to: target };
}
