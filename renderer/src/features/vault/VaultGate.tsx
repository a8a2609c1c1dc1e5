import { useEffect, type ReactNode } from 'react';
import { CreateVaultView } from './CreateVaultView';
import { NewPassphraseView } from './NewPassphraseView';
import { RecoveryKeyView } from './RecoveryKeyView';
import { UnlockView } from './UnlockView';
import { subscribeToVaultLock, useVaultStore } from './vaultStore';

/** Nothing from a vault is shown until it is unlocked (and any recovery step is finished). */
export function VaultGate({ children }: { children: ReactNode }) {
  const status = useVaultStore((state) => state.status);
  const recoveryKey = useVaultStore((state) => state.recoveryKey);
  const creating = useVaultStore((state) => state.creating);
  const load = useVaultStore((state) => state.load);

  useEffect(() => {
    void load();
    return subscribeToVaultLock();
  }, [load]);

  if (!status) return <p className="gate-loading">Opening Fenlight…</p>;
  if (recoveryKey) return <RecoveryKeyView recoveryKey={recoveryKey} />;
  if (status.state === 'none' || creating) return <CreateVaultView />;
  if (status.state === 'locked') return <UnlockView vaultName={status.vault.name} />;
  if (status.vault.mustChangePassphrase) return <NewPassphraseView analystName={status.vault.analystName} staffNumber={status.vault.staffNumber} />;
  return <>{children}</>;
}
