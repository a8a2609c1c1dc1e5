import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FenlightError } from '@shared/contract';
import type { LockReason } from '@shared/contract/events';
import { DEFAULT_MARKING } from '@shared/marking';
import { assessPassphrase } from '@shared/vault/passphrasePolicy';
import { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_BYTES } from '@shared/vault/recoveryKey';
import type { FailureReportInfo, OpenVaultInfo, VaultStatus } from '@shared/vault/types';
import type { EventBus } from '../events';
import type { SettingsStore } from '../settings/settingsStore';
import { OWASP_SCRYPT, type ScryptParams } from './crypto/kdf';
import { createVaultDatabase, openVaultDatabase } from './database';
import { KEY_SLOT_FORMAT, KEY_SLOT_VERSION, makeSlot, openSlots, readKeySlots, replaceSlot, writeKeySlots, type KeySlotFile, type SlotKind } from './keySlots';
import { migrate } from './migrations';
import { VAULT_EXTENSION, vaultFiles, vaultName, isValidVaultName } from './paths';
import { UnlockAttempts } from './unlockAttempts';
import { VaultRegistry } from './vaultRegistry';
import { writeMeta } from './vaultMeta';
import { VaultSession, type UnlockedBy } from './vaultSession';

export interface VaultManagerOptions {
  dataFolder: string;
  defaultVaultFolder: string;
  nativeBinding?: string;
  /** KDF cost for new key slots; OWASP's scrypt parameters unless a test asks for less. */
  kdf?: ScryptParams;
  now: () => Date;
  settings: SettingsStore;
  bus: EventBus;
  /** Called before the vault closes (cancel running jobs). */
  beforeLock?: () => Promise<void>;
}

export interface CreateVaultInput {
  name: string;
  folder?: string;
  analystName: string;
  staffNumber: string;
  passphrase: string;
}

const IDLE_CHECK_MS = 10_000;

/**
 * The engine's one door to vaults: which vault is selected, whether it is unlocked, and every
 * way of getting in (passphrase, recovery key) or out (lock on command, idle or suspend).
 */
export class VaultManager {
  private selected: string | null;
  private session: VaultSession | null = null;
  private lastActivity: number;
  private readonly registry: VaultRegistry;
  private readonly attempts: UnlockAttempts;
  private readonly idleTimer: NodeJS.Timeout;
  private mustChangePassphrase = false;

  constructor(private readonly options: VaultManagerOptions) {
    this.registry = new VaultRegistry(options.dataFolder);
    this.attempts = new UnlockAttempts(options.dataFolder);
    const current = this.registry.current();
    this.selected = current && fs.existsSync(current) ? current : null;
    this.lastActivity = options.now().getTime();
    this.idleTimer = setInterval(() => void this.lockIfIdle(), IDLE_CHECK_MS);
    this.idleTimer.unref();
  }

  private get kdf(): ScryptParams {
    return this.options.kdf ?? OWASP_SCRYPT;
  }

  status(): VaultStatus {
    const common = {
      recent: this.registry.recent().filter((entry) => fs.existsSync(entry.path)),
      defaultFolder: this.options.defaultVaultFolder,
    };
    if (this.session) return { ...common, state: 'unlocked', vault: this.openInfo(this.session) };
    if (this.selected) return { ...common, state: 'locked', vault: { path: this.selected, name: vaultName(this.selected) } };
    return { ...common, state: 'none', vault: null };
  }

  requireSession(): VaultSession {
    if (!this.session) throw new FenlightError('VAULT_LOCKED', 'The vault is locked. Unlock it to carry on.');
    if (this.mustChangePassphrase) {
      throw new FenlightError('FORBIDDEN', 'You unlocked the vault with its recovery key: set a new passphrase before carrying on.');
    }
    return this.session;
  }

  /** The session if unlocked (used by the audit check and by calls that tolerate a locked vault). */
  currentSession(): VaultSession | null {
    return this.session;
  }

