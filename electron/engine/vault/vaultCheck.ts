import type { VaultCheckReport } from '@shared/vault/types';
import type { AuditLog } from '../audit/auditLog';
import type { VaultDatabase } from './database';

/**
 * SQLCipher and SQLite integrity, foreign keys and the audit chain, reported in plain words.
 * Reading every page through dbstat makes each one decrypt and pass its HMAC check.
 */
export function checkVault(db: VaultDatabase, audit: AuditLog): VaultCheckReport {
  const checks: VaultCheckReport['checks'] = [];

  try {
    const pages = db.prepare('SELECT count(*) FROM dbstat').pluck().get() as number;
    checks.push({ id: 'encryption', label: 'Encryption', ok: true, message: `The key opens the vault and all ${pages.toLocaleString('en-GB')} pages decrypt and pass their tamper checks.` });
  } catch {
    checks.push({ id: 'encryption', label: 'Encryption', ok: false, message: 'Some pages of the vault do not decrypt or fail their tamper check: the file is damaged. Restore from a backup.' });
  }

  try {
    const result = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const problems = result.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    checks.push(
      problems.length === 0
        ? { id: 'integrity', label: 'Database structure', ok: true, message: 'The database structure is sound.' }
        : { id: 'integrity', label: 'Database structure', ok: false, message: `The database structure has ${problems.length} problem(s), starting: ${problems[0]}` },
    );
  } catch {
    checks.push({ id: 'integrity', label: 'Database structure', ok: false, message: 'The database structure could not be checked: the file is damaged. Restore from a backup.' });
  }

  const orphans = db.pragma('foreign_key_check') as unknown[];
  checks.push(
    orphans.length === 0
      ? { id: 'foreign-keys', label: 'Links between records', ok: true, message: 'Every record refers only to records that exist.' }
      : { id: 'foreign-keys', label: 'Links between records', ok: false, message: `${orphans.length} record(s) refer to records that no longer exist.` },
  );

  const verification = audit.verify();
  checks.push(
    verification.intact
      ? { id: 'audit', label: 'Audit log', ok: true, message: `The audit chain is intact: ${verification.entries.toLocaleString('en-GB')} entries.` }
      : { id: 'audit', label: 'Audit log', ok: false, message: verification.problem },
  );

  return { ok: checks.every((check) => check.ok), checks };
}
