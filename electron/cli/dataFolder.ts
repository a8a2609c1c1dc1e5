import os from 'node:os';
import path from 'node:path';

/** Electron names the per-user folder after package.json's productName. */
const PRODUCT_NAME = 'Fenlight';

type Env = Readonly<Record<string, string | undefined>>;

function setting(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * Fenlight's own data folder for a command-line run: FENLIGHT_DATA_DIR when set, otherwise the
 * folder the app uses (Electron's userData). Sharing the app's folder matters: the unlock
 * slow-down counters and the recent-vaults list live there, so the command line can neither
 * sidestep the slow-down nor hide the vaults it touched.
 */
export function cliDataFolder(
  env: Env,
  cwd: string,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const override = setting(env, 'FENLIGHT_DATA_DIR');
  if (override) return path.resolve(cwd, override);
  if (platform === 'win32') {
    return path.win32.join(setting(env, 'APPDATA') ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.posix.join(setting(env, 'XDG_CONFIG_HOME') ?? path.posix.join(home, '.config'), PRODUCT_NAME);
}

/**
 * Where the app would put new vaults (Documents/Fenlight). The command line always names the
 * vault it works on, so this only fills the engine's status; it is never created.
 */
export function cliDefaultVaultFolder(home: string = os.homedir()): string {
  return path.join(home, 'Documents', PRODUCT_NAME);
}
