import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditVerification } from '@shared/audit';
import { PASSPHRASE, createTestVault, value } from '../../helpers/testVault';
import { openRaw } from '../../helpers/rawVault';

async function vaultWithEntries(count: number) {
  const vault = await createTestVault();
  for (let i = 1; i <= count; i++) {
    value(await vault.engine.call('audit.export', { destination: path.join(vault.options.dataFolder, `e${i}.csv`), reason: `Disclosure number ${i}`, recipients: [`Recipient ${i}`] }));
  }
  await vault.engine.call('vault.lock', {});
  return vault;
}

async function tamper(vaultPath: string, sql: string) {
  const db = await openRaw(vaultPath);
  db.pragma('foreign_keys = OFF');
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.exec(sql);
  db.close();
}

async function verify(vault: Awaited<ReturnType<typeof vaultWithEntries>>): Promise<AuditVerification> {
  value(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }));
  return value<AuditVerification>(await vault.engine.call('audit.verify', {}));
}

describe('tamper-evident audit log', () => {
  it('verifies an untouched chain', async () => {
    const vault = await vaultWithEntries(6);
    expect(await verify(vault)).toEqual({ intact: true, entries: 6 });
  });

  it('refuses updates and deletes through SQL while its triggers are in place', async () => {
    const vault = await vaultWithEntries(2);
    const db = await openRaw(vault.vaultPath);
    expect(() => db.exec("UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 1")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log WHERE seq = 1')).toThrow(/append-only/);
    db.close();
  });

  it('detects a changed entry at that entry', async () => {
    const vault = await vaultWithEntries(6);
    await tamper(vault.vaultPath, "UPDATE audit_log SET recipients = '[\"nobody\"]' WHERE seq = 4");
    expect(await verify(vault)).toMatchObject({ intact: false, firstBrokenSeq: 4, problem: expect.stringMatching(/Entry 4 was altered/) });
  });

  it('detects a deleted entry at that entry', async () => {
    const vault = await vaultWithEntries(6);
    await tamper(vault.vaultPath, 'DELETE FROM audit_target WHERE seq = 3; DELETE FROM audit_log WHERE seq = 3');
    expect(await verify(vault)).toMatchObject({ intact: false, firstBrokenSeq: 3, problem: expect.stringMatching(/Entry 3 is missing/) });
  });

  it('detects reordered entries at the first one moved', async () => {
    const vault = await vaultWithEntries(6);
    await tamper(
      vault.vaultPath,
      `UPDATE audit_log SET seq = 100 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = 100;`,
    );
    expect(await verify(vault)).toMatchObject({ intact: false, firstBrokenSeq: 2 });
  });

  it('detects removal of the latest entries', async () => {
    const vault = await vaultWithEntries(6);
    await tamper(vault.vaultPath, 'DELETE FROM audit_target WHERE seq = 6; DELETE FROM audit_log WHERE seq = 6');
    expect(await verify(vault)).toMatchObject({ intact: false, firstBrokenSeq: 6, problem: expect.stringMatching(/latest entries were removed/) });
  });

  it('records who did what: analyst profile, OS user and machine, UTC time, reason and recipients', async () => {
    const vault = await vaultWithEntries(1);
    value(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }));
    const { entries } = value<{ entries: Array<Record<string, unknown>> }>(await vault.engine.call('audit.list', {}));
    expect(entries[0]).toMatchObject({
      seq: 1,
      action: 'DISCLOSE',
      operation: 'audit.export',
      analystName: 'Priya Shah',
      staffNumber: 'CC4127',
      osUser: expect.any(String),
      machine: expect.any(String),
      at: expect.stringMatching(/Z$/),
      reason: 'Disclosure number 1',
      recipients: ['Recipient 1'],
    });
  });
});
