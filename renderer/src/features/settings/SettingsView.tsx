import { themeChoices, type ThemeChoice } from '@shared/settings';
import { useSettingsStore } from './settingsStore';

const themeLabels: Record<ThemeChoice, string> = {
  system: 'Follow the computer’s setting',
  light: 'Light',
  dark: 'Dark',
};

export function SettingsView() {
  const settings = useSettingsStore((state) => state.settings);
  const error = useSettingsStore((state) => state.error);
  const update = useSettingsStore((state) => state.update);

  return (
    <section className="view settings-view" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <fieldset className="field-group">
        <legend>Theme</legend>
        {themeChoices.map((choice) => (
          <label key={choice} className="radio-row">
            <input
              type="radio"
              name="theme"
              value={choice}
              checked={settings?.theme === choice}
              disabled={!settings}
              onChange={() => void update({ theme: choice })}
            />
            {themeLabels[choice]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
