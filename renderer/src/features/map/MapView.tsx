import { useCallback, useEffect, useRef, useState } from 'react';
import { formatCount } from '@shared/format/numbers';
import { errorMessage, call } from '../../lib/fenlight';
import { useAppliedTheme } from '../settings/useAppliedTheme';
import { useSelectionStore } from '../selection/selectionStore';
import { useVaultStore } from '../vault/vaultStore';
import { describeArea, drawClick, drawHint, drawMove, finishDraw, idleDraw, parseRadiusKm, setRadius, startPolygon, startRadius, undoPoint } from './drawArea';
import { ExportMapDialog } from './ExportMapDialog';
import type { MapHandlers, MapPointer } from './mapAdapter';
import { exportMap, mapAttribution } from './mapExport';
import { MapFilters } from './MapFilters';
import { BasemapPanel } from './basemap/BasemapPanel';
import { LayersPanel, PostcodePanel } from './MapSidePanels';
import { useMapStore, usePickStore } from './mapStore';
import { mapLegend } from './siteStyle';
import { NO_FEATURES, siteDetails, type SiteDetails } from './sitesData';
import { useMapData } from './useMapData';
import { useMapSync } from './useMapSync';
import './map.css';

function Tooltip({ site, point }: { site: SiteDetails; point: { x: number; y: number } }) {
  // Text only: labels are untrusted, so they are React text nodes, never HTML.
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: point.x + 12, top: point.y + 12 }}>
      <strong>{site.label}</strong>
      <div>{site.kind}</div>
      {site.exploitation && <div>Exploitation: {site.exploitation}</div>}
      {site.grade && <div>Best grade: {site.grade}</div>}
    </div>
  );
}

