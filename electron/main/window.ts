import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { workbenchWebPreferences } from './windowPreferences';
import { fitToDisplays, loadWindowState, saveWindowState, type WindowState } from './windowState';

/** The one workbench window, opened where it was last closed. */
export function createWorkbenchWindow(options: { preloadPath: string; stateFile: string; iconPath: string }): BrowserWindow {
  const remembered = fitToDisplays(
    loadWindowState(options.stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...remembered.bounds,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Fenlight',
    icon: options.iconPath,
    backgroundColor: '#1b1f24',
    webPreferences: workbenchWebPreferences(options.preloadPath),
  });
  if (remembered.maximised) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximised: window.isMaximized() };
    saveWindowState(options.stateFile, state);
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

export function windowStateFile(userData: string): string {
  return path.join(userData, 'window-state.json');
}
