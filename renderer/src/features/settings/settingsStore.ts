import { create } from 'zustand';
import type { AppSettings, SettingsPatch, ThemeChoice } from '@shared/settings';
import { call, errorMessage, onEvent } from '../../lib/fenlight';

interface SettingsStore {
  settings: AppSettings | null;
  error: string | null;
  load(): Promise<void>;
  update(patch: SettingsPatch): Promise<void>;
}

export const useSettingsStore = create<SettingsStore>()((set, get) => ({
  settings: null,
  error: null,
  load: async () => {
    try {
      set({ settings: await call('settings.get', {}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  // Optimistic: the choice shows at once; a refusal puts the previous settings back.
  update: async (patch) => {
    const previous = get().settings;
    if (previous) set({ settings: { ...previous, ...withoutUndefined(patch) } });
    try {
      set({ settings: await call('settings.update', patch), error: null });
    } catch (error) {
      set({ settings: previous, error: errorMessage(error) });
    }
  },
}));

function withoutUndefined(patch: SettingsPatch): Partial<AppSettings> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<AppSettings>;
}

/** Keeps the store in step with changes made elsewhere (another view, the CLI, a restart). */
export function subscribeToSettingsChanges(): () => void {
  return onEvent('settings.changed', (settings) => useSettingsStore.setState({ settings }));
}

/** The theme actually shown: the analyst's choice, or the OS preference when "system". */
export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return prefersDark ? 'dark' : 'light';
  return choice;
}