  async create(input: CreateVaultInput): Promise<{ status: VaultStatus; recoveryKey: string }> {
    if (!isValidVaultName(input.name)) throw new FenlightError('INVALID_INPUT', 'That vault name cannot be used as a file name.');
    const assessment = assessPassphrase(input.passphrase, { analystName: input.analystName, staffNumber: input.staffNumber });
    if (!assessment.acceptable) throw new FenlightError('INVALID_INPUT', assessment.feedback.join(' '), { issues: [{ path: 'passphrase', message: assessment.feedback[0]! }] });
    const folder = path.resolve(input.folder ?? this.options.defaultVaultFolder);
    const files = vaultFiles(path.join(folder, `${input.name}${VAULT_EXTENSION}`));
    if (fs.existsSync(files.database) || fs.existsSync(files.keys)) {
      throw new FenlightError('VAULT_EXISTS', `A vault called “${input.name}” already exists in ${folder}. Choose another name or open it instead.`);
    }
    await this.lock('command');

    const now = this.options.now();
    const dataKey = crypto.randomBytes(32);
    const recovery = crypto.randomBytes(RECOVERY_KEY_BYTES);
    const vaultId = crypto.randomUUID();
    const header = { format: KEY_SLOT_FORMAT, version: KEY_SLOT_VERSION, vaultId } as const;
    let db;
    try {
      const slots: KeySlotFile = {
        ...header,
        createdAt: now.toISOString(),
        recoveryKeyConfirmed: false,
        slots: [
          await makeSlot(header, 'passphrase', input.passphrase, dataKey, this.kdf, now),
          await makeSlot(header, 'recovery', recovery, dataKey, this.kdf, now),
        ],
      };
      db = createVaultDatabase(files.database, dataKey, this.options.nativeBinding);
      migrate(db);
      db.transaction(() =>
        writeMeta(db!, {
          vaultId,
          createdAt: now.toISOString(),
          analystName: input.analystName,
          staffNumber: input.staffNumber,
          marking: DEFAULT_MARKING,
          trainingData: false,
        }),
      ).immediate();
      writeKeySlots(files.keys, slots);
    } catch (error) {
      db?.close();
      for (const file of [files.database, files.wal, files.shm, files.keys, files.keysPrevious]) fs.rmSync(file, { force: true });
      dataKey.fill(0);
      throw error;
    }
    this.startSession(new VaultSession(db, files, dataKey, 'creation', this.options.now), files.database);
    const recoveryKey = formatRecoveryKey(recovery);
    recovery.fill(0);
    return { status: this.status(), recoveryKey };
  }

  async open(vaultPath: string): Promise<VaultStatus> {
    const files = vaultFiles(vaultPath);
    if (!fs.existsSync(files.database)) throw new FenlightError('VAULT_NOT_FOUND', `There is no Fenlight vault at ${files.database}.`);
    readKeySlots(files.keys);
    await this.lock('command');
    this.selected = files.database;
    this.registry.remember(files.database, this.options.now());
    return this.status();
  }

  async unlock(passphrase: string): Promise<{ status: VaultStatus; failedAttempts: FailureReportInfo | null }> {
    return this.unlockWith('passphrase', passphrase);
  }

  async unlockWithRecoveryKey(typed: string): Promise<{ status: VaultStatus; failedAttempts: FailureReportInfo | null }> {
    const parsed = parseRecoveryKey(typed);
    if (!parsed.ok) throw new FenlightError('WRONG_RECOVERY_KEY', parsed.reason);
    return this.unlockWith('recovery', Buffer.from(parsed.bytes));
  }

  async lock(reason: LockReason): Promise<VaultStatus> {
    const session = this.session;
    if (session) {
      await this.options.beforeLock?.();
      this.session = null;
      this.mustChangePassphrase = false;
      session.close();
      this.options.bus.emit('vault.locked', { reason });
    }
    return this.status();
  }

  touch(): { idleLockAt: string | null } {
    this.lastActivity = this.options.now().getTime();
    if (!this.session) return { idleLockAt: null };
    return { idleLockAt: new Date(this.lastActivity + this.idleLimitMs()).toISOString() };
  }

  /** Locks when the analyst has been inactive longer than the setting allows. */
  async lockIfIdle(): Promise<boolean> {
    if (!this.session) return false;
    if (this.options.now().getTime() - this.lastActivity < this.idleLimitMs()) return false;
    await this.lock('idle');
    return true;
  }

  confirmRecoveryKey(): OpenVaultInfo {
    const session = this.requireSession();
    const slots = readKeySlots(session.files.keys);
    writeKeySlots(session.files.keys, { ...slots, recoveryKeyConfirmed: true });
    return this.openInfo(session);
  }

