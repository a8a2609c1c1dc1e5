import { useVaultStore } from '../vault/vaultStore';
import { useShellStore } from './shellStore';

export function AppHeader() {
  const openDialog = useShellStore((state) => state.openDialog);
  const status = useVaultStore((state) => state.status);
  const lock = useVaultStore((state) => state.lock);
  const unlocked = status?.state === 'unlocked';
  return (
    <header className="app-header">
      <span className="app-name">Fenlight</span>
      {unlocked && (
        <span className="vault-name" aria-label="Open vault">
          {status.vault.name} · {status.vault.analystName}
        </span>
      )}
      <div className="header-actions">
        {unlocked && (
          <>
            <button type="button" className="palette-button" onClick={() => openDialog('palette')} aria-keyshortcuts="Control+K">
              Search and commands <kbd>Ctrl+K</kbd>
            </button>
            <button type="button" onClick={() => void lock()} aria-keyshortcuts="Control+L">
              Lock
            </button>
          </>
        )}
      </div>
    </header>
  );
}
