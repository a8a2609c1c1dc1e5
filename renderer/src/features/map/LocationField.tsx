import { useEffect, useId, useRef, useState } from 'react';
import { FormField } from '../../components/FormField';
import { call, errorMessage } from '../../lib/fenlight';
import { useAppliedTheme } from '../settings/useAppliedTheme';
import { gridRefOf, gridRefToPoint, parseLatLon, type LatLonPoint } from './locationEntry';
import { createMapAdapter, type MapAdapter } from './mapAdapter';
import { EMPTY_COLLECTION } from './mapStyle';
import { columnsOf, selectedCollection } from './sitesData';
import './map.css';

export interface LocationFieldProps {
  /** The point as the form holds it. */
  value: LatLonPoint | null;
  onChange(point: LatLonPoint | null): void;
  /** The address's postcode, offered for look-up. */
  postcode?: string;
  legend?: string;
}

const format = (value: number) => String(Math.round(value * 1e6) / 1e6);

/** A small map that answers one click with a point (it shows the current point, if any). */
function PickMap({ point, onPick }: { point: LatLonPoint | null; onPick(point: LatLonPoint): void }) {
  const container = useRef<HTMLDivElement>(null);
  const theme = useAppliedTheme();
  const latest = useRef(onPick);
  useEffect(() => {
    latest.current = onPick;
  });
  const initial = useRef({ theme, point });
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    let adapter: MapAdapter | null = null;
    let live = true;
    const marker = initial.current.point
      ? selectedCollection(columnsOf([{ id: 'here', label: 'Current location', kind: 'other', ...initial.current.point }]), ['here'])
      : EMPTY_COLLECTION;
    void createMapAdapter({
      container: element,
      theme: initial.current.theme,
      controls: false,
      data: { sites: EMPTY_COLLECTION, selected: marker as typeof EMPTY_COLLECTION, area: EMPTY_COLLECTION, heatmap: false, userLayers: [] },
      handlers: { click: (pointer) => latest.current(pointer.lngLat) },
    }).then((made) => {
      if (live) {
        adapter = made;
        made.setDrawing(true);
      } else made.destroy();
    });
    return () => {
      live = false;
      adapter?.destroy();
    };
  }, []);
  return <div className="location-pick-map" ref={container} aria-label="Click the map to place the location" role="group" />;
}

/**
 * Where an address or site is: typed latitude and longitude, an OS grid reference, a postcode
 * looked up in the offline directory, or a click on the map. Always shows the point's grid
 * reference. Plug into an entity form with `value` = the site's location and `onChange`.
 */
export function LocationField({ value, onChange, postcode = '', legend = 'Location' }: LocationFieldProps) {
  const id = useId();
  const [lat, setLat] = useState(value ? format(value.lat) : '');
  const [lon, setLon] = useState(value ? format(value.lon) : '');
  const [gridRef, setGridRef] = useState('');
  const [postcodeText, setPostcodeText] = useState(postcode);
  const [errors, setErrors] = useState<{ latlon?: string; gridRef?: string; postcode?: string }>({});
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);

  // Only the point goes to the form: look-ups and grid references carry more than it stores.
  const place = ({ lat: pointLat, lon: pointLon }: LatLonPoint) => {
    setLat(format(pointLat));
    setLon(format(pointLon));
    setErrors({});
    onChange({ lat: pointLat, lon: pointLon });
  };

  const applyLatLon = () => {
    if (lat.trim() === '' && lon.trim() === '') {
      setErrors({});
      onChange(null);
      return;
    }
    const parsed = parseLatLon(lat, lon);
    if (!parsed.ok) setErrors({ latlon: parsed.reason });
    else place(parsed.value);
  };

  const applyGridRef = () => {
    if (!gridRef.trim()) return;
    const parsed = gridRefToPoint(gridRef);
    if (!parsed.ok) setErrors({ gridRef: parsed.reason });
    else {
      setGridRef(parsed.value.display);
      place(parsed.value);
    }
  };

  const lookUp = async () => {
    setBusy(true);
    try {
      const found = await call('geo.lookupPostcode', { postcode: postcodeText });
      setPostcodeText(found.postcode);
      place(found);
    } catch (error) {
      // The engine says whether the postcode is malformed, unknown, or there is no directory (Fenlight ships none).
      setErrors({ postcode: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const shownGridRef = gridRefOf(value);
  return (
    <fieldset className="location-field">
      <legend>{legend}</legend>
      <div className="location-row">
        <FormField label="Latitude" inputMode="decimal" value={lat} onChange={(event) => setLat(event.target.value)} onBlur={applyLatLon} />
        <FormField label="Longitude" inputMode="decimal" value={lon} onChange={(event) => setLon(event.target.value)} onBlur={applyLatLon} error={errors.latlon ?? null} />
      </div>
      <div className="location-row">
        <FormField
          label="Grid reference"
          value={gridRef}
          placeholder="TL 450 588"
          onChange={(event) => setGridRef(event.target.value)}
          onBlur={applyGridRef}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              applyGridRef();
            }
          }}
          error={errors.gridRef ?? null}
          hint="Two letters and figures, e.g. TL 450 588, or eastings and northings in metres."
        />
      </div>
      <div className="location-row">
        <FormField label="Postcode" value={postcodeText} onChange={(event) => setPostcodeText(event.target.value)} error={errors.postcode ?? null} />
        <button type="button" onClick={() => void lookUp()} disabled={busy || !postcodeText.trim()}>
          Look up postcode
        </button>
        <button type="button" aria-pressed={picking} onClick={() => setPicking(!picking)}>
          Pick on map
        </button>
      </div>
      {picking && (
        <PickMap
          point={value}
          onPick={(point) => {
            setPicking(false);
            place({ lat: Math.round(point.lat * 1e6) / 1e6, lon: Math.round(point.lon * 1e6) / 1e6 });
          }}
        />
      )}
      <p id={`${id}-grid`} role="status" className="field-hint">
        {value ? `This point: ${format(value.lat)}, ${format(value.lon)} — grid reference ${shownGridRef ?? 'outside the National Grid'}` : 'No location set.'}
      </p>
    </fieldset>
  );
}
