import type { VaultCheckId, VaultCheckReport } from '@shared/vault/types';
import type { AuditLog } from '../audit/auditLog';
import type { VaultDatabase } from './database';

type Check = VaultCheckReport['checks'][number];

const DAMAGED = 'could not be checked because the file is damaged. Restore the vault from a backup.';

/** One check; a damaged file makes SQLite throw, which is itself the answer. */
function run(id: VaultCheckId, label: string, body: () => { ok: boolean; message: string }): Check {
  try {
    return { id, label, ...body() };
  } catch {
    return { id, label, ok: false, message: `${label} ${DAMAGED}` };
  }
}

/**
 * SQLCipher and SQLite integrity, foreign keys and the audit chain, reported in plain words.
 * Reading every page through dbstat makes each one decrypt and pass its HMAC check.
 */
export function checkVault(db: VaultDatabase, audit: AuditLog): VaultCheckReport {
  const checks: Check[] = [
    run('encryption', 'Encryption', () => {
      const pages = db.prepare('SELECT count(*) FROM dbstat').pluck().get() as number;
      return { ok: true, message: `The key opens the vault and all ${pages.toLocaleString('en-GB')} pages decrypt and pass their tamper checks.` };
    }),
    run('integrity', 'Database structure', () => {
      const problems = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check).filter((line) => line !== 'ok');
      return problems.length === 0
        ? { ok: true, message: 'The database structure is sound.' }
        : { ok: false, message: `The database structure has ${problems.length} problem(s), starting: ${problems[0]}` };
    }),
    run('foreign-keys', 'Links between records', () => {
      const orphans = db.pragma('foreign_key_check') as unknown[];
      return orphans.length === 0
        ? { ok: true, message: 'Every record refers only to records that exist.' }
        : { ok: false, message: `${orphans.length} record(s) refer to records that no longer exist.` };
    }),
    run('audit', 'Audit log', () => {
      const verification = audit.verify();
      return verification.intact
        ? { ok: true, message: `The audit chain is intact: ${verification.entries.toLocaleString('en-GB')} entries.` }
        : { ok: false, message: verification.problem };
    }),
  ];
  return { ok: checks.every((check) => check.ok), checks };
}
