import { describe, expect, it } from 'vitest';
import { normalisePostcode, parsePostcode } from '@shared/identifiers';

describe('parsePostcode', () => {
  it.each([
    ['CB1 1JG', 'CB1 1JG', 'CB1', '1JG', 'CB'],
    ['PE29 6NP', 'PE29 6NP', 'PE29', '6NP', 'PE'],
    ['pe36sj', 'PE3 6SJ', 'PE3', '6SJ', 'PE'],
    ['CB21 4AA', 'CB21 4AA', 'CB21', '4AA', 'CB'],
    ['EC1A 1BB', 'EC1A 1BB', 'EC1A', '1BB', 'EC'],
    ['W1A 0AX', 'W1A 0AX', 'W1A', '0AX', 'W'],
    ['GIR 0AA', 'GIR 0AA', 'GIR', '0AA', 'GIR'],
    ['  pe13   2xy ', 'PE13 2XY', 'PE13', '2XY', 'PE'],
  ])('accepts %s as %s', (raw, normalised, outward, inward, area) => {
    expect(parsePostcode(raw)).toEqual({ ok: true, value: { normalised, outward, inward, area } });
  });

  it('rejects CB1 1JI because inward letters never include I', () => {
    expect(parsePostcode('CB1 1JI')).toEqual({
      ok: false,
      reason: 'CB1 1JI is not a valid UK postcode: the last two letters never include C, I, K, M, O or V.',
    });
  });

  it('rejects QB1 1AA because postcodes never start with Q', () => {
    expect(parsePostcode('QB1 1AA')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/never start with Q, V or X/),
    });
  });

  it('rejects an outward code on its own, asking for the inward part', () => {
    expect(parsePostcode('CB1')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/end with a digit and two letters/),
    });
  });

  it.each(['CB1 1J', 'CB123 4AA', 'C-B1 1JG', '12345'])('rejects %s, which is not postcode-shaped', (raw) => {
    expect(parsePostcode(raw).ok).toBe(false);
  });

  it('rejects an empty entry with a plain message', () => {
    expect(parsePostcode('')).toEqual({ ok: false, reason: 'No postcode was given.' });
  });
});

describe('normalisePostcode (the extractor’s cheap check)', () => {
  it.each([
    ['pe36sj', 'PE3 6SJ'],
    ['CB1 1JG', 'CB1 1JG'],
    ['CB1 1JI', null],
    ['QB1 1AA', null],
    ['CB1', null],
  ])('normalises %j to %j, as parsePostcode would', (raw, expected) => {
    expect(normalisePostcode(raw)).toBe(expected);
    const parsed = parsePostcode(raw);
    expect(parsed.ok ? parsed.value.normalised : null).toBe(expected);
  });
});
