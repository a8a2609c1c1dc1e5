import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { MapFeature } from '@shared/contract/calls/geo';
import { haversineMetres } from '@shared/geo';
import { drawClick, drawHint, drawMove, finishDraw, idleDraw, parseRadiusKm, setRadius, startPolygon, startRadius, undoPoint } from '../../../../renderer/src/features/map/drawArea';
import { dateAt, daySpan, initialFilters, toGeoQuery } from '../../../../renderer/src/features/map/filterState';
import { gridRefOf, gridRefToPoint, parseLatLon } from '../../../../renderer/src/features/map/locationEntry';
import { captureRatio } from '../../../../renderer/src/features/map/mapExport';
import { buildMapStyle, EMPTY_COLLECTION, LAYERS } from '../../../../renderer/src/features/map/mapStyle';
import { scaleBar, metresPerPixel } from '../../../../renderer/src/features/map/scaleBar';
import { mapLegend, SITE_COLOURS } from '../../../../renderer/src/features/map/siteStyle';
import { areaCollection, boundsOf, circleRing, selectedCollection, toSitesCollection } from '../../../../renderer/src/features/map/sitesData';

const feature = (overrides: Partial<MapFeature>): MapFeature => ({
  entityId: 'site-1',
  type: 'site',
  label: 'Sparkle Hand Car Wash',
  siteType: 'hand_car_wash',
  lat: 52.2084,
  lon: 0.1207,
  atSiteId: null,
  bestGrade: { source: '1', assessment: 'B', handling: 'P' },
  exploitationTypes: ['hand_car_wash', 'labour'],
  firstOccurred: '2025-06-01',
  lastOccurred: '2026-02-01',
  ...overrides,
});

describe('features as GeoJSON', () => {
  it('puts each feature at [lon, lat] with its colour, kind, exploitation and grade in words', () => {
    const collection = toSitesCollection([feature({}), feature({ entityId: 'p', type: 'person', siteType: null, label: 'Ionuț Popescu', exploitationTypes: [] })]);
    expect(collection.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0.1207, 52.2084] },
      properties: { id: 'site-1', label: 'Sparkle Hand Car Wash', entityType: 'site', siteType: 'hand_car_wash', colour: SITE_COLOURS.hand_car_wash, kind: 'Hand car wash', exploitation: 'Hand car wash, Labour exploitation', grade: '1-B-P' },
    });
    expect(collection.features[1]!.properties).toMatchObject({ kind: 'Person', label: 'Ionuț Popescu', exploitation: '' });
  });

  it('selects, frames and legends only what is shown', () => {
    const features = [feature({}), feature({ entityId: 'site-2', siteType: 'agriculture', lat: 52.6663, lon: 0.1575 })];
    expect(selectedCollection(features, ['site-2', 'elsewhere']).features.map((item) => item.properties.id)).toEqual(['site-2']);
    expect(boundsOf(features)).toEqual([
      [0.1207, 52.2084],
      [0.1575, 52.6663],
    ]);
    expect(boundsOf([])).toBeNull();
    expect(mapLegend(features, { area: true }).map((item) => item.label)).toEqual(['Hand car wash', 'Agriculture', 'Drawn area']);
  });

  it('draws a radius as a closed ring at that distance', () => {
    const centre = { lat: 52.2084, lon: 0.1207 };
    const ring = circleRing(centre, 2000, 16);
    expect(ring).toHaveLength(17);
    expect(ring[0]).toEqual(ring[16]);
    for (const [lon, lat] of ring) expect(haversineMetres(centre, { lat, lon })).toBeCloseTo(2000, -1);
    expect(areaCollection({ kind: 'polygon', points: [centre, { lat: 52.3, lon: 0.1 }, { lat: 52.3, lon: 0.2 }] }).features[0]!.geometry.coordinates[0]).toHaveLength(4);
  });

  it('builds a valid MapLibre style with the site layers above the basemap', () => {
    const style = buildMapStyle('dark', { sites: toSitesCollection([feature({})]) as typeof EMPTY_COLLECTION, selected: EMPTY_COLLECTION, area: EMPTY_COLLECTION, heatmap: true, userLayers: [] }, { baseUrl: 'app://fenlight/' });
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((layer) => layer.id);
    expect(ids[ids.length - 1]).toBe(LAYERS.selected);
    expect(ids.indexOf(LAYERS.areaFill)).toBeLessThan(ids.indexOf('basemap-road-refs'));
    expect(style.layers.find((layer) => layer.id === LAYERS.points)?.layout).toMatchObject({ visibility: 'none' });
  });
});

