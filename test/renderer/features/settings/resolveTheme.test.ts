import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../../../renderer/src/features/settings/settingsStore';

describe('theme choice', () => {
  it('follows the computer when set to system', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });

  it('overrides the computer when chosen', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
