import { useShellStore } from './shellStore';

export function AppHeader() {
  const openDialog = useShellStore((state) => state.openDialog);
  return (
    <header className="app-header">
      <span className="app-name">Fenlight</span>
      <div className="header-actions">
        <button type="button" className="palette-button" onClick={() => openDialog('palette')} aria-keyshortcuts="Control+K">
          Search and commands <kbd>Ctrl+K</kbd>
        </button>
      </div>
    </header>
  );
}
