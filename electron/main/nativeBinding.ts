import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3-multiple-ciphers ships one native addon, and Node and Electron need different
 * builds of it (different ABIs). node_modules keeps the Node build (tests, CLI, harness); the
 * app loads an Electron build kept under .native/ (development) or resources/native (packaged),
 * passed to the driver as `nativeBinding`. Nothing is ever swapped in node_modules.
 */
export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';
export const NATIVE_FILE = 'better_sqlite3.node';

export interface ElectronTarget {
  electronVersion: string;
  platform: string;
  arch: string;
}

export type NativeBindingPlan =
  | { kind: 'node-default' }
  | { kind: 'electron'; path: string }
  | { kind: 'electron-missing'; path: string; instructions: string };

export function electronBindingDir(repoRoot: string, target: ElectronTarget): string {
  return path.join(repoRoot, '.native', `electron-v${target.electronVersion}-${target.platform}-${target.arch}`);
}

export function electronBindingPath(repoRoot: string, target: ElectronTarget): string {
  return path.join(electronBindingDir(repoRoot, target), NATIVE_FILE);
}

export interface PlanInput {
  /** process.versions of the running process. */
  versions: Partial<Record<string, string>>;
  platform: string;
  arch: string;
  /** Repository root in development; ignored when packaged. */
  repoRoot: string;
  packaged: boolean;
  /** process.resourcesPath when packaged. */
  resourcesPath?: string;
  exists?: (file: string) => boolean;
}

export function planNativeBinding(input: PlanInput): NativeBindingPlan {
  const electronVersion = input.versions.electron;
  if (!electronVersion) return { kind: 'node-default' };
  const exists = input.exists ?? fs.existsSync;
  const bindingPath =
    input.packaged && input.resourcesPath
      ? path.join(input.resourcesPath, 'native', NATIVE_FILE)
      : electronBindingPath(input.repoRoot, { electronVersion, platform: input.platform, arch: input.arch });
  if (exists(bindingPath)) return { kind: 'electron', path: bindingPath };
  return {
    kind: 'electron-missing',
    path: bindingPath,
    instructions: input.packaged
      ? 'This installation of Fenlight is incomplete (its database component is missing). Reinstall it.'
      : `The Electron build of ${NATIVE_MODULE} is missing. Run "npm start" (or "npm run native:electron") once on a machine with internet access to fetch it.`,
  };
}
