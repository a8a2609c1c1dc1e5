import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defaultSettings, settingsPatchSchema, type AppSettings, type SettingsPatch } from '@shared/settings';
import { writeFileAtomic } from '../fs/atomicWrite';

const storedSettingsSchema = settingsPatchSchema;

/** Fenlight's own settings file, outside every vault. A damaged file falls back to defaults. */
export class SettingsStore {
  private readonly file: string;
  private current: AppSettings;

  constructor(dataFolder: string) {
    this.file = path.join(dataFolder, 'settings.json');
    this.current = this.read();
  }

  get(): AppSettings {
    return { ...this.current };
  }

  update(patch: SettingsPatch): AppSettings {
    const next: AppSettings = { ...this.current };
    if (patch.theme !== undefined) next.theme = patch.theme;
    if (patch.idleLockMinutes !== undefined) next.idleLockMinutes = patch.idleLockMinutes;
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.current = next;
    return this.get();
  }

  private read(): AppSettings {
    let raw: string;
    try {
      raw = fs.readFileSync(this.file, 'utf8');
    } catch {
      return { ...defaultSettings };
    }
    try {
      const parsed = storedSettingsSchema.parse(JSON.parse(raw));
      return { ...defaultSettings, ...stripUndefined(parsed) };
    } catch (error) {
      if (error instanceof SyntaxError || error instanceof z.ZodError) return { ...defaultSettings };
      throw error;
    }
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