describe('filters', () => {
  it('turns the panel state into a geo.features query, widening exploitation types to their sub-types', () => {
    expect(toGeoQuery(initialFilters)).toEqual({ filter: {}, includeLinked: false });
    const query = toGeoQuery({ ...initialFilters, from: '2025-01-01', siteTypes: ['hand_car_wash'], exploitation: ['criminal'], minGrade: { source: '2', assessment: 'C' }, includeLinked: true });
    expect(query.filter).toMatchObject({ from: '2025-01-01', siteTypes: ['hand_car_wash'], minGrade: { source: '2', assessment: 'C' } });
    expect(query.filter.exploitationTypes).toEqual(expect.arrayContaining(['criminal', 'county_lines', 'cannabis_cultivation']));
    expect(query.filter.exploitationTypes).not.toContain('hand_car_wash');
    expect(query.includeLinked).toBe(true);
  });

  it('counts slider days across the reports’ date range', () => {
    const range = { first: '2025-03-30', last: '2025-04-02' };
    expect(daySpan(range)).toBe(3);
    expect(dateAt(range.first, 2)).toBe('2025-04-01');
  });
});

describe('drawing an area', () => {
  const a = { lat: 52.2, lon: 0.1 };
  const b = { lat: 52.3, lon: 0.1 };
  const c = { lat: 52.3, lon: 0.2 };

  it('makes a polygon from clicks, ignoring the second click of a double-click, with undo', () => {
    let state = startPolygon();
    expect(finishDraw(state)).toEqual({ ok: false, reason: 'Click at least three points to make an area.' });
    for (const point of [a, b, b, c]) state = drawClick(state, point);
    expect(state).toMatchObject({ points: [a, b, c] });
    expect(drawHint(state)).toMatch(/3 corners/);
    expect(finishDraw(undoPoint(state))).toMatchObject({ ok: false });
    expect(finishDraw(state)).toEqual({ ok: true, area: { kind: 'polygon', points: [a, b, c] } });
    expect(drawMove(state, a)).toMatchObject({ cursor: a });
  });

  it('makes a radius by click, move and click, or a typed distance ("within 2 km of this car wash")', () => {
    let state = drawClick(startRadius(), a);
    state = drawMove(state, { lat: 52.21, lon: 0.1 });
    expect(state).toMatchObject({ mode: 'radius', fixed: false });
    expect((state as { radiusMetres: number }).radiusMetres).toBeCloseTo(1112, -1);
    state = drawClick(state, { lat: 52.22, lon: 0.1 });
    expect(state).toMatchObject({ fixed: true });
    expect(parseRadiusKm('2,5')).toBe(2500);
    expect(parseRadiusKm('-1')).toBeNull();
    expect(parseRadiusKm('500')).toBeNull();
    expect(finishDraw(setRadius(startRadius(a), 2000))).toEqual({ ok: true, area: { kind: 'radius', centre: a, radiusMetres: 2000 } });
    expect(finishDraw(startRadius())).toMatchObject({ ok: false, reason: 'Click the centre of the area on the map.' });
    expect(finishDraw(idleDraw)).toMatchObject({ ok: false });
  });
});

describe('location entry', () => {
  it('reads latitude and longitude, refusing swapped or non-UK points in words', () => {
    expect(parseLatLon('52.2084', '0,1207')).toEqual({ ok: true, value: { lat: 52.2084, lon: 0.1207 } });
    expect(parseLatLon('0.1207', '52.2084')).toMatchObject({ ok: false, reason: expect.stringMatching(/swapped/) });
    expect(parseLatLon('north', '0.1')).toMatchObject({ ok: false, reason: expect.stringMatching(/decimal degrees/) });
    expect(parseLatLon('', '0.1')).toMatchObject({ ok: false, reason: 'Latitude is required.' });
  });

  it('converts OS grid references and shows any point’s grid reference', () => {
    const cambridge = gridRefToPoint('TL 450 588');
    expect(cambridge.ok).toBe(true);
    if (cambridge.ok) {
      expect(cambridge.value.lat).toBeCloseTo(52.2084, 3);
      expect(cambridge.value.lon).toBeCloseTo(0.1207, 2);
    }
    expect(gridRefToPoint('XX 123 456')).toMatchObject({ ok: false, reason: expect.stringMatching(/100 km square/) });
    expect(gridRefOf({ lat: 52.2084, lon: 0.1207 }, 6)).toBe('TL 450 588');
    expect(gridRefOf({ lat: 40.7, lon: -74 })).toBeNull();
    expect(gridRefOf(null)).toBeNull();
  });
});

describe('export scale', () => {
  it('picks a round scale bar and a capture ratio within the canvas limit', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(scaleBar(10, 250)).toEqual({ metres: 2000, pixels: 200, label: '2 km' });
    expect(scaleBar(1, 120).label).toBe('100 m');
    expect(captureRatio({ width: 800, height: 600 }, 'png', { mode: 'width', width: 2400 })).toBe(3);
    expect(captureRatio({ width: 800, height: 600 }, 'png', { mode: 'dpi', dpi: 192 })).toBe(2);
    expect(captureRatio({ width: 800, height: 600 }, 'png', { mode: 'width', width: 20_000 })).toBe(8192 / 800);
    expect(captureRatio({ width: 800, height: 600 }, 'pdf', { mode: 'width', width: 100 })).toBe(2);
  });
});
