import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FenlightError } from '@shared/contract';
import type { VaultStatus } from '@shared/vault/types';
import { MarkingDescriptorSettings } from '../../../../renderer/src/features/vault/MarkingDescriptorSettings';
import { useVaultStore } from '../../../../renderer/src/features/vault/vaultStore';
import { installFakeBridge } from '../../fakeBridge';
import { unlockedStatus } from '../../fixtures';

const withDescriptors = (markingDescriptors: string[]): VaultStatus =>
  unlockedStatus.state === 'unlocked' ? { ...unlockedStatus, vault: { ...unlockedStatus.vault, markingDescriptors } } : unlockedStatus;

describe('protective marking descriptor settings', () => {
  beforeEach(() => useVaultStore.getState().setStatus(unlockedStatus));

  it('shows the vault’s list and saves the force’s own, one per line', async () => {
    const bridge = installFakeBridge({ 'vault.setMarkingDescriptors': () => withDescriptors(['PERSONAL DATA', 'OPERATIONAL']) });
    render(<MarkingDescriptorSettings />);
    const list = screen.getByRole('textbox', { name: 'Descriptors' });
    expect(list).toHaveProperty('value', 'PERSONAL DATA\nCOMMERCIAL\nLOCSEN');
    await userEvent.clear(list);
    await userEvent.type(list, 'personal data{Enter}operational');
    await userEvent.click(screen.getByRole('button', { name: 'Save descriptors' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved: PERSONAL DATA, OPERATIONAL.');
    expect(bridge.calls.at(-1)).toEqual({ name: 'vault.setMarkingDescriptors', input: { descriptors: ['personal data', 'operational'] } });
    const status = useVaultStore.getState().status;
    expect(status?.state === 'unlocked' && status.vault.markingDescriptors).toEqual(['PERSONAL DATA', 'OPERATIONAL']);
  });

  it('says why the engine refused, and keeps what the analyst typed', async () => {
    installFakeBridge({
      'vault.setMarkingDescriptors': () => {
        throw new FenlightError('CONFLICT', '1 report is marked OFFICIAL-SENSITIVE COMMERCIAL. Re-mark it before removing the descriptor.');
      },
    });
    render(<MarkingDescriptorSettings />);
    const list = screen.getByRole('textbox', { name: 'Descriptors' });
    await userEvent.clear(list);
    await userEvent.type(list, 'PERSONAL DATA');
    await userEvent.click(screen.getByRole('button', { name: 'Save descriptors' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Re-mark it before removing/);
    expect(list).toHaveProperty('value', 'PERSONAL DATA');
  });
});
