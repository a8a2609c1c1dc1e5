import { useMemo } from 'react';
import { useSettingsStore } from '../settings/settingsStore';
import type { PaletteCommand } from '../palette/commands';
import { useShellStore } from './shellStore';

/** The commands every screen offers in the palette. */
export function useShellCommands(): PaletteCommand[] {
  const navigate = useShellStore((state) => state.navigate);
  const openDialog = useShellStore((state) => state.openDialog);
  const updateSettings = useSettingsStore((state) => state.update);
  return useMemo(
    () => [
      { id: 'go.workbench', title: 'Go to workbench', keywords: ['chart', 'map', 'home'], run: () => navigate('workbench') },
      { id: 'go.chart', title: 'Go to link chart', keywords: ['network', 'graph'], run: () => navigate('chart') },
      { id: 'go.map', title: 'Go to map', keywords: ['sites', 'locations'], run: () => navigate('map') },
      { id: 'go.settings', title: 'Open settings', keywords: ['preferences', 'options'], shortcut: 'Ctrl+,', run: () => navigate('settings') },
      { id: 'theme.light', title: 'Use light theme', keywords: ['appearance', 'colour'], run: () => void updateSettings({ theme: 'light' }) },
      { id: 'theme.dark', title: 'Use dark theme', keywords: ['appearance', 'colour', 'night'], run: () => void updateSettings({ theme: 'dark' }) },
      { id: 'theme.system', title: 'Follow the computer’s theme', keywords: ['appearance', 'colour', 'system'], run: () => void updateSettings({ theme: 'system' }) },
      { id: 'about', title: 'About Fenlight', keywords: ['version', 'help'], run: () => openDialog('about') },
    ],
    [navigate, openDialog, updateSettings],
  );
}
