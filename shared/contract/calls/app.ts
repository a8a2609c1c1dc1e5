import { z } from 'zod';
import { call } from '../define';
import { settingsPatchSchema, type AppSettings } from '../../settings';

export interface BuildInfo {
  version: string;
  /** Short git commit the build came from, or "unknown" outside a git checkout. */
  commit: string;
  /** ISO 8601 time the build was made. */
  builtAt: string;
}

export interface AppInfo {
  name: 'Fenlight';
  version: string;
  build: BuildInfo;
  platform: { os: string; arch: string; runtime: string };
  /** Where Fenlight keeps its own settings (outside any vault). */
  dataFolder: string;
  /** Where new vaults are created unless the analyst chooses elsewhere. */
  defaultVaultFolder: string;
}

const noInput = z.strictObject({});

export const appCalls = {
  'app.info': call(noInput).returns<AppInfo>(),
  'settings.get': call(noInput).returns<AppSettings>(),
  'settings.update': call(settingsPatchSchema).returns<AppSettings>(),
};
