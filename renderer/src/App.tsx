import { useEffect, useMemo } from 'react';
import { DEFAULT_MARKING } from '@shared/marking';
import { AuditView } from './features/audit/AuditView';
import { EntitiesView } from './features/entities/EntitiesView';
import { AboutDialog } from './features/shell/AboutDialog';
import { AppHeader } from './features/shell/AppHeader';
import { ChartPane } from './features/shell/ChartPane';
import { Inspector } from './features/shell/Inspector';
import { MapPane } from './features/shell/MapPane';
import { MarkingBanner } from './features/shell/MarkingBanner';
import { Navigation } from './features/shell/Navigation';
import { useShellStore } from './features/shell/shellStore';
import { useKeyboardShortcuts, type ShortcutMap } from './features/shell/useKeyboardShortcuts';
import { useShellCommands } from './features/shell/useShellCommands';
import { CommandPalette } from './features/palette/CommandPalette';
import { ReportsView } from './features/reports/ReportsView';
import { SettingsView } from './features/settings/SettingsView';
import { subscribeToSettingsChanges, useSettingsStore } from './features/settings/settingsStore';
import { useAppliedTheme } from './features/settings/useAppliedTheme';
import { FailedAttemptsNotice } from './features/vault/FailedAttemptsNotice';
import { VaultGate } from './features/vault/VaultGate';
import { useActivityHeartbeat } from './features/vault/useActivityHeartbeat';
import { useVaultCommands } from './features/vault/useVaultCommands';
import { useVaultStore } from './features/vault/vaultStore';
import { onEvent } from './lib/fenlight';

function Workspace() {
  const view = useShellStore((state) => state.view);
  if (view === 'settings') return <SettingsView />;
  if (view === 'audit') return <AuditView />;
  if (view === 'entities') return <EntitiesView />;
  if (view === 'reports') return <ReportsView />;
  return (
    <div className={`workbench workbench-${view}`}>
      {view !== 'map' && <ChartPane />}
      {view !== 'chart' && <MapPane />}
    </div>
  );
}

export function App() {
  const dialog = useShellStore((state) => state.dialog);
  const openDialog = useShellStore((state) => state.openDialog);
  const closeDialog = useShellStore((state) => state.closeDialog);
  const navigate = useShellStore((state) => state.navigate);
  const loadSettings = useSettingsStore((state) => state.load);
  const status = useVaultStore((state) => state.status);
  const vaultCommands = useVaultCommands();
  const shellCommands = useShellCommands();
  const unlocked = status?.state === 'unlocked' && !status.vault.mustChangePassphrase;
  const commands = useMemo(() => [...vaultCommands.palette, ...shellCommands], [vaultCommands.palette, shellCommands]);
  useAppliedTheme();
  useActivityHeartbeat(unlocked);

  useEffect(() => {
    void loadSettings();
    return subscribeToSettingsChanges();
  }, [loadSettings]);

  // Menu items in the app arrive as shell commands.
  const runVaultCommand = vaultCommands.run;
  useEffect(
    () =>
      onEvent('shell.command', ({ command }) => {
        if (command === 'palette.open' && unlocked) openDialog('palette');
        else if (command === 'about.open') openDialog('about');
        else if (command === 'settings.open' && unlocked) navigate('settings');
        else if (command === 'vault.lock' || command === 'vault.new' || command === 'vault.open') void runVaultCommand(command);
      }),
    [openDialog, navigate, runVaultCommand, unlocked],
  );

  const shortcuts = useMemo((): ShortcutMap => {
    if (!unlocked) return {};
    return { 'Ctrl+K': () => openDialog('palette'), 'Ctrl+,': () => navigate('settings'), 'Ctrl+L': () => void runVaultCommand('vault.lock') };
  }, [openDialog, navigate, runVaultCommand, unlocked]);
  useKeyboardShortcuts(shortcuts);

  const marking = status?.state === 'unlocked' ? status.vault.marking : DEFAULT_MARKING;
  const training = status?.state === 'unlocked' && status.vault.trainingData;
  return (
    <div className="app">
      <MarkingBanner marking={marking} position="top" trainingData={training} />
      <AppHeader />
      <VaultGate>
        <div className="app-body">
          <Navigation />
          <main className="main-area" aria-label="Workspace">
            <FailedAttemptsNotice />
            <Workspace />
          </main>
          <Inspector />
        </div>
      </VaultGate>
      <MarkingBanner marking={marking} position="bottom" trainingData={training} />
      {dialog === 'palette' && unlocked && <CommandPalette commands={commands} onClose={closeDialog} />}
      {dialog === 'about' && <AboutDialog onClose={closeDialog} />}
    </div>
  );
}
