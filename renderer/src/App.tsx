import { useEffect, useMemo } from 'react';
import { DEFAULT_MARKING } from '@shared/marking';
import { AboutDialog } from './features/shell/AboutDialog';
import { AppHeader } from './features/shell/AppHeader';
import { ChartPane } from './features/shell/ChartPane';
import { Inspector } from './features/shell/Inspector';
import { MapPane } from './features/shell/MapPane';
import { MarkingBanner } from './features/shell/MarkingBanner';
import { Navigation } from './features/shell/Navigation';
import { useShellStore } from './features/shell/shellStore';
import { useKeyboardShortcuts } from './features/shell/useKeyboardShortcuts';
import { useShellCommands } from './features/shell/useShellCommands';
import { CommandPalette } from './features/palette/CommandPalette';
import { SettingsView } from './features/settings/SettingsView';
import { subscribeToSettingsChanges, useSettingsStore } from './features/settings/settingsStore';
import { useAppliedTheme } from './features/settings/useAppliedTheme';
import { onEvent } from './lib/fenlight';

export function App() {
  const view = useShellStore((state) => state.view);
  const dialog = useShellStore((state) => state.dialog);
  const openDialog = useShellStore((state) => state.openDialog);
  const closeDialog = useShellStore((state) => state.closeDialog);
  const navigate = useShellStore((state) => state.navigate);
  const loadSettings = useSettingsStore((state) => state.load);
  const commands = useShellCommands();
  useAppliedTheme();

  useEffect(() => {
    void loadSettings();
    return subscribeToSettingsChanges();
  }, [loadSettings]);

  // Menu items in the app arrive as shell commands.
  useEffect(
    () =>
      onEvent('shell.command', ({ command }) => {
        if (command === 'palette.open') openDialog('palette');
        else if (command === 'about.open') openDialog('about');
        else if (command === 'settings.open') navigate('settings');
      }),
    [openDialog, navigate],
  );

  const shortcuts = useMemo(
    () => ({ 'Ctrl+K': () => openDialog('palette'), 'Ctrl+,': () => navigate('settings') }),
    [openDialog, navigate],
  );
  useKeyboardShortcuts(shortcuts);

  return (
    <div className="app">
      <MarkingBanner marking={DEFAULT_MARKING} position="top" />
      <AppHeader />
      <div className="app-body">
        <Navigation />
        <main className="main-area" aria-label="Workspace">
          {view === 'settings' ? (
            <SettingsView />
          ) : (
            <div className={`workbench workbench-${view}`}>
              {view !== 'map' && <ChartPane />}
              {view !== 'chart' && <MapPane />}
            </div>
          )}
        </main>
        <Inspector />
      </div>
      <MarkingBanner marking={DEFAULT_MARKING} position="bottom" />
      {dialog === 'palette' && <CommandPalette commands={commands} onClose={closeDialog} />}
      {dialog === 'about' && <AboutDialog onClose={closeDialog} />}
    </div>
  );
}
