import { describe, expect, it } from 'vitest';
import { areaDescription, areaEntitySet, idsToken } from '../../../../renderer/src/features/selection/areaFilter';

const radius = { kind: 'radius' as const, centre: { lat: 52.2084, lon: 0.1207 }, radiusMetres: 2000 };
const polygon = {
  kind: 'polygon' as const,
  points: [
    { lat: 52.3, lon: 0 },
    { lat: 52.3, lon: 0.3 },
    { lat: 52.1, lon: 0.15 },
  ],
};

describe('the drawn area as a filter', () => {
  it('gives the ids inside as a set, built once per area, and nothing without an area', () => {
    const area = { area: radius, entityIds: ['a', 'b', 'a'] };
    const set = areaEntitySet(area)!;
    expect([...set].sort()).toEqual(['a', 'b']);
    expect(areaEntitySet(area)).toBe(set);
    expect(areaEntitySet({ ...area })).not.toBe(set);
    expect(areaEntitySet(null)).toBeNull();
  });

  it('describes the area in words', () => {
    expect(areaDescription({ area: radius, entityIds: [] })).toBe('Within 2 km of 52.2084, 0.1207');
    expect(areaDescription({ area: polygon, entityIds: [] })).toBe('Drawn area (3 corners)');
  });

  it('stands a short token in for a list of ids in query keys: the same list, the same token', () => {
    const ids = ['a', 'b'];
    expect(idsToken(null)).toBe(0);
    expect(idsToken(ids)).toBe(idsToken(ids));
    expect(idsToken(ids)).not.toBe(idsToken(['a', 'b']));
    expect(idsToken(ids)).toBeGreaterThan(0);
  });
});
