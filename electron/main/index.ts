import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session, shell } from 'electron';
import type { ShellCommand } from '@shared/contract/events';
import type { BasemapState } from '@shared/contract/calls/basemap';
import { EngineHost } from '../engine/host/engineHost';
import { TileService } from '../engine/tiles/tileService';
import { APP_SCHEME } from './appOrigin';
import { registerAppProtocol } from './appProtocol';
import { buildInfo } from './buildInfo';
import { registerIpcGate, sendEvent } from './ipcGate';
import { buildMenuTemplate } from './menu';
import { planNativeBinding } from './nativeBinding';
import { denyAllPermissions, installSecurityPolicy } from './security';
import { electronShellHandlers } from './shellHandlers';
import { createWorkbenchWindow, windowStateFile } from './window';

// Must happen before "ready": app:// behaves like https (secure, standard, fetch allowed).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

installSecurityPolicy(app);

if (!app.requestSingleInstanceLock()) app.quit();

let workbench: BrowserWindow | null = null;
const ourWebContents = new Set<number>();

function sendCommand(command: ShellCommand): void {
  if (workbench) sendEvent(workbench.webContents, { name: 'shell.command', payload: { command } });
}

async function start(): Promise<void> {
  const repoRoot = app.getAppPath();
  const native = planNativeBinding({
    versions: process.versions,
    platform: process.platform,
    arch: process.arch,
    repoRoot,
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
  });
  if (native.kind === 'electron-missing') {
    dialog.showErrorBox('Fenlight cannot start', native.instructions);
    app.exit(1);
    return;
  }

  denyAllPermissions(session.defaultSession);
  // Detailed basemap tiles are read here from the chosen file (read-only, never a vault) and
  // served on app:// itself: no local HTTP port. The engine's basemap setting steers it.
  const tiles = new TileService(native.kind === 'electron' ? { nativeBinding: native.path } : {});
  registerAppProtocol(protocol, path.join(__dirname, '../renderer'), tiles);

  const host = await EngineHost.start({
    workerEntry: path.join(__dirname, 'engine.js'),
    engine: {
      dataFolder: app.getPath('userData'),
      defaultVaultFolder: path.join(app.getPath('documents'), 'Fenlight'),
      build: buildInfo,
      runtime: `electron ${process.versions.electron}`,
      ...(native.kind === 'electron' ? { nativeBinding: native.path } : {}),
      // Packaged, the export fonts are extra resources; from source the engine finds the repo's.
      ...(app.isPackaged ? { resourcesFolder: process.resourcesPath } : {}),
    },
  });

  registerIpcGate(
    ipcMain,
    { engine: (name, input) => host.call(name, input), shell: electronShellHandlers(dialog, shell, () => workbench) },
    ourWebContents,
  );
  host.subscribe((event) => {
    if (event.name === 'basemap.changed') tiles.use(event.payload);
    if (workbench) sendEvent(workbench.webContents, event);
  });
  const basemap = await host.call('basemap.get', {});
  if (basemap.ok) tiles.use(basemap.value as BasemapState);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ isMac: process.platform === 'darwin', showDeveloperTools: !app.isPackaged, command: sendCommand }),
    ),
  );

  // Walking away locks the vault: the engine decides what locking means.
  powerMonitor.on('suspend', () => void host.call('vault.lock', { reason: 'suspend' }));
  powerMonitor.on('lock-screen', () => void host.call('vault.lock', { reason: 'screen-lock' }));

  workbench = createWorkbenchWindow({
    preloadPath: path.join(__dirname, '../preload/index.js'),
    stateFile: windowStateFile(app.getPath('userData')),
    iconPath: app.isPackaged ? path.join(process.resourcesPath, 'icon.png') : path.join(repoRoot, 'resources', 'icon.png'),
  });
  const contentsId = workbench.webContents.id;
  ourWebContents.add(contentsId);
  workbench.on('closed', () => {
    ourWebContents.delete(contentsId);
    workbench = null;
  });

  app.on('second-instance', () => {
    if (workbench?.isMinimized()) workbench.restore();
    workbench?.focus();
  });
  app.on('before-quit', () => {
    void tiles.close();
    void host.stop();
  });
}

app.on('window-all-closed', () => app.quit());
void app.whenReady().then(start);
