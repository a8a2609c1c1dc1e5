import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { z } from 'zod';
import { FenlightError } from '@shared/contract';
import { parseRecoveryKey } from '@shared/vault/recoveryKey';
import { AuditLog } from '../audit/auditLog';
import { systemIdentity } from '../audit/actor';
import { openVaultDatabase } from './database';
import { openSlots, readKeySlots } from './keySlots';
import { schemaVersion } from './migrations';
import { BACKUP_EXTENSION, vaultFiles, vaultName } from './paths';
import { readMeta } from './vaultMeta';
import type { VaultSession } from './vaultSession';
import { checkVault } from './vaultCheck';

const BACKUP_FORMAT = 'fenlight-backup';
const DATABASE_ENTRY = 'vault.fenlight-vault';
const KEYS_ENTRY = 'vault.fenlight-keys';
const MANIFEST_ENTRY = 'manifest.json';
const ALLOWED_ENTRIES = new Set([MANIFEST_ENTRY, DATABASE_ENTRY, KEYS_ENTRY]);

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  vaultId: z.string(),
  vaultName: z.string(),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  files: z.array(z.object({ name: z.string(), bytes: z.number().int(), sha256: z.string() })),
});

function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function tempFolderBeside(target: string): string {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  return fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.`));
}

/**
 * One `.fenlight-backup` file: a consistent, still-encrypted copy of the database (VACUUM INTO
 * on the open vault), its key slots and a manifest with checksums, in a plain tar archive.
 */
export async function createBackup(session: VaultSession, destination: string, now: Date): Promise<{ path: string; bytes: number }> {
  const target = destination.endsWith(BACKUP_EXTENSION) ? path.resolve(destination) : path.resolve(`${destination}${BACKUP_EXTENSION}`);
  const work = tempFolderBeside(target);
  try {
    const database = path.join(work, DATABASE_ENTRY);
    session.db.prepare('VACUUM INTO ?').run(database);
    fs.copyFileSync(session.files.keys, path.join(work, KEYS_ENTRY));
    const meta = session.info;
    const manifest: z.infer<typeof manifestSchema> = {
      format: BACKUP_FORMAT,
      version: 1,
      vaultId: meta.vaultId,
      vaultName: vaultName(session.files.database),
      createdAt: now.toISOString(),
      schemaVersion: session.schemaVersion,
      files: [DATABASE_ENTRY, KEYS_ENTRY].map((name) => ({ name, bytes: fs.statSync(path.join(work, name)).size, sha256: sha256File(path.join(work, name)) })),
    };
    fs.writeFileSync(path.join(work, MANIFEST_ENTRY), JSON.stringify(manifest, null, 2));
    const partial = `${target}.partial`;
    await tar.create({ file: partial, cwd: work, portable: true, noMtime: true }, [MANIFEST_ENTRY, DATABASE_ENTRY, KEYS_ENTRY]);
    const fd = fs.openSync(partial, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, target);
    return { path: target, bytes: fs.statSync(target).size };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Lists the archive and refuses anything but our three plain files at the top level. */
async function assertSafeArchive(file: string): Promise<void> {
  const problems: string[] = [];
  const seen = new Set<string>();
  await tar.list({
    file,
    onReadEntry: (entry) => {
      const name = entry.path;
      if (path.isAbsolute(name) || name.split(/[\\/]/).includes('..') || /^[a-zA-Z]:/.test(name)) problems.push(`“${name}” points outside the restore folder`);
      else if (entry.type !== 'File') problems.push(`“${name}” is not a plain file`);
      else if (!ALLOWED_ENTRIES.has(name)) problems.push(`“${name}” is not part of a Fenlight backup`);
      seen.add(name);
    },
  });
  if (problems.length > 0) {
    throw new FenlightError('INVALID_INPUT', `This backup file cannot be restored safely: ${problems.join('; ')}. Nothing was changed.`);
  }
  for (const required of ALLOWED_ENTRIES) {
    if (!seen.has(required)) throw new FenlightError('INVALID_INPUT', 'This is not a complete Fenlight backup. Nothing was changed.');
  }
}

export interface RestoreInput {
  from: string;
  destination: string;
  passphrase?: string;
  recoveryKey?: string;
  nativeBinding?: string;
  now: Date;
}

/**
 * Restores to a chosen location, verifying everything first (checksums, the secret against the
 * key slots, SQLCipher and SQLite integrity, the audit chain). Only then are existing files at
 * the destination moved aside (never deleted) and the restored vault moved into place.
 */
export async function restoreBackup(input: RestoreInput): Promise<{ path: string; replacedFolder: string | null }> {
  const source = path.resolve(input.from);
  if (!fs.existsSync(source)) throw new FenlightError('NOT_FOUND', `There is no backup file at ${source}.`);
  try {
    await assertSafeArchive(source);
  } catch (error) {
    if (error instanceof FenlightError) throw error;
    throw new FenlightError('INVALID_INPUT', 'This file is not a readable Fenlight backup (it may be damaged or cut short). Nothing was changed.');
  }
  const destination = vaultFiles(input.destination);
  const work = tempFolderBeside(destination.database);
  try {
    await tar.extract({ file: source, cwd: work, strict: true, preservePaths: false });
    const manifest = manifestSchema.safeParse(JSON.parse(fs.readFileSync(path.join(work, MANIFEST_ENTRY), 'utf8')));
    if (!manifest.success) throw new FenlightError('INVALID_INPUT', 'The backup’s manifest is damaged. Nothing was changed.');
    for (const entry of manifest.data.files) {
      if (sha256File(path.join(work, entry.name)) !== entry.sha256) {
        throw new FenlightError('VAULT_CORRUPT', `The backup is damaged: ${entry.name} does not match its checksum. Nothing was changed.`);
      }
    }
    verifyRestoredVault(work, await unlockBackup(work, input), input.nativeBinding);

    const replacedFolder = moveAsideExisting(destination, input.now);
    fs.renameSync(path.join(work, KEYS_ENTRY), destination.keys);
    fs.renameSync(path.join(work, DATABASE_ENTRY), destination.database);
    return { path: destination.database, replacedFolder };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function unlockBackup(work: string, input: RestoreInput): Promise<Buffer> {
  const slots = readKeySlots(path.join(work, KEYS_ENTRY));
  let dataKey: Buffer | null;
  if (input.recoveryKey !== undefined) {
    const parsed = parseRecoveryKey(input.recoveryKey);
    if (!parsed.ok) throw new FenlightError('WRONG_RECOVERY_KEY', parsed.reason);
    dataKey = await openSlots(slots, 'recovery', parsed.bytes);
    if (!dataKey) throw new FenlightError('WRONG_RECOVERY_KEY', 'That recovery key does not open this backup. Nothing was changed.');
  } else {
    dataKey = await openSlots(slots, 'passphrase', input.passphrase ?? '');
    if (!dataKey) throw new FenlightError('WRONG_PASSPHRASE', 'That passphrase does not open this backup. Nothing was changed.');
  }
  return dataKey;
}

function verifyRestoredVault(work: string, dataKey: Buffer, nativeBinding: string | undefined): void {
  const db = openVaultDatabase(path.join(work, DATABASE_ENTRY), dataKey, nativeBinding);
  try {
    const meta = readMeta(db);
    if (schemaVersion(db) < 1) throw new FenlightError('VAULT_CORRUPT', 'The backup does not contain a Fenlight vault. Nothing was changed.');
    const report = checkVault(db, new AuditLog(db, meta.vaultId, () => ({ analystName: '', staffNumber: '', ...systemIdentity() }), () => new Date()));
    const failed = report.checks.find((check) => !check.ok);
    if (failed) throw new FenlightError('VAULT_CORRUPT', `The backup failed its check (${failed.label}): ${failed.message} Nothing was changed.`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode=DELETE');
  } finally {
    db.close();
    dataKey.fill(0);
  }
}

function moveAsideExisting(destination: ReturnType<typeof vaultFiles>, now: Date): string | null {
  const existing = [destination.database, destination.wal, destination.shm, destination.keys, destination.keysPrevious].filter((file) => fs.existsSync(file));
  if (existing.length === 0) return null;
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const folder = path.join(path.dirname(destination.database), `${vaultName(destination.database)} before restore ${stamp}`);
  fs.mkdirSync(folder, { recursive: true });
  for (const file of existing) fs.renameSync(file, path.join(folder, path.basename(file)));
  return folder;
}
