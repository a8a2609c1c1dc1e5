import { describe, expect, it } from 'vitest';
import { COMBINED_AUTHORITY, COUNTY, POLICE_FORCE_AREA, districtCodes, districtName, districts, isDistrictCode } from '@shared/domain/districts';

describe('districts', () => {
  it.each([
    ['E07000008', 'Cambridge'],
    ['E07000009', 'East Cambridgeshire'],
    ['E07000010', 'Fenland'],
    ['E07000011', 'Huntingdonshire'],
    ['E07000012', 'South Cambridgeshire'],
    ['E06000031', 'Peterborough'],
  ])('names %s as %s', (code, name) => {
    expect(districtName(code)).toBe(name);
  });

  it('has exactly the six districts of the force area', () => {
    expect(districtCodes).toHaveLength(6);
    expect(districts.map((district) => district.code)).toEqual([...districtCodes]);
  });

  it('treats Peterborough as a unitary authority outside the county council area', () => {
    const peterborough = districts.find((district) => district.name === 'Peterborough');
    expect(peterborough).toMatchObject({ kind: 'unitary authority', inCounty: false });
    expect(districts.filter((district) => district.inCounty)).toHaveLength(5);
  });

  it('has the county, combined authority and police force area codes', () => {
    expect(COUNTY.code).toBe('E10000003');
    expect(COMBINED_AUTHORITY.code).toBe('E47000008');
    expect(POLICE_FORCE_AREA.code).toBe('E23000023');
  });

  it('does not name codes from outside the six districts', () => {
    expect(districtName('E23000026')).toBeNull();
    expect(districtName('E10000003')).toBeNull();
    expect(isDistrictCode('E07000013')).toBe(false);
  });
});
