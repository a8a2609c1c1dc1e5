import { describe, expect, it } from 'vitest';
import type { Area, MapFeatures } from '@shared/contract/calls/geo';
import { haversineMetres, pointInPolygon, type LatLon } from '@shared/geo';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { createEntity, createReport } from '../../helpers/records';

/** A deterministic scatter of sites across the county (and a few outside it). */
function scatter(count: number): LatLon[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
  return Array.from({ length: count }, () => ({ lat: 52.0 + random() * 0.8, lon: -0.55 + random() * 1.1 }));
}

async function vaultWithSites(points: LatLon[]) {
  const vault = await createTestVault();
  const ids: string[] = [];
  const session = vault.engine.vaults.requireSession();
  // Built directly through the engine's own stores for speed; the contract path is tested elsewhere.
  const { recordStores } = await import('../../../electron/engine/records/recordStores');
  const stores = recordStores(session, () => new Date());
  session.transaction(() => {
    points.forEach((point, index) => {
      ids.push(stores.entities.create({ type: 'site', name: `Site ${index}`, lines: [], town: null, postcode: null, location: { lat: Math.round(point.lat * 1e6) / 1e6, lon: Math.round(point.lon * 1e6) / 1e6 }, gridRef: null, siteType: 'hmo_shared_house', district: null }));
    });
  });
  return { ...vault, ids };
}

describe('area queries on the map (R*Tree)', () => {
  const points = scatter(600);

  it('finds exactly the sites within a radius, as a brute-force check does', async () => {
    const { engine, ids } = await vaultWithSites(points);
    for (const [centre, radius] of [
      [{ lat: 52.2084, lon: 0.1207 }, 2000],
      [{ lat: 52.5725, lon: -0.2431 }, 5000],
      [{ lat: 52.6663, lon: 0.1575 }, 10_000],
    ] as const) {
      const area: Area = { kind: 'radius', centre, radiusMetres: radius };
      const found = value<{ entityIds: string[] }>(await engine.call('geo.within', { area, includeLinked: false })).entityIds.sort();
      const expected = ids.filter((_, i) => haversineMetres(centre, points[i]!) <= radius - 1).sort();
      const borderline = ids.filter((_, i) => Math.abs(haversineMetres(centre, points[i]!) - radius) < 1);
      expect(found.filter((id) => !borderline.includes(id))).toEqual(expected.filter((id) => !borderline.includes(id)));
    }
  });

  it('finds exactly the sites inside a drawn polygon, as a brute-force check does', async () => {
    const { engine, ids } = await vaultWithSites(points);
    const polygon: LatLon[] = [
      { lat: 52.3, lon: -0.3 },
      { lat: 52.6, lon: -0.1 },
      { lat: 52.5, lon: 0.3 },
      { lat: 52.35, lon: 0.1 },
      { lat: 52.2, lon: 0.2 },
    ];
    const found = value<{ entityIds: string[] }>(await engine.call('geo.within', { area: { kind: 'polygon', points: polygon }, includeLinked: false })).entityIds.sort();
    expect(found).toEqual(ids.filter((_, i) => pointInPolygon(points[i]!, polygon)).sort());
    expect(found.length).toBeGreaterThan(20);
  });

  it('includes people and vehicles linked to the sites inside the area', async () => {
    const { engine } = await createTestVault();
    const carWash = await createEntity(engine, { type: 'site', name: 'Sparkle Hand Car Wash', location: { lat: 52.21, lon: 0.12 }, siteType: 'hand_car_wash' });
    const far = await createEntity(engine, { type: 'site', name: 'Farm', location: { lat: 52.6, lon: 0.1 }, siteType: 'agriculture' });
    const worker = await createEntity(engine, { type: 'person', name: 'Marius Ionescu', category: 'potential_victim' });
    value(await engine.call('links.create', { link: { fromId: worker.summary.id, toId: carWash.summary.id, type: 'works_at', strength: 'confirmed' } }));
    const ids = value<{ entityIds: string[] }>(await engine.call('geo.within', { area: { kind: 'radius', centre: { lat: 52.2084, lon: 0.1207 }, radiusMetres: 2000 } })).entityIds;
    expect(ids.sort()).toEqual([carWash.summary.id, worker.summary.id].sort());
    expect(ids).not.toContain(far.summary.id);
  });
});

