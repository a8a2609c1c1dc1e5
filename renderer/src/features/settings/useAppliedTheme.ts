import { useEffect, useState } from 'react';
import { resolveTheme, useSettingsStore } from './settingsStore';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Applies the chosen theme to <html data-theme>, following the OS while the choice is "system". */
export function useAppliedTheme(): 'light' | 'dark' {
  const choice = useSettingsStore((state) => state.settings?.theme ?? 'system');
  const [prefersDark, setPrefersDark] = useState(() => window.matchMedia?.(DARK_QUERY).matches ?? false);

  useEffect(() => {
    const query = window.matchMedia?.(DARK_QUERY);
    if (!query) return undefined;
    const listener = (event: MediaQueryListEvent) => setPrefersDark(event.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, []);

  const theme = resolveTheme(choice, prefersDark);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  return theme;
}
