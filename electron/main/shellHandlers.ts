import type { BrowserWindow, Dialog, Shell } from 'electron';
import { FenlightError } from '@shared/contract';
import type { ShellHandlers } from './callRouter';
import { isSafeExternalUrl } from './externalUrl';

/** Native dialogs and the system browser, for the window that asked. */
export function electronShellHandlers(dialog: Dialog, shell: Shell, window: () => BrowserWindow | null): ShellHandlers {
  const parent = () => {
    const current = window();
    if (!current) throw new FenlightError('INTERNAL', 'The Fenlight window is not available.');
    return current;
  };
  return {
    'shell.pickOpenPath': async ({ title, filters }) => {
      const result = await dialog.showOpenDialog(parent(), { title, filters, properties: ['openFile'] });
      const path = result.filePaths[0];
      return result.canceled || !path ? { cancelled: true } : { cancelled: false, path };
    },
    'shell.pickSavePath': async ({ title, defaultName, filters }) => {
      const result = await dialog.showSaveDialog(parent(), { title, defaultPath: defaultName, filters });
      return result.canceled || !result.filePath ? { cancelled: true } : { cancelled: false, path: result.filePath };
    },
    'shell.pickFolder': async ({ title }) => {
      const result = await dialog.showOpenDialog(parent(), { title, properties: ['openDirectory', 'createDirectory'] });
      const path = result.filePaths[0];
      return result.canceled || !path ? { cancelled: true } : { cancelled: false, path };
    },
    'shell.openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        throw new FenlightError('FORBIDDEN', 'Fenlight only opens secure (https) web addresses in your browser.');
      }
      await shell.openExternal(url);
      return { opened: true };
    },
  };
}
