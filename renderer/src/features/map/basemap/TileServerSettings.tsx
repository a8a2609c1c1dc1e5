import { useEffect, useState } from 'react';
import type { TileServer } from '@shared/contract/calls/basemap';
import { checkTileServerUrl } from '@shared/security/tileServerUrl';
import { FormField } from '../../../components/FormField';
import { call, errorMessage } from '../../../lib/fenlight';
import { loadBasemapSetting, useBasemapStore } from './basemapStore';
import { serverHost } from './tileServerHost';
import { ErrorAlert } from '../../../components/ErrorAlert';

/**
 * Settings → Map: the force tile server, off by default. Switching it on is the analyst's
 * explicit choice after a plain warning; the window's security policy opens for that one
 * server only from its next load, so the analyst is offered a reload.
 */
export function TileServerSettings() {
  const setting = useBasemapStore((state) => state.setting);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    void loadBasemapSetting().catch((failure: unknown) => setLoadError(errorMessage(failure)));
  }, []);
  return (
    <fieldset className="field-group">
      <legend>Map</legend>
      {setting ? (
        <TileServerForm saved={setting.tileServer} />
      ) : (
        loadError && (
          <p role="alert" className="error-text">
            {loadError}
          </p>
        )
      )}
    </fieldset>
  );
}

function TileServerForm({ saved }: { saved: TileServer }) {
  const received = useBasemapStore((state) => state.received);
  const [url, setUrl] = useState(saved.url);
  const [enabled, setEnabled] = useState(saved.enabled);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloadNeeded, setReloadNeeded] = useState(false);

  const checked = url.trim() === '' && !enabled ? null : checkTileServerUrl(url);
  const host = checked?.ok ? serverHost(checked.url) : 'the address above';
  const save = async () => {
    setError(null);
    setMessage(null);
    try {
      const next = await call('basemap.setTileServer', { url, enabled });
      received(next);
      const changed = saved.enabled !== next.tileServer.enabled || (next.tileServer.enabled && saved.url !== next.tileServer.url);
      setReloadNeeded((already) => already || changed);
      setMessage(next.tileServer.enabled ? 'Saved. Choose "Force tile server" under Basemap in the map panel to use it.' : 'Saved. The map makes no requests to a tile server.');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <>
      <FormField
        label="Force tile server address"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        spellCheck={false}
        error={checked && !checked.ok ? checked.reason : null}
        hint="Only for a server your force runs. An https address with {z}, {x} and {y}, such as https://tiles.example.police.uk/{z}/{x}/{y}.png"
      />
      <p className="notice" id="tile-server-warning">
        Map requests will reveal which places you look at to the server at {host}; use only your force’s own tile server.
      </p>
      <label className="checkbox-row">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} aria-describedby="tile-server-warning" />
        Use this tile server for the map (off by default)
      </label>
      <div className="form-actions">
        <button type="button" onClick={() => void save()} disabled={checked !== null && !checked.ok}>
          Save map setting
        </button>
        {reloadNeeded && (
          <button type="button" onClick={() => window.location.reload()}>
            Reload the window to apply
          </button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
      <ErrorAlert message={error} />
    </>
  );
}
