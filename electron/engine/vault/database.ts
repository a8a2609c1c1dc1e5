import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { FenlightError } from '@shared/contract';

export type VaultDatabase = Database.Database;

const WAL_MAGIC = [0x377f0682, 0x377f0683];

/**
 * A -wal file left by a crash is normal and SQLite replays it; one whose header is not a WAL
 * header at all means the file was damaged, and opening would silently drop its contents.
 */
export function checkWalFile(walPath: string): void {
  let fd: number;
  try {
    fd = fs.openSync(walPath, 'r');
  } catch {
    return;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) return;
    const header = Buffer.alloc(32);
    const read = fs.readSync(fd, header, 0, 32, 0);
    if (read < 32 || !WAL_MAGIC.includes(header.readUInt32BE(0)) || header.readUInt32BE(4) !== 3007000) {
      throw new FenlightError(
        'VAULT_CORRUPT',
        `The vault’s journal file (${path.basename(walPath)}) is damaged, so recent changes cannot be trusted. Restore the vault from a backup.`,
      );
    }
  } finally {
    fs.closeSync(fd);
  }
}

function applyKey(db: VaultDatabase, dataKey: Uint8Array): void {
  // SQLCipher 4 format, raw 256-bit key: no passphrase KDF inside SQLite (ours is in the key slots).
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(`key="x'${Buffer.from(dataKey).toString('hex')}'"`);
}

/** SQLite page cache per vault connection, in KiB (the benchmark gives plain SQLite the same). */
export const VAULT_CACHE_KIB = 65_536;

function applyPragmas(db: VaultDatabase): void {
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('secure_delete=ON');
  db.pragma('foreign_keys=ON');
  db.pragma('busy_timeout=5000');
  // Pages in SQLite's cache are already decrypted: a larger cache (64 MiB) spares SQLCipher
  // decrypting the same index pages again on every query.
  db.pragma(`cache_size=-${VAULT_CACHE_KIB}`);
}

/**
 * Opens an existing encrypted vault database. The key is proved by a read before anything is
 * written (setting WAL mode writes), so a wrong key or a damaged file changes nothing.
 */
export function openVaultDatabase(file: string, dataKey: Uint8Array, nativeBinding?: string): VaultDatabase {
  if (!fs.existsSync(file)) {
    throw new FenlightError('VAULT_NOT_FOUND', `There is no vault database at ${file}.`);
  }
  checkWalFile(`${file}-wal`);
  const db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    applyKey(db, dataKey);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    applyPragmas(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof FenlightError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new FenlightError(
        'VAULT_CORRUPT',
        `The vault’s database file (${path.basename(file)}) is damaged or does not match its key file: it may have been cut short or altered. Restore the vault from a backup.`,
      );
    }
    throw error;
  }
}

/** Creates a brand-new encrypted database (the file must not exist yet). */
export function createVaultDatabase(file: string, dataKey: Uint8Array, nativeBinding?: string): VaultDatabase {
  if (fs.existsSync(file)) throw new FenlightError('VAULT_EXISTS', `A vault already exists at ${file}.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  applyKey(db, dataKey);
  applyPragmas(db);
  return db;
}

/** Folds the journal into the database on a clean close, so a closed vault is one file plus keys. */
export function closeVaultDatabase(db: VaultDatabase): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A damaged vault may refuse the checkpoint; the journal stays and SQLite replays it next time.
  } finally {
    db.close();
  }
}
