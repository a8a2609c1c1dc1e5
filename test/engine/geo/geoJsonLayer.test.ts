import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GeoJsonLayer } from '@shared/contract/calls/geo';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { tempDir } from '../../helpers/tempDir';

function write(name: string, content: unknown): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const square = [
  [0.1, 52.2],
  [0.15, 52.2],
  [0.15, 52.25],
  [0.1, 52.25],
  [0.1, 52.2],
];

describe('geo.readGeoJson (analyst map layers)', () => {
  it('keeps geometry and plain properties only, and gives the bounds', async () => {
    const { engine } = await createTestVault();
    const file = write('Policing neighbourhoods.geojson', {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
      features: [
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [square] }, properties: { name: 'Cambridge City Centre', code: 7, style: { fill: 'url(https://example.org/x.png)' }, tags: ['a'] } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [-0.24, 52.57, 12] }, properties: null },
        { type: 'Feature', geometry: null, properties: { name: 'No shape' } },
      ],
    });
    const layer = value<GeoJsonLayer>(await engine.call('geo.readGeoJson', { path: file }));
    expect(layer.name).toBe('Policing neighbourhoods');
    expect(layer.skipped).toBe(1);
    expect(layer.collection.features).toHaveLength(2);
    expect(layer.collection.features[0]!.properties).toEqual({ name: 'Cambridge City Centre', code: 7 });
    expect(layer.collection.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [-0.24, 52.57] });
    expect(layer.bounds).toEqual([
      [-0.24, 52.2],
      [0.15, 52.57],
    ]);
  });

  it('refuses files that are not WGS84 GeoJSON, with the reason', async () => {
    const { engine } = await createTestVault();
    expect(expectError(await engine.call('geo.readGeoJson', { path: write('a.geojson', 'not json') }), 'INVALID_INPUT')).toMatch(/not valid JSON/);
    expect(expectError(await engine.call('geo.readGeoJson', { path: write('b.geojson', { type: 'Topology' }) }), 'INVALID_INPUT')).toMatch(/not GeoJSON/);
    const osgb = { type: 'Feature', geometry: { type: 'Point', coordinates: [545723, 258270] }, properties: {} };
    expect(expectError(await engine.call('geo.readGeoJson', { path: write('c.geojson', osgb) }), 'INVALID_INPUT')).toMatch(/eastings and northings/);
    expectError(await engine.call('geo.readGeoJson', { path: path.join(tempDir(), 'missing.geojson') }), 'NOT_FOUND');
  });
});
