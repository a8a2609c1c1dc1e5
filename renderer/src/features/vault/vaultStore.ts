import { create } from 'zustand';
import { DEFAULT_DESCRIPTORS } from '@shared/domain/markings';
import type { FailureReportInfo, VaultStatus } from '@shared/vault/types';
import { call, errorMessage, onEvent } from '../../lib/fenlight';
import { resetSession } from '../../lib/sessionReset';

interface VaultStore {
  status: VaultStatus | null;
  /** Shown once, straight after creation, until the analyst confirms writing it down. */
  recoveryKey: string | null;
  failedAttempts: FailureReportInfo | null;
  /** Why the vault last locked itself, for a one-line notice on the unlock screen. */
  lockNotice: string | null;
  /** The analyst asked to make a new vault while another exists. */
  creating: boolean;
  load(): Promise<void>;
  setStatus(status: VaultStatus): void;
  created(status: VaultStatus, recoveryKey: string): void;
  unlocked(status: VaultStatus, failedAttempts: FailureReportInfo | null): void;
  clearRecoveryKey(): void;
  dismissFailedAttempts(): void;
  lock(): Promise<void>;
  startCreating(creating: boolean): void;
}

const lockNotices: Record<string, string> = {
  idle: 'The vault locked itself because Fenlight was not used for a while.',
  suspend: 'The vault locked when the computer went to sleep.',
  'screen-lock': 'The vault locked when the screen was locked.',
  'engine-restart': 'The vault was locked because Fenlight had to restart its engine. Nothing was lost.',
};

export const useVaultStore = create<VaultStore>()((set) => ({
  status: null,
  recoveryKey: null,
  failedAttempts: null,
  lockNotice: null,
  creating: false,
  load: async () => set({ status: await call('vault.status', {}) }),
  setStatus: (status) => set({ status }),
  created: (status, recoveryKey) => set({ status, recoveryKey, creating: false, lockNotice: null }),
  unlocked: (status, failedAttempts) => set({ status, failedAttempts, lockNotice: null, creating: false }),
  clearRecoveryKey: () => set({ recoveryKey: null }),
  dismissFailedAttempts: () => set({ failedAttempts: null }),
  lock: async () => {
    try {
      set({ status: await call('vault.lock', { reason: 'command' }) });
    } catch (error) {
      set({ lockNotice: errorMessage(error) });
    }
  },
  startCreating: (creating) => set({ creating }),
}));

/** On any lock (command, idle, sleep, engine restart) the UI forgets what it showed. */
export function subscribeToVaultLock(): () => void {
  return onEvent('vault.locked', ({ reason }) => {
    resetSession();
    useVaultStore.setState({ recoveryKey: null, failedAttempts: null, lockNotice: lockNotices[reason] ?? null });
    void useVaultStore.getState().load();
  });
}

/** The OFFICIAL-SENSITIVE descriptors the open vault offers (the standard list before unlock). */
export function useMarkingDescriptors(): readonly string[] {
  return useVaultStore((state) => (state.status?.state === 'unlocked' ? state.status.vault.markingDescriptors : DEFAULT_DESCRIPTORS));
}
