import type { VaultStatus } from '@shared/vault/types';

export const unlockedStatus: VaultStatus = {
  state: 'unlocked',
  recent: [],
  defaultFolder: 'C:\\Users\\analyst\\Documents\\Fenlight',
  vault: {
    path: 'C:\\Users\\analyst\\Documents\\Fenlight\\Casework.fenlight-vault',
    name: 'Casework',
    id: 'vault-1',
    createdAt: '2026-11-01T09:00:00.000Z',
    marking: 'OFFICIAL-SENSITIVE',
    trainingData: false,
    markingDescriptors: ['PERSONAL DATA', 'COMMERCIAL', 'LOCSEN'],
    analystName: 'Priya Shah',
    staffNumber: 'CC4127',
    schemaVersion: 1,
    recoveryKeyConfirmed: true,
    mustChangePassphrase: false,
    idleLockMinutes: 15,
  },
};

export const lockedStatus: VaultStatus = {
  state: 'locked',
  recent: [],
  defaultFolder: unlockedStatus.defaultFolder,
  vault: { path: unlockedStatus.vault!.path, name: 'Casework' },
};

export const noVaultStatus: VaultStatus = { state: 'none', recent: [], defaultFolder: unlockedStatus.defaultFolder, vault: null };
