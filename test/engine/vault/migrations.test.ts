import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVaultDatabase } from '../../../electron/engine/vault/database';
import { LATEST_SCHEMA_VERSION, migrate, migrations, schemaVersion, assertMonotonic } from '../../../electron/engine/vault/migrations';
import type { Migration } from '../../../electron/engine/vault/migrations/types';
import { tempDir } from '../../helpers/tempDir';
import { PASSPHRASE, createTestVault, expectError, value } from '../../helpers/testVault';
import { openRaw } from '../../helpers/rawVault';

function freshDatabase() {
  return createVaultDatabase(path.join(tempDir(), 'm.fenlight-vault'), crypto.randomBytes(32));
}

describe('vault migrations', () => {
  it('are numbered 1, 2, 3 … with no gaps', () => {
    expect(() => assertMonotonic(migrations)).not.toThrow();
    expect(() => assertMonotonic([{ ...migrations[0]!, version: 2 }])).toThrow(/expected 1/);
  });

  it('migrate a vault built at schema version 1 to the latest, keeping its records', async () => {
    const vault = await createTestVault();
    value(await vault.engine.call('audit.export', { destination: path.join(vault.options.dataFolder, 'x.csv'), reason: 'Before upgrade', recipients: [] }));
    await vault.engine.call('vault.lock', {});
    // Rebuild the vault as version 1 would have left it: only migration 1's schema.
    const raw = await openRaw(vault.vaultPath);
    const v1Tables = new Set(['meta', 'audit_log', 'audit_target']);
    const later = (raw.prepare("SELECT name, type FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>)
      .map((row) => row.name)
      .filter((name) => !v1Tables.has(name) && !raw.prepare("SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE 'CREATE VIRTUAL%'").get(name));
    raw.pragma('foreign_keys = OFF');
    for (const name of raw.prepare("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'").pluck().all() as string[]) raw.exec(`DROP TABLE IF EXISTS "${name}"`);
    for (const name of later) raw.exec(`DROP TABLE IF EXISTS "${name}"`);
    raw.pragma('user_version = 1');
    raw.close();

    value(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }));
    const status = value<{ vault: { schemaVersion: number } }>(await vault.engine.call('vault.status', {}));
    expect(status.vault.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(value(await vault.engine.call('audit.verify', {}))).toEqual({ intact: true, entries: 1 });
    expect(value<{ ok: boolean }>(await vault.engine.call('vault.check', {})).ok).toBe(true);
  });

  it('refuse a vault made by a newer Fenlight, with a clear message, changing nothing', async () => {
    const vault = await createTestVault();
    await vault.engine.call('vault.lock', {});
    const raw = await openRaw(vault.vaultPath);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const message = expectError(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }), 'VAULT_TOO_NEW');
    expect(message).toMatch(/newer version of Fenlight.*Update Fenlight/);
  });

  it('apply all pending migrations in one transaction: a failure leaves the vault as it was', () => {
    const db = freshDatabase();
    const failing: Migration[] = [
      migrations[0]!,
      { version: 2, name: 'adds a table', up: (d) => d.exec('CREATE TABLE added (x)') },
      { version: 3, name: 'breaks', up: () => { throw new Error('boom'); } },
    ];
    expect(() => migrate(db, { list: failing })).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('meta', 'added')").pluck().get()).toBe(0);
    db.close();
  });

  it('track the version with PRAGMA user_version', () => {
    const db = freshDatabase();
    expect(migrate(db, { upTo: 1 })).toEqual({ from: 0, to: 1 });
    expect(schemaVersion(db)).toBe(1);
    expect(migrate(db)).toEqual({ from: 1, to: LATEST_SCHEMA_VERSION });
    db.close();
  });
});
