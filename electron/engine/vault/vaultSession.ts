import { AuditLog } from '../audit/auditLog';
import { systemIdentity, type Actor } from '../audit/actor';
import { closeVaultDatabase, type VaultDatabase } from './database';
import { schemaVersion } from './migrations';
import type { VaultFiles } from './paths';
import { readMeta, type VaultMeta } from './vaultMeta';

export type UnlockedBy = 'passphrase' | 'recovery-key' | 'creation';

/**
 * An unlocked vault: the open database, its data key (held only here, dropped on close) and its
 * audit log. Domain code writes through `transaction` so a change and its audit entry commit
 * together or not at all.
 */
export class VaultSession {
  readonly audit: AuditLog;
  private meta: VaultMeta;
  private dataKey: Buffer | null;

  constructor(
    readonly db: VaultDatabase,
    readonly files: VaultFiles,
    dataKey: Buffer,
    readonly unlockedBy: UnlockedBy,
    now: () => Date,
  ) {
    this.dataKey = dataKey;
    this.meta = readMeta(db);
    const identity = systemIdentity();
    const actor = (): Actor => ({ analystName: this.meta.analystName, staffNumber: this.meta.staffNumber, ...identity });
    this.audit = new AuditLog(db, this.meta.vaultId, actor, now);
  }

  get info(): VaultMeta {
    return { ...this.meta };
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  refreshMeta(): void {
    this.meta = readMeta(this.db);
  }

  /** Runs `work` in one IMMEDIATE transaction: committed means durable (synchronous=FULL). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /** The raw data key, for the audited CLI disclosure command and key rewrapping only. */
  dataKeyCopy(): Buffer {
    if (!this.dataKey) throw new Error('The vault is closed.');
    return Buffer.from(this.dataKey);
  }

  close(): void {
    closeVaultDatabase(this.db);
    this.dataKey?.fill(0);
    this.dataKey = null;
  }
}
