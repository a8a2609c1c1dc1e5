import { useEffect, useState } from 'react';
import type { PostcodeImportOutcome } from '@shared/contract/calls/geo';
import { formatCount } from '@shared/format/numbers';
import { call, errorMessage, onEvent } from '../../lib/fenlight';
import { useMapStore } from './mapStore';

/** The analyst's own GeoJSON layers: add one (read and checked by the engine), or remove it. */
export function LayersPanel({ onAdded }: { onAdded(bounds: [[number, number], [number, number]]): void }) {
  const layers = useMapStore((state) => state.layers);
  const addLayer = useMapStore((state) => state.addLayer);
  const removeLayer = useMapStore((state) => state.removeLayer);
  const [message, setMessage] = useState<string | null>(null);
  const add = async () => {
    setMessage(null);
    try {
      const picked = await call('shell.pickOpenPath', { title: 'Add a map layer', filters: [{ name: 'GeoJSON', extensions: ['geojson', 'json'] }] });
      if (picked.cancelled) return;
      const layer = await call('geo.readGeoJson', { path: picked.path });
      addLayer(layer);
      onAdded(layer.bounds);
      if (layer.skipped > 0) setMessage(`${layer.skipped} features without a shape the map can draw were left out.`);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  return (
    <section className="map-panel" aria-label="Map layers">
      <h3>Layers</h3>
      {layers.length === 0 ? (
        <p className="field-hint">Boundaries are not bundled: add ONS districts or policing neighbourhoods as GeoJSON.</p>
      ) : (
        <ul className="map-layer-list">
          {layers.map((layer) => (
            <li key={layer.id}>
              <span className="map-swatch" style={{ background: layer.colour }} aria-hidden="true" />
              {layer.name} ({formatCount(layer.layer.collection.features.length)})
              <button type="button" className="link-button" onClick={() => removeLayer(layer.id)} aria-label={`Remove layer ${layer.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => void add()}>
        Add layer…
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
}

/** How many postcodes the offline directory holds, and importing the force's file. */
export function PostcodePanel() {
  const [count, setCount] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const refresh = () => void call('geo.postcodeDirectory', {}).then(({ postcodes }) => setCount(postcodes), () => setCount(null));
  useEffect(refresh, []);
  useEffect(() => {
    if (!jobId) return undefined;
    const stopProgress = onEvent('job.progress', (progress) => {
      if (progress.jobId === jobId && progress.total) setMessage(`Importing postcodes… ${Math.round((100 * progress.done) / progress.total)}%`);
    });
    const stopFinished = onEvent('job.finished', (finished) => {
      if (finished.jobId !== jobId) return;
      setJobId(null);
      if (finished.state === 'succeeded') {
        const outcome = finished.result as PostcodeImportOutcome;
        setMessage(`${formatCount(outcome.imported)} postcodes imported${outcome.rejected > 0 ? `; ${formatCount(outcome.rejected)} rows could not be used` : ''}.`);
      } else {
        setMessage(finished.error?.message ?? 'The postcode import stopped. Nothing from it was kept.');
      }
      refresh();
    });
    return () => {
      stopProgress();
      stopFinished();
    };
  }, [jobId]);
  const start = async () => {
    setMessage(null);
    try {
      const picked = await call('shell.pickOpenPath', { title: 'Import a postcode directory', filters: [{ name: 'CSV', extensions: ['csv'] }] });
      if (picked.cancelled) return;
      setJobId((await call('geo.importPostcodes', { path: picked.path })).jobId);
      setMessage('Importing postcodes…');
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  return (
    <section className="map-panel" aria-label="Postcode directory">
      <h3>Postcode directory</h3>
      <p className="field-hint">
        {count === null || count === 0
          ? 'None imported. Fenlight ships no postcode file: import the force’s ONS Postcode Directory or OS Code-Point Open CSV to place postcodes offline.'
          : `${formatCount(count)} postcodes, looked up on this computer only.`}
      </p>
      <button type="button" onClick={() => void start()} disabled={jobId !== null}>
        Import postcode file…
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
