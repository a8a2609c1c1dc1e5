import { describe, expect, it } from 'vitest';
import { parseGridRef, parseGridSquare, toGridRef, type GridRef } from '@shared/identifiers';

function accepted(raw: string): GridRef {
  const result = parseGridRef(raw);
  if (!result.ok) throw new Error(`expected ${raw} to be accepted: ${result.reason}`);
  return result.value;
}

/** domain.md §5.2: town reference points converted with geodesy; ±0.5 km tolerance (~0.005°). */
const TOWNS: ReadonlyArray<[string, string, number, number]> = [
  ['Cambridge', 'TL450588', 52.2084, 0.1207],
  ['Ely', 'TL535799', 52.3956, 0.2546],
  ['Huntingdon', 'TL245725', 52.3365, -0.1741],
  ['Wisbech', 'TF460098', 52.6663, 0.1575],
  ['March', 'TL417969', 52.5515, 0.0885],
  ['Whittlesey', 'TL271967', 52.5533, -0.1268],
  ['Soham', 'TL591732', 52.3338, 0.3336],
  ['Cambourne', 'TL318598', 52.2206, -0.072],
];

describe('parseGridRef', () => {
  it('reads TL 450 588 (Cambridge) to 100 m with a WGS84 point', () => {
    const ref = accepted('TL 450 588');
    expect(ref).toMatchObject({
      letters: 'TL',
      easting: 545000,
      northing: 258800,
      precisionMetres: 100,
      display: 'TL 450 588',
    });
    // The middle of the 100 m square, so within about 70 m of the corner domain.md lists.
    expect(Math.abs(ref.lat - 52.2084)).toBeLessThan(0.001);
    expect(Math.abs(ref.lon - 0.1207)).toBeLessThan(0.001);
  });

  it.each(TOWNS)('places %s (%s) within 0.5 km of its reference point', (_town, raw, lat, lon) => {
    const ref = accepted(raw);
    expect(Math.abs(ref.lat - lat)).toBeLessThan(0.005);
    expect(Math.abs(ref.lon - lon)).toBeLessThan(0.008);
  });

  it.each([
    ['TL 45 58', 1000, 'TL 45 58'],
    ['tl4558', 1000, 'TL 45 58'],
    ['TL450588', 100, 'TL 450 588'],
    ['TL 4505 5880', 10, 'TL 4505 5880'],
    ['TL45055880', 10, 'TL 4505 5880'],
    ['TL 45050 58800', 1, 'TL 45050 58800'],
  ])('accepts %s with %i m precision, shown as %s', (raw, precisionMetres, display) => {
    expect(accepted(raw)).toMatchObject({ precisionMetres, display });
  });

  it('accepts a numeric easting, northing pair in metres', () => {
    expect(accepted('545000, 258800')).toMatchObject({
      letters: 'TL',
      easting: 545000,
      northing: 258800,
      precisionMetres: 1,
      display: 'TL 45000 58800',
    });
    expect(accepted('545000 258800').letters).toBe('TL');
  });

  it('places a coarse reference at the middle of its square, not the south-west corner', () => {
    const kilometre = accepted('TL 45 58');
    const metre = accepted('TL 45500 58500');
    expect(Math.abs(kilometre.lat - metre.lat)).toBeLessThan(0.0001);
    expect(Math.abs(kilometre.lon - metre.lon)).toBeLessThan(0.0001);
  });

  it('rejects ZZ 123 456 because ZZ is not a 100 km square', () => {
    expect(parseGridRef('ZZ 123 456')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/ZZ is not a 100 km square/),
    });
  });

  it('rejects HA 123 456, a square letter pair north of the grid', () => {
    expect(parseGridRef('HA 123 456')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/outside the OS National Grid/),
    });
  });

  it('rejects a numeric pair outside the grid', () => {
    expect(parseGridRef('900000, 100000')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/outside the OS National Grid/),
    });
  });

  it('rejects halves of different lengths', () => {
    expect(parseGridRef('TL 45 588')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/same number of figures/),
    });
  });

  it.each(['TL45058', 'TL 4', 'TL 450588 1', 'Cambridge', ''])(
    'rejects %j, which is not a grid reference',
    (raw) => {
      expect(parseGridRef(raw).ok).toBe(false);
    },
  );
});

describe('toGridRef', () => {
  it('gives Cambridge as TL 450 588 by default and to more figures on request', () => {
    expect(toGridRef(52.2084, 0.1207)).toBe('TL 450 588');
    expect(toGridRef(52.2084, 0.1207, 4)).toBe('TL 45 58');
    expect(toGridRef(52.2084, 0.1207, 10)).toMatch(/^TL 4500\d 5880\d$/);
  });

  it('round-trips a parsed reference back to the same square', () => {
    const ref = accepted('TF 460 098');
    expect(toGridRef(ref.lat, ref.lon)).toBe('TF 460 098');
  });

  it('throws a plain RangeError for a point outside the grid (Paris)', () => {
    expect(() => toGridRef(48.85, 2.35)).toThrow(/outside the OS National Grid/);
  });

  it('throws for an odd number of figures', () => {
    expect(() => toGridRef(52.2, 0.12, 5)).toThrow(RangeError);
  });
});

describe('parseGridSquare (no conversion to WGS84)', () => {
  it('reads the same square as parseGridRef, without lat and lon', () => {
    const square = parseGridSquare('TF 460 098');
    const full = parseGridRef('TF 460 098');
    expect(square.ok && full.ok).toBe(true);
    if (square.ok && full.ok) {
      expect(square.value).toEqual({
        letters: 'TF',
        easting: 546000,
        northing: 309800,
        precisionMetres: 100,
        display: 'TF 460 098',
      });
      expect(full.value).toMatchObject(square.value);
    }
  });

  it('gives the same reasons as parseGridRef', () => {
    expect(parseGridSquare('ZZ 123 456')).toEqual(parseGridRef('ZZ 123 456'));
  });
});
