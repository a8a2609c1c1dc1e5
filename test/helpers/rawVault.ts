import Database from 'better-sqlite3-multiple-ciphers';
import { openSlots, readKeySlots } from '../../electron/engine/vault/keySlots';
import { vaultFiles } from '../../electron/engine/vault/paths';
import { PASSPHRASE } from './testVault';

/**
 * A raw SQLCipher connection to a vault, bypassing Fenlight (as an attacker or a forensic tool
 * with the key would), for tamper tests.
 */
export async function openRaw(vaultPath: string, passphrase = PASSPHRASE): Promise<Database.Database> {
  const files = vaultFiles(vaultPath);
  const key = await openSlots(readKeySlots(files.keys), 'passphrase', passphrase);
  if (!key) throw new Error('wrong passphrase');
  const db = new Database(files.database);
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}'"`);
  return db;
}
