import { useSyncExternalStore } from 'react';
import type { ChartTheme } from '../cy/palette';

/** Follows <html data-theme> (set by the settings feature), so the canvas re-themes with the app. */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const read = (): ChartTheme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

export function useChartTheme(): ChartTheme {
  return useSyncExternalStore(subscribe, read, () => 'light');
}