  /** Rewraps the data key for a new passphrase; the database is not rewritten. */
  async changePassphrase(currentPassphrase: string | undefined, newPassphrase: string): Promise<OpenVaultInfo> {
    const session = this.session;
    if (!session) throw new FenlightError('VAULT_LOCKED', 'The vault is locked. Unlock it to carry on.');
    const meta = session.info;
    const slots = readKeySlots(session.files.keys);
    if (!this.mustChangePassphrase) {
      if (!currentPassphrase) throw new FenlightError('INVALID_INPUT', 'Enter your current passphrase to change it.');
      const check = await openSlots(slots, 'passphrase', currentPassphrase);
      if (!check) throw new FenlightError('WRONG_PASSPHRASE', 'The current passphrase is not right. The passphrase was not changed.');
      check.fill(0);
    }
    const assessment = assessPassphrase(newPassphrase, { analystName: meta.analystName, staffNumber: meta.staffNumber });
    if (!assessment.acceptable) throw new FenlightError('INVALID_INPUT', assessment.feedback.join(' '), { issues: [{ path: 'newPassphrase', message: assessment.feedback[0]! }] });
    const dataKey = session.dataKeyCopy();
    try {
      writeKeySlots(session.files.keys, await replaceSlot(slots, 'passphrase', newPassphrase, dataKey, this.kdf, this.options.now()));
    } finally {
      dataKey.fill(0);
    }
    this.mustChangePassphrase = false;
    return this.openInfo(session);
  }

  /** A new recovery key; the old one stops working at once. */
  async regenerateRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    const session = this.requireSession();
    const slots = readKeySlots(session.files.keys);
    const check = await openSlots(slots, 'passphrase', passphrase);
    if (!check) throw new FenlightError('WRONG_PASSPHRASE', 'That passphrase is not right. The recovery key was not changed.');
    check.fill(0);
    const recovery = crypto.randomBytes(RECOVERY_KEY_BYTES);
    const dataKey = session.dataKeyCopy();
    try {
      const next = await replaceSlot(slots, 'recovery', recovery, dataKey, this.kdf, this.options.now());
      writeKeySlots(session.files.keys, { ...next, recoveryKeyConfirmed: false });
      return { recoveryKey: formatRecoveryKey(recovery) };
    } finally {
      dataKey.fill(0);
      recovery.fill(0);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.idleTimer);
    await this.lock('command');
  }

  private async unlockWith(kind: SlotKind, secret: string | Buffer): Promise<{ status: VaultStatus; failedAttempts: FailureReportInfo | null }> {
    const selected = this.selected;
    if (!selected) throw new FenlightError('VAULT_NOT_FOUND', 'Choose a vault to unlock first.');
    if (this.session) return { status: this.status(), failedAttempts: null };
    const files = vaultFiles(selected);
    const slots = readKeySlots(files.keys);
    this.attempts.assertAllowed(slots.vaultId, this.options.now());
    const dataKey = await openSlots(slots, kind, secret);
    if (Buffer.isBuffer(secret)) secret.fill(0);
    if (!dataKey) {
      const record = this.attempts.recordFailure(slots.vaultId, this.options.now());
      const slowed = record.failures >= 5 ? ' Further attempts will be slowed down.' : '';
      throw kind === 'passphrase'
        ? new FenlightError('WRONG_PASSPHRASE', `That passphrase is not right.${slowed}`)
        : new FenlightError('WRONG_RECOVERY_KEY', `That recovery key does not open this vault.${slowed}`);
    }
    let db;
    try {
      db = openVaultDatabase(files.database, dataKey, this.options.nativeBinding);
      migrate(db);
    } catch (error) {
      db?.close();
      dataKey.fill(0);
      throw error;
    }
    const failedAttempts = this.attempts.takeReport(slots.vaultId);
    const unlockedBy: UnlockedBy = kind === 'passphrase' ? 'passphrase' : 'recovery-key';
    this.startSession(new VaultSession(db, files, dataKey, unlockedBy, this.options.now), files.database);
    this.mustChangePassphrase = kind === 'recovery';
    return { status: this.status(), failedAttempts };
  }

  private startSession(session: VaultSession, databasePath: string): void {
    this.session = session;
    this.selected = databasePath;
    this.lastActivity = this.options.now().getTime();
    this.registry.remember(databasePath, this.options.now());
  }

  private idleLimitMs(): number {
    return this.options.settings.get().idleLockMinutes * 60_000;
  }

  private openInfo(session: VaultSession): OpenVaultInfo {
    const meta = session.info;
    const slots = readKeySlots(session.files.keys);
    return {
      path: session.files.database,
      name: vaultName(session.files.database),
      id: meta.vaultId,
      createdAt: meta.createdAt,
      marking: meta.marking,
      trainingData: meta.trainingData,
      markingDescriptors: meta.markingDescriptors,
      analystName: meta.analystName,
      staffNumber: meta.staffNumber,
      schemaVersion: session.schemaVersion,
      recoveryKeyConfirmed: slots.recoveryKeyConfirmed,
      mustChangePassphrase: this.mustChangePassphrase,
      idleLockMinutes: this.options.settings.get().idleLockMinutes,
    };
  }
}