describe('map features', () => {
  it('shows sites with their best grade, exploitation types and dates, filtered by time, grade, site type and exploitation', async () => {
    const { engine } = await createTestVault();
    const early = await createReport(engine, { sourceEvaluation: '1', intelligenceAssessment: 'B', occurredOn: '2025-06-01', receivedOn: '2025-06-02', recordedOn: '2025-06-02', exploitationTypes: ['hand_car_wash'] });
    const late = await createReport(engine, { sourceEvaluation: '3', intelligenceAssessment: 'D', occurredOn: '2026-02-01', exploitationTypes: ['cannabis_cultivation'] });
    const wash = await createEntity(engine, { type: 'site', name: 'Car wash', location: { lat: 52.21, lon: 0.12 }, siteType: 'hand_car_wash' }, [early.summary.id]);
    const grow = await createEntity(engine, { type: 'site', name: 'House', location: { lat: 52.57, lon: -0.24 }, siteType: 'cannabis_farm' }, [late.summary.id]);
    const features = async (filter: Record<string, unknown>) =>
      value<{ features: MapFeatures }>(await engine.call('geo.features', { filter })).features.ids.slice().sort();
    expect(await features({})).toEqual([wash.summary.id, grow.summary.id].sort());
    expect(await features({ from: '2026-01-01' })).toEqual([grow.summary.id]);
    expect(await features({ minGrade: { source: '2', assessment: 'C' } })).toEqual([wash.summary.id]);
    expect(await features({ siteTypes: ['cannabis_farm'] })).toEqual([grow.summary.id]);
    expect(await features({ exploitationTypes: ['hand_car_wash'] })).toEqual([wash.summary.id]);
    const all = value<{ features: MapFeatures; dateRange: unknown }>(await engine.call('geo.features', {}));
    const at = all.features.ids.indexOf(wash.summary.id);
    expect({
      label: all.features.labels[at],
      kind: all.features.kinds[at],
      at: [all.features.lats[at], all.features.lons[at]],
      bestGrade: all.features.bestGrades[at],
      exploitationTypes: all.features.exploitationTypes[at],
      firstOccurred: all.features.firstOccurred[at],
      lastOccurred: all.features.lastOccurred[at],
      atSiteId: all.features.atSiteIds[at],
    }).toEqual({
      label: 'Car wash',
      kind: 'hand_car_wash',
      at: [52.21, 0.12],
      bestGrade: { source: '1', assessment: 'B', handling: 'P' },
      // The report's sub-type brings its core type with it.
      exploitationTypes: ['hand_car_wash', 'labour'],
      firstOccurred: '2025-06-01',
      lastOccurred: '2025-06-01',
      atSiteId: null,
    });
    // Every column has one entry per point.
    for (const column of Object.values(all.features)) expect(column).toHaveLength(2);
    expect(all.dateRange).toEqual({ first: '2025-06-01', last: '2026-02-01' });
  });

  it('places linked people and vehicles at their site when asked, and says when the list was cut short', async () => {
    const { engine } = await createTestVault();
    const wash = await createEntity(engine, { type: 'site', name: 'Sparkle Hand Car Wash', location: { lat: 52.21, lon: 0.12 }, siteType: 'hand_car_wash' });
    await createEntity(engine, { type: 'site', name: 'Farm', location: { lat: 52.6, lon: 0.1 }, siteType: 'agriculture' });
    const worker = await createEntity(engine, { type: 'person', name: 'Marius Ionescu', category: 'potential_victim' });
    value(await engine.call('links.create', { link: { fromId: worker.summary.id, toId: wash.summary.id, type: 'works_at', strength: 'confirmed' } }));
    const sitesOnly = value<{ features: MapFeatures }>(await engine.call('geo.features', {})).features;
    expect(sitesOnly.ids).not.toContain(worker.summary.id);
    const linked = value<{ features: MapFeatures }>(await engine.call('geo.features', { includeLinked: true })).features;
    const at = linked.ids.indexOf(worker.summary.id);
    expect([linked.kinds[at], linked.labels[at], linked.atSiteIds[at], linked.lats[at], linked.lons[at]]).toEqual(['person', 'Marius Ionescu', wash.summary.id, 52.21, 0.12]);
    const cut = value<{ features: MapFeatures; truncated: boolean }>(await engine.call('geo.features', { limit: 1 }));
    expect([cut.features.ids.length, cut.truncated]).toEqual([1, true]);
  });

  it('logs showing records on the map as a consultation', async () => {
    const { engine } = await createTestVault();
    const site = await createEntity(engine, { type: 'site', name: 'Car wash', location: { lat: 52.21, lon: 0.12 }, siteType: 'hand_car_wash' });
    value(await engine.call('geo.features', {}));
    const { entries } = value<{ entries: Array<{ action: string; operation: string }> }>(await engine.call('audit.list', { targetId: site.summary.id }));
    expect(entries.map((entry) => `${entry.action} ${entry.operation}`)).toContain('CONSULT geo.features');
  });
});

describe('offline postcode look-up', () => {
  it('says no directory has been imported, and that Fenlight ships none', async () => {
    const { engine } = await createTestVault();
    expect(expectError(await engine.call('geo.lookupPostcode', { postcode: 'CB1 1JG' }), 'NOT_FOUND')).toMatch(/ships none/);
  });

  it('refuses a malformed postcode with the reason', async () => {
    const { engine } = await createTestVault();
    expectError(await engine.call('geo.lookupPostcode', { postcode: 'CB1 1JI' }), 'INVALID_INPUT');
  });

  it('places a known postcode and gives its grid reference; says an unknown one is not in the directory', async () => {
    const { engine } = await createTestVault();
    engine.vaults.requireSession().db.prepare("INSERT INTO postcode_location (postcode, lat, lon) VALUES ('CB1 1JG', 52.2034, 0.1310)").run();
    expect(value(await engine.call('geo.lookupPostcode', { postcode: 'cb11jg' }))).toEqual({ postcode: 'CB1 1JG', lat: 52.2034, lon: 0.131, gridRef: expect.stringMatching(/^TL 45\d 58\d$/) });
    expect(expectError(await engine.call('geo.lookupPostcode', { postcode: 'PE13 2AA' }), 'NOT_FOUND')).toMatch(/not in the imported postcode directory/);
  });
});
