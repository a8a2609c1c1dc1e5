import path from 'node:path';
import { defaultSettings, settingsPatchSchema, type AppSettings, type SettingsPatch } from '@shared/settings';
import { readJsonFile, writeJsonFile } from '../fs/jsonFile';

/** Fenlight's own settings file, outside every vault. A damaged file falls back to defaults. */
export class SettingsStore {
  private readonly file: string;
  private current: AppSettings;

  constructor(dataFolder: string) {
    this.file = path.join(dataFolder, 'settings.json');
    const stored = readJsonFile(this.file, settingsPatchSchema, {});
    this.current = { ...defaultSettings, ...withoutUndefined(stored) };
  }

  get(): AppSettings {
    return { ...this.current };
  }

  update(patch: SettingsPatch): AppSettings {
    const next: AppSettings = { ...this.current, ...withoutUndefined(patch) };
    writeJsonFile(this.file, next);
    this.current = next;
    return this.get();
  }
}

function withoutUndefined<T extends object>(value: T): Partial<AppSettings> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<AppSettings>;
}