/** The map of sites: clustered, filtered, shared selection, drawn areas, layers and marked exports. */
export function MapView() {
  const theme = useAppliedTheme();
  const container = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ site: SiteDetails; point: { x: number; y: number } } | null>(null);
  const [panel, setPanel] = useState<'filters' | 'layers' | null>(null);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [radiusText, setRadiusText] = useState('2');
  useMapData();

  const data = useMapStore((state) => state.data);
  const error = useMapStore((state) => state.error);
  const draw = useMapStore((state) => state.draw);
  const heatmap = useMapStore((state) => state.heatmap);
  const layers = useMapStore((state) => state.layers);
  const setDraw = useMapStore((state) => state.setDraw);
  const setHeatmap = useMapStore((state) => state.setHeatmap);
  const selected = useSelectionStore((state) => state.selected);
  const area = useSelectionStore((state) => state.area);
  const select = useSelectionStore((state) => state.select);
  const setArea = useSelectionStore((state) => state.setArea);
  const picking = usePickStore((state) => state.request !== null);
  const vault = useVaultStore((state) => (state.status?.state === 'unlocked' ? state.status.vault : null));

  const applyArea = useCallback(async () => {
    const finished = finishDraw(useMapStore.getState().draw);
    if (!finished.ok) {
      setNotice(finished.reason);
      return;
    }
    try {
      const { entityIds } = await call('geo.within', { area: finished.area, includeLinked: true });
      setArea({ area: finished.area, entityIds });
      setDraw(idleDraw);
      setNotice(`${formatCount(entityIds.length)} ${entityIds.length === 1 ? 'record lies' : 'records lie'} inside the area: the chart and lists show only those.`);
    } catch (failure) {
      setNotice(errorMessage(failure));
    }
  }, [setArea, setDraw]);

  const handlers: MapHandlers = {
    click: (pointer: MapPointer) => {
      if (usePickStore.getState().request) {
        usePickStore.getState().answer(pointer.lngLat);
        return;
      }
      const current = useMapStore.getState().draw;
      if (current.mode !== 'idle') {
        setDraw(drawClick(current, pointer.lngLat));
        return;
      }
      const site = pointer.site && siteDetails(useMapStore.getState().data?.features ?? NO_FEATURES, pointer.site);
      if (pointer.cluster) adapter?.zoomToCluster(pointer.cluster.id, pointer.lngLat);
      else if (site) select([site.id], 'map');
    },
    dblclick: () => {
      if (useMapStore.getState().draw.mode === 'polygon') void applyArea();
    },
    move: (pointer: MapPointer) => {
      const current = useMapStore.getState().draw;
      if (current.mode !== 'idle') setDraw(drawMove(current, pointer.lngLat));
      const site = pointer.site && current.mode === 'idle' ? siteDetails(useMapStore.getState().data?.features ?? NO_FEATURES, pointer.site) : null;
      setHover(site ? { site, point: pointer.point } : null);
    },
    leave: () => setHover(null),
  };
  const { adapter, failed } = useMapSync(container, theme, handlers);

  // Keys while drawing: Enter finishes, Escape cancels, Backspace removes the last corner.
  useEffect(() => {
    if (draw.mode === 'idle') return undefined;
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === 'Escape') setDraw(idleDraw);
      else if (event.key === 'Enter' && !typing) void applyArea();
      else if (event.key === 'Backspace' && !typing) setDraw(undoPoint(useMapStore.getState().draw));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [draw.mode, applyArea, setDraw]);

  const features = data?.features ?? NO_FEATURES;
  const shownCount = features.ids.length;
  const selectedIndex = selected.length === 1 ? features.ids.indexOf(selected[0]!) : -1;
  const selectedSite =
    selectedIndex >= 0 && features.kinds[selectedIndex] !== 'person' && features.kinds[selectedIndex] !== 'vehicle'
      ? { lat: features.lats[selectedIndex]!, lon: features.lons[selectedIndex]! }
      : undefined;
  const startWithin = () => {
    if (!selectedSite) return;
    setRadiusText('2');
    setDraw(startRadius(selectedSite, 2000));
  };
  const typedRadius = (text: string) => {
    setRadiusText(text);
    const metres = parseRadiusKm(text);
    if (metres !== null) setDraw(setRadius(useMapStore.getState().draw, metres));
  };

  const author = vault ? `${vault.analystName} (${vault.staffNumber})` : 'Unknown analyst';
  const entityIds = features.ids;

  return (
    <section className="pane map-pane" aria-label="Map">
      <div className="map-header">
        <h2 className="panel-title">Map</h2>
        <div className="map-toolbar" role="toolbar" aria-label="Map tools">
          <button type="button" aria-expanded={panel === 'filters'} onClick={() => setPanel(panel === 'filters' ? null : 'filters')}>
            Filters
          </button>
          <button type="button" aria-expanded={panel === 'layers'} onClick={() => setPanel(panel === 'layers' ? null : 'layers')}>
            Layers
          </button>
          <button type="button" aria-pressed={heatmap} onClick={() => setHeatmap(!heatmap)}>
            Heatmap
          </button>
          <button type="button" aria-pressed={draw.mode === 'polygon'} onClick={() => setDraw(draw.mode === 'polygon' ? idleDraw : startPolygon())}>
            Draw area
          </button>
          <button type="button" aria-pressed={draw.mode === 'radius'} onClick={() => setDraw(draw.mode === 'radius' ? idleDraw : startRadius())}>
            Draw radius
          </button>
          {selectedSite && (
            <button type="button" onClick={startWithin}>
              Within 2 km of selected site
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              setArea(null);
              setNotice(null);
            }}
            disabled={!area}
          >
            Clear area
          </button>
          <button type="button" onClick={() => setExporting(true)} disabled={!adapter}>
            Export map…
          </button>
        </div>
      </div>
      <div className="map-body">
        <div className="map-canvas" ref={container} />
        {hover && <Tooltip site={hover.site} point={hover.point} />}
        {panel && (
          <div className="map-side">
            {panel === 'filters' ? (
              <MapFilters />
            ) : (
              <>
                <LayersPanel onAdded={(bounds) => adapter?.fitBounds(bounds)} />
                <PostcodePanel />
                <BasemapPanel />
              </>
            )}
          </div>
        )}
        {(draw.mode !== 'idle' || picking) && (
          <div className="map-drawing" role="group" aria-label="Drawing an area">
            <p>{picking ? 'Click the map to place the location.' : drawHint(draw)}</p>
            {draw.mode === 'radius' && (
              <label>
                Radius (km) <input value={radiusText} inputMode="decimal" size={5} onChange={(event) => typedRadius(event.target.value)} />
              </label>
            )}
            {draw.mode !== 'idle' && (
              <>
                <button type="button" className="primary" onClick={() => void applyArea()}>
                  Apply area
                </button>
                <button type="button" onClick={() => setDraw(idleDraw)}>
                  Cancel drawing
                </button>
              </>
            )}
            {picking && (
              <button type="button" onClick={() => usePickStore.getState().cancel()}>
                Cancel
              </button>
            )}
          </div>
        )}
      </div>
      <div className="map-status" role="status">
        {failed && 'This computer cannot draw the map (it needs WebGL). '}
        {error ??
          (data
            ? `${formatCount(shownCount)} ${shownCount === 1 ? 'place' : 'places'} on the map${data.truncated ? ' (the first 100,000)' : ''}.`
            : 'Loading the map…')}
        {selected.length > 0 && ` ${formatCount(selected.length)} selected.`}
        {area && ` ${describeArea(area.area)}: ${formatCount(area.entityIds.length)} inside.`}
        {notice && ` ${notice}`}
      </div>
      {exporting && adapter && (
        <ExportMapDialog
          defaultTitle="Sites map"
          shown={entityIds.length}
          onClose={() => setExporting(false)}
          exportMap={(request) =>
            exportMap(request, {
              adapter,
              entityIds,
              frame: {
                marking: vault?.marking ?? 'OFFICIAL-SENSITIVE',
                trainingData: vault?.trainingData ?? false,
                author,
                legend: mapLegend(features.kinds, { area: area !== null }),
                attribution: mapAttribution(layers.map((layer) => layer.name)),
              },
            })
          }
        />
      )}
    </section>
  );
}
