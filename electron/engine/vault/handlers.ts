import { FenlightError } from '@shared/contract';
import type { HandlerTable } from '../handlers';
import { createBackup, restoreBackup } from './backup';
import { setMarkingDescriptors } from './markingDescriptors';
import { checkVault } from './vaultCheck';
import type { VaultManager } from './vaultManager';
import { vaultFiles } from './paths';

export function vaultHandlers(vaults: VaultManager, options: { nativeBinding?: string; now: () => Date }): HandlerTable {
  return {
    'vault.status': () => vaults.status(),
    'vault.create': (input) => vaults.create(input),
    'vault.open': ({ path }) => vaults.open(path),
    'vault.unlock': ({ passphrase }) => vaults.unlock(passphrase),
    'vault.unlockWithRecoveryKey': ({ recoveryKey }) => vaults.unlockWithRecoveryKey(recoveryKey),
    'vault.lock': ({ reason }) => vaults.lock(reason),
    'vault.touch': () => vaults.touch(),
    'vault.confirmRecoveryKey': () => vaults.confirmRecoveryKey(),
    'vault.changePassphrase': ({ currentPassphrase, newPassphrase }) => vaults.changePassphrase(currentPassphrase, newPassphrase),
    'vault.regenerateRecoveryKey': ({ passphrase }) => vaults.regenerateRecoveryKey(passphrase),
    'vault.check': () => {
      const session = vaults.requireSession();
      return checkVault(session.db, session.audit);
    },
    'vault.setMarkingDescriptors': ({ descriptors }) => {
      setMarkingDescriptors(vaults.requireSession(), descriptors);
      return vaults.status();
    },
    'vault.backup': ({ destination }) => createBackup(vaults.requireSession(), destination, options.now()),
    'vault.restore': async ({ from, destination, passphrase, recoveryKey }) => {
      const open = vaults.currentSession();
      if (open && open.files.database === vaultFiles(destination).database) {
        throw new FenlightError('CONFLICT', 'That vault is open. Lock it before restoring a backup over it.');
      }
      return restoreBackup({
        from,
        destination,
        ...(passphrase !== undefined ? { passphrase } : {}),
        ...(recoveryKey !== undefined ? { recoveryKey } : {}),
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
        now: options.now(),
      });
    },
  };
}
