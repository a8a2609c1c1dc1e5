import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/audit';
import type { VaultStatus } from '@shared/vault/types';
import { createTestVault, expectError, PASSPHRASE, value } from '../../helpers/testVault';
import { createReport, reportInput } from '../../helpers/records';

type Engine = Awaited<ReturnType<typeof createTestVault>>['engine'];

async function descriptors(engine: Engine): Promise<string[]> {
  const status = value<VaultStatus>(await engine.call('vault.status', {}));
  if (status.state !== 'unlocked') throw new Error('expected an unlocked vault');
  return status.vault.markingDescriptors;
}

describe('the protective-marking descriptors a vault offers', () => {
  it('starts with the standard list and lets the force set its own, recorded as an alteration', async () => {
    const { engine } = await createTestVault();
    expect(await descriptors(engine)).toEqual(['PERSONAL DATA', 'COMMERCIAL', 'LOCSEN']);
    value(await engine.call('vault.setMarkingDescriptors', { descriptors: ['personal data', 'Operational'] }));
    expect(await descriptors(engine)).toEqual(['PERSONAL DATA', 'OPERATIONAL']);
    const entries = value<{ entries: AuditEntry[] }>(await engine.call('audit.list', {})).entries;
    const change = entries.find((entry) => entry.operation === 'vault.setMarkingDescriptors');
    expect(change?.action).toBe('ALTER');
    expect(change?.details?.changes?.[0]).toMatchObject({ before: ['PERSONAL DATA', 'COMMERCIAL', 'LOCSEN'], after: ['PERSONAL DATA', 'OPERATIONAL'] });
  });

  it('validates reports against the vault’s own list', async () => {
    const { engine } = await createTestVault();
    const before = expectError(await engine.call('reports.create', { report: reportInput({ protectiveMarking: 'OFFICIAL-SENSITIVE OPERATIONAL' }) }), 'INVALID_INPUT');
    expect(before).toMatch(/not one set up for this vault/);
    value(await engine.call('vault.setMarkingDescriptors', { descriptors: ['PERSONAL DATA', 'OPERATIONAL'] }));
    const report = await createReport(engine, { protectiveMarking: 'OFFICIAL-SENSITIVE OPERATIONAL' });
    expect(report.summary.protectiveMarking).toBe('OFFICIAL-SENSITIVE OPERATIONAL');
  });

  it('refuses to remove a descriptor a report still carries, and changes nothing', async () => {
    const { engine } = await createTestVault();
    await createReport(engine, { protectiveMarking: 'OFFICIAL-SENSITIVE COMMERCIAL' });
    const message = expectError(await engine.call('vault.setMarkingDescriptors', { descriptors: ['PERSONAL DATA'] }), 'CONFLICT');
    expect(message).toBe('1 report is marked OFFICIAL-SENSITIVE COMMERCIAL. Re-mark it before removing the descriptor.');
    expect(await descriptors(engine)).toEqual(['PERSONAL DATA', 'COMMERCIAL', 'LOCSEN']);
  });

  it('refuses a classification given as a descriptor, in words an analyst understands', async () => {
    const { engine } = await createTestVault();
    const message = expectError(await engine.call('vault.setMarkingDescriptors', { descriptors: ['SECRET'] }), 'INVALID_INPUT');
    expect(message).toMatch(/reads as a classification/);
    expect(await descriptors(engine)).toEqual(['PERSONAL DATA', 'COMMERCIAL', 'LOCSEN']);
  });

  it('keeps the list across lock and unlock', async () => {
    const vault = await createTestVault();
    value(await vault.engine.call('vault.setMarkingDescriptors', { descriptors: ['OPERATIONAL'] }));
    value(await vault.engine.call('vault.lock', {}));
    value(await vault.engine.call('vault.unlock', { passphrase: PASSPHRASE }));
    expect(await descriptors(vault.engine)).toEqual(['OPERATIONAL']);
  });
});
