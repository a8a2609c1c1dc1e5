import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { MapFeatures } from '@shared/contract/calls/geo';
import { haversineMetres } from '@shared/geo';
import { drawClick, drawHint, drawMove, finishDraw, idleDraw, parseRadiusKm, setRadius, startPolygon, startRadius, undoPoint } from '../../../../renderer/src/features/map/drawArea';
import { dateAt, daySpan, initialFilters, toGeoQuery } from '../../../../renderer/src/features/map/filterState';
import { gridRefOf, gridRefToPoint, parseLatLon } from '../../../../renderer/src/features/map/locationEntry';
import { captureRatio } from '../../../../renderer/src/features/map/mapExport';
import { buildMapStyle, EMPTY_COLLECTION, LAYERS } from '../../../../renderer/src/features/map/mapStyle';
import { scaleBar, metresPerPixel } from '../../../../renderer/src/features/map/scaleBar';
import { kindColour, kindColourExpression, mapLegend, PERSON_COLOUR, SITE_COLOURS } from '../../../../renderer/src/features/map/siteStyle';
import { areaBounds, areaCollection, boundsOf, circleRing, columnsOf, hitIndex, indexesOf, labelsInView, pointsAt, selectedCollection, siteDetails, toSitesCollection } from '../../../../renderer/src/features/map/sitesData';

/** Two sites and a person placed at one of them, as geo.features sends them (columns). */
const shown: MapFeatures = {
  ids: ['site-1', 'site-2', 'person-1'],
  labels: ['Sparkle Hand Car Wash', 'Fen Edge Packhouse', 'Ionuț Popescu'],
  kinds: ['hand_car_wash', 'agriculture', 'person'],
  lats: [52.2084, 52.6663, 52.2084],
  lons: [0.1207, 0.1575, 0.1207],
  atSiteIds: [null, null, 'site-1'],
  bestGrades: [{ source: '1', assessment: 'B', handling: 'P' }, null, null],
  exploitationTypes: [['hand_car_wash', 'labour'], [], []],
  firstOccurred: ['2025-06-01', null, null],
  lastOccurred: ['2026-02-01', null, null],
};

describe('features as GeoJSON', () => {
  it('gives MapLibre one MultiPoint of [lon, lat] positions per kind, and nothing else', () => {
    expect(toSitesCollection(shown)).toEqual({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[0.1207, 52.2084]] }, properties: { kind: 'hand_car_wash' } },
        { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[0.1575, 52.6663]] }, properties: { kind: 'agriculture' } },
        { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[0.1207, 52.2084]] }, properties: { kind: 'person' } },
      ],
    });
    expect(toSitesCollection(columnsOf([])).features).toEqual([]);
  });

  it('finds the site MapLibre drew from its kind and position, and the tooltip’s facts in words', () => {
    expect(siteDetails(shown, { kind: 'hand_car_wash', lat: 52.20841, lon: 0.12069 })).toEqual({
      id: 'site-1',
      label: 'Sparkle Hand Car Wash',
      kind: 'Hand car wash',
      exploitation: 'Hand car wash, Labour exploitation',
      grade: '1-B-P',
    });
    // The person placed at the car wash shares its position: the kind tells them apart.
    expect(siteDetails(shown, { kind: 'person', lat: 52.2084, lon: 0.1207 })).toMatchObject({ id: 'person-1', kind: 'Person', exploitation: '', grade: '' });
    expect(hitIndex(shown, { kind: 'agriculture', lat: 52.2084, lon: 0.1207 })).toBeNull();
    expect(siteDetails(shown, { kind: 'agriculture', lat: 52.1, lon: 0.1575 })).toBeNull();
  });

  it('labels only the points in view, each with its index as id', () => {
    const inView = labelsInView(shown, [
      [0.1, 52.1],
      [0.13, 52.3],
    ]);
    expect(inView.features.map((feature) => [feature.id, feature.properties.label])).toEqual([
      [0, 'Sparkle Hand Car Wash'],
      [2, 'Ionuț Popescu'],
    ]);
    expect(labelsInView(shown, [[-1, 51], [1, 53]], 1).features).toHaveLength(1);
  });

  it('colours points by kind through one style expression, with the same colours as the legend', () => {
    const expression = kindColourExpression();
    const pairs = expression.slice(2, -1) as string[];
    expect(expression.slice(0, 2)).toEqual(['match', ['get', 'kind']]);
    expect(pairs[pairs.indexOf('hand_car_wash') + 1]).toBe(SITE_COLOURS.hand_car_wash);
    expect(pairs[pairs.indexOf('person') + 1]).toBe(PERSON_COLOUR);
    expect(kindColour('agriculture')).toBe(SITE_COLOURS.agriculture);
    expect(expression[expression.length - 1]).toBe(SITE_COLOURS.other);
  });

  it('selects, frames and legends only what is shown', () => {
    expect(indexesOf(shown, ['site-2', 'elsewhere'])).toEqual([1]);
    expect(selectedCollection(shown, ['site-2', 'elsewhere']).features.map((item) => item.properties.label)).toEqual(['Fen Edge Packhouse']);
    expect(selectedCollection(shown, []).features).toEqual([]);
    expect(boundsOf(pointsAt(shown, [0, 1]))).toEqual([
      [0.1207, 52.2084],
      [0.1575, 52.6663],
    ]);
    expect(boundsOf([])).toBeNull();
    expect(mapLegend(shown.kinds, { area: true }).map((item) => item.label)).toEqual(['Hand car wash', 'Agriculture', 'Person (at a linked site)', 'Drawn area']);
  });

  it('draws a radius as a closed ring at that distance', () => {
    const centre = { lat: 52.2084, lon: 0.1207 };
    const ring = circleRing(centre, 2000, 16);
    expect(ring).toHaveLength(17);
    expect(ring[0]).toEqual(ring[16]);
    for (const [lon, lat] of ring) expect(haversineMetres(centre, { lat, lon })).toBeCloseTo(2000, -1);
    expect(areaCollection({ kind: 'polygon', points: [centre, { lat: 52.3, lon: 0.1 }, { lat: 52.3, lon: 0.2 }] }).features[0]!.geometry.coordinates[0]).toHaveLength(4);
  });

  it('frames a drawn area whole: a radius by its circle, a polygon by its corners', () => {
    const centre = { lat: 52.2084, lon: 0.1207 };
    const [[west, south], [east, north]] = areaBounds({ kind: 'radius', centre, radiusMetres: 2000 })!;
    // 2 km is about 0.018° of latitude and 0.029° of longitude at 52° N.
    expect(north - centre.lat).toBeCloseTo(0.018, 3);
    expect(centre.lat - south).toBeCloseTo(0.018, 3);
    expect(east - centre.lon).toBeCloseTo(0.0293, 3);
    expect(centre.lon - west).toBeCloseTo(0.0293, 3);
    expect(areaBounds({ kind: 'polygon', points: [centre, { lat: 52.3, lon: 0.1 }, { lat: 52.25, lon: 0.2 }] })).toEqual([
      [0.1, 52.2084],
      [0.2, 52.3],
    ]);
  });

  it('builds a valid MapLibre style with the site layers above the basemap', () => {
    const style = buildMapStyle('dark', { sites: toSitesCollection(shown) as typeof EMPTY_COLLECTION, labels: selectedCollection(shown, ['site-1']) as typeof EMPTY_COLLECTION, selected: EMPTY_COLLECTION, area: EMPTY_COLLECTION, heatmap: true, userLayers: [] }, { baseUrl: 'app://fenlight/' });
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
