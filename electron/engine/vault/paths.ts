import path from 'node:path';

/** A vault is its database file plus the key-slot file beside it (and SQLite's -wal/-shm). */
export const VAULT_EXTENSION = '.fenlight-vault';
export const KEYS_EXTENSION = '.fenlight-keys';
export const BACKUP_EXTENSION = '.fenlight-backup';

export interface VaultFiles {
  database: string;
  keys: string;
  keysPrevious: string;
  wal: string;
  shm: string;
}

export function vaultFiles(databasePath: string): VaultFiles {
  const database = path.resolve(databasePath);
  const base = database.endsWith(VAULT_EXTENSION) ? database.slice(0, -VAULT_EXTENSION.length) : database;
  return {
    database,
    keys: `${base}${KEYS_EXTENSION}`,
    keysPrevious: `${base}${KEYS_EXTENSION}.previous`,
    wal: `${database}-wal`,
    shm: `${database}-shm`,
  };
}

/** "Casework 2026" from ".../Casework 2026.fenlight-vault". */
export function vaultName(databasePath: string): string {
  return path.basename(databasePath, VAULT_EXTENSION);
}

/** Names an analyst may give a vault: no path separators or characters Windows forbids. */
export function isValidVaultName(name: string): boolean {
  return /^[^\\/:*?"<>|\0]{1,80}$/.test(name) && name.trim() === name && !/^\.+$/.test(name);
}
