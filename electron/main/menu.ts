import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '@shared/contract/events';

interface MenuOptions {
  isMac: boolean;
  showDeveloperTools: boolean;
  command(command: ShellCommand): void;
}

/**
 * The application menu. Shortcuts the workbench also handles itself (Ctrl+K, Ctrl+L) are shown
 * but not registered here, so a key press acts once, in the app and in the browser harness alike.
 */
export function buildMenuTemplate({ isMac, showDeveloperTools, command }: MenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New vault…', accelerator: 'CmdOrCtrl+Shift+N', click: () => command('vault.new') },
      { label: 'Open vault…', accelerator: 'CmdOrCtrl+O', click: () => command('vault.open') },
      { type: 'separator' },
      { label: 'Lock', accelerator: 'CmdOrCtrl+L', registerAccelerator: false, click: () => command('vault.lock') },
      { type: 'separator' },
      { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: () => command('settings.open') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Command palette', accelerator: 'CmdOrCtrl+K', registerAccelerator: false, click: () => command('palette.open') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(showDeveloperTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [{ label: 'About Fenlight', click: () => command('about.open') }],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: 'Fenlight', submenu: [{ label: 'About Fenlight', click: () => command('about.open') }, { type: 'separator' }, { role: 'quit' }] }]
    : [];
  return [...appMenu, file, edit, view, help];
}
