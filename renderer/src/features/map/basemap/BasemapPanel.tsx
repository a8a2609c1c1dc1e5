import { useEffect, useState } from 'react';
import type { BasemapSource, BasemapState } from '@shared/contract/calls/basemap';
import { call, errorMessage } from '../../../lib/fenlight';
import { loadBasemapSetting, openBasemapFile, switchBasemap, useBasemapStore } from './basemapStore';
import { serverHost } from './tileServerHost';
import { ErrorAlert } from '../../../components/ErrorAlert';

const SCHEMA_WORDS = { openmaptiles: 'street map, OpenMapTiles', protomaps: 'street map, Protomaps', raster: 'map images' } as const;

/** The status line: what the map is drawing now, in words. */
export function describeBasemap(setting: BasemapState | null): string {
  if (setting?.source === 'file' && setting.file) {
    const { file } = setting;
    return `Showing ${file.name} (${SCHEMA_WORDS[file.schema]}, zoom ${file.minzoom}–${file.maxzoom}), read from this computer.`;
  }
  if (setting?.source === 'server' && setting.tileServer.enabled) {
    return `Showing tiles from the force tile server at ${serverHost(setting.tileServer.url)}. Map requests go to that server.`;
  }
  return 'Showing the built-in outline map of Cambridgeshire and Peterborough.';
}

/** Map side panel: built-in map, a detailed MBTiles/PMTiles file, or the force tile server. */
export function BasemapPanel() {
  const setting = useBasemapStore((state) => state.setting);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadBasemapSetting().catch((failure: unknown) => setError(errorMessage(failure)));
  }, []);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const chooseFile = () =>
    run(async () => {
      const picked = await call('shell.pickOpenPath', {
        title: 'Choose a detailed map file',
        filters: [{ name: 'Map tiles (MBTiles, PMTiles)', extensions: ['mbtiles', 'pmtiles'] }],
      });
      if (!picked.cancelled) await openBasemapFile(picked.path);
    });
  const choose = (source: BasemapSource) => {
    if (source === 'file' && !setting?.file) return void chooseFile();
    return void run(() => switchBasemap(source));
  };

  const options: Array<{ source: BasemapSource; label: string }> = [
    { source: 'builtin', label: 'Built-in' },
    { source: 'file', label: 'Detailed file' },
    ...(setting?.tileServer.enabled ? [{ source: 'server' as const, label: 'Force tile server' }] : []),
  ];
  return (
    <section className="map-panel" aria-label="Basemap">
      <h3>Basemap</h3>
      <fieldset className="field-group" disabled={!setting || busy}>
        <legend>Show under the sites</legend>
        {options.map((option) => (
          <label key={option.source} className="radio-row">
            <input type="radio" name="basemap" value={option.source} checked={setting?.source === option.source} onChange={() => choose(option.source)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => void chooseFile()} disabled={busy}>
        Detailed file…
      </button>
      <p className="field-hint" role="status">
        {describeBasemap(setting)}
      </p>
      <ErrorAlert message={error} />
    </section>
  );
}
