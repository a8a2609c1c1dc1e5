import { z } from 'zod';

/** Fenlight's own settings, kept outside every vault (so they survive a lost passphrase). */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

export const IDLE_LOCK_MINUTES = { min: 1, max: 240, default: 15 } as const;

export interface AppSettings {
  theme: ThemeChoice;
  /** Minutes without activity before an unlocked vault locks itself. */
  idleLockMinutes: number;
}

export const defaultSettings: AppSettings = {
  theme: 'system',
  idleLockMinutes: IDLE_LOCK_MINUTES.default,
};

export const settingsPatchSchema = z.strictObject({
  theme: z.enum(themeChoices, { error: 'Theme must be "system", "light" or "dark".' }).optional(),
  idleLockMinutes: z
    .number({ error: 'Idle lock time must be a number of minutes.' })
    .int({ error: 'Idle lock time must be a whole number of minutes.' })
    .min(IDLE_LOCK_MINUTES.min, { error: `Idle lock time must be at least ${IDLE_LOCK_MINUTES.min} minute.` })
    .max(IDLE_LOCK_MINUTES.max, { error: `Idle lock time can be at most ${IDLE_LOCK_MINUTES.max} minutes.` })
    .optional(),
});

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
