import { useState } from 'react';
import { IDLE_LOCK_MINUTES, themeChoices, type ThemeChoice } from '@shared/settings';
import { FormField } from '../../components/FormField';
import { TileServerSettings } from '../map/basemap/TileServerSettings';
import { VaultSecuritySettings } from '../vault/VaultSecuritySettings';
import { useSettingsStore } from './settingsStore';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Idle lock minutes: saved as soon as a whole number in range is typed, explained otherwise. */
function IdleLockField({ minutes, onSave }: { minutes: number; onSave(minutes: number): void }) {
  const [text, setText] = useState(String(minutes));
  const value = Number(text);
  const valid = /^\d+$/.test(text) && value >= IDLE_LOCK_MINUTES.min && value <= IDLE_LOCK_MINUTES.max;
  return (
    <FormField
      label="Lock after (minutes without use)"
      inputMode="numeric"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const next = Number(event.target.value);
        if (/^\d+$/.test(event.target.value) && next >= IDLE_LOCK_MINUTES.min && next <= IDLE_LOCK_MINUTES.max) onSave(next);
      }}
      error={valid ? null : `Enter a whole number of minutes from ${IDLE_LOCK_MINUTES.min} to ${IDLE_LOCK_MINUTES.max}.`}
      hint="The vault also locks when the computer sleeps or the screen is locked."
    />
  );
}

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
      <ErrorAlert message={error} />
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
      <fieldset className="field-group">
        <legend>Locking</legend>
        {settings && <IdleLockField minutes={settings.idleLockMinutes} onSave={(idleLockMinutes) => void update({ idleLockMinutes })} />}
      </fieldset>
      <TileServerSettings />
      <VaultSecuritySettings />
    </section>
  );
}
