import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions } from '@shared/audit';
import { engineCallNames } from '@shared/contract';
import { callAuditClass } from '../../../electron/engine/audit/classification';
import { createTestVault, value } from '../../helpers/testVault';

describe('audit classification of contract calls', () => {
  it('classifies every engine call (a new call without a classification fails here)', () => {
    expect(Object.keys(callAuditClass).sort()).toEqual([...engineCallNames].sort());
    for (const name of engineCallNames) expect([...auditActions, 'none']).toContain(callAuditClass[name]);
  });

  it('writes a DISCLOSE entry, with reason and recipients, for an audit export', async () => {
    const logged: string[] = [];
    const vault = await createTestVault({ log: (line) => logged.push(line) });
    const file = path.join(vault.options.dataFolder, 'audit.csv');
    value(await vault.engine.call('audit.export', { destination: file, reason: 'ICO request 2026/114', recipients: ['Information Commissioner’s Office'] }));
    const { entries } = value<{ entries: Array<{ action: string; reason: string; recipients: string[]; targets: unknown[] }> }>(
      await vault.engine.call('audit.list', { actions: ['DISCLOSE'] }),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'DISCLOSE', reason: 'ICO request 2026/114', recipients: ['Information Commissioner’s Office'], targets: [{ type: 'audit-log' }] });
    expect(logged.filter((line) => line.includes('without writing'))).toEqual([]);
  });

  it('refuses a disclosure without a reason', async () => {
    const vault = await createTestVault();
    const result = await vault.engine.call('audit.export', { destination: path.join(vault.options.dataFolder, 'a.csv'), reason: ' ', recipients: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/reason/) } });
  });

  it('filters the audit view by date, analyst, action and record', async () => {
    const vault = await createTestVault();
    value(await vault.engine.call('audit.export', { destination: path.join(vault.options.dataFolder, 'a.csv'), reason: 'First', recipients: [] }));
    const list = async (query: Record<string, unknown>) => value<{ total: number }>(await vault.engine.call('audit.list', query));
    expect((await list({ analyst: 'priya' })).total).toBe(1);
    expect((await list({ analyst: 'someone else' })).total).toBe(0);
    expect((await list({ actions: ['ERASE'] })).total).toBe(0);
    expect((await list({ from: '2000-01-01', to: '2999-01-01' })).total).toBe(1);
    expect((await list({ from: '2999-01-01' })).total).toBe(0);
    const status = value<{ vault: { id: string } }>(await vault.engine.call('vault.status', {}));
    expect((await list({ targetId: status.vault.id, targetType: 'audit-log' })).total).toBe(1);
  });
});
