import { describe, expect, it } from 'vitest';
import { boundingBox, haversineMetres, pointInPolygon } from '@shared/geo';

const cambridge = { lat: 52.2084, lon: 0.1207 };
const peterborough = { lat: 52.5725, lon: -0.2431 };

describe('geography helpers', () => {
  it('measures Cambridge to Peterborough as about 47 km', () => {
    expect(haversineMetres(cambridge, peterborough) / 1000).toBeCloseTo(47.2, 0);
  });

  it('draws a box that contains the whole circle', () => {
    const box = boundingBox(cambridge, 2000);
    for (const bearing of [0, 90, 180, 270]) {
      const rad = (bearing * Math.PI) / 180;
      const point = { lat: cambridge.lat + (Math.cos(rad) * 2000) / 111_320, lon: cambridge.lon + (Math.sin(rad) * 2000) / (111_320 * Math.cos((cambridge.lat * Math.PI) / 180)) };
      expect(point.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(point.lat).toBeLessThanOrEqual(box.maxLat);
      expect(point.lon).toBeGreaterThanOrEqual(box.minLon);
      expect(point.lon).toBeLessThanOrEqual(box.maxLon);
    }
  });

  it('tells whether a point is inside a polygon, including a concave one', () => {
    const l = [
      { lat: 0, lon: 0 },
      { lat: 0, lon: 2 },
      { lat: 1, lon: 2 },
      { lat: 1, lon: 1 },
      { lat: 2, lon: 1 },
      { lat: 2, lon: 0 },
    ];
    expect(pointInPolygon({ lat: 0.5, lon: 0.5 }, l)).toBe(true);
    expect(pointInPolygon({ lat: 1.5, lon: 0.5 }, l)).toBe(true);
    expect(pointInPolygon({ lat: 1.5, lon: 1.5 }, l)).toBe(false);
    expect(pointInPolygon({ lat: 3, lon: 3 }, l)).toBe(false);
  });
});
