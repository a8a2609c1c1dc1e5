import { describe, expect, it } from 'vitest';
import { foreignE164, parsePhone, ukE164, type Phone } from '@shared/identifiers';

function accepted(raw: string, defaultCountry?: string): Phone {
  const result = parsePhone(raw, defaultCountry ? { defaultCountry } : {});
  if (!result.ok) throw new Error(`expected ${raw} to be accepted: ${result.reason}`);
  return result.value;
}

describe('parsePhone: UK numbers', () => {
  it('accepts an Ofcom drama-range mobile that libphonenumber does not call valid', () => {
    expect(accepted('07700 900123')).toEqual({
      e164: '+447700900123',
      national: '07700 900123',
      type: 'mobile',
      country: 'GB',
    });
  });

  it('accepts an Ofcom drama-range landline and types it as fixed', () => {
    expect(accepted('01632 960123')).toEqual({
      e164: '+441632960123',
      national: '01632 960123',
      type: 'fixed',
      country: 'GB',
    });
  });

  it.each([
    '+44 7700 900123',
    '+44 (0)7700 900123',
    '0044 7700 900123',
    '07700-900-123',
    '(07700) 900123',
    '+447700900123',
    'tel:+447700900123',
  ])('reads %s as the same mobile', (raw) => {
    expect(accepted(raw).e164).toBe('+447700900123');
  });

  it.each([
    ['01223 358966', 'fixed'],
    ['(01733) 555123', 'fixed'],
    ['020 7946 0000', 'fixed'],
    ['0800 123 4567', 'freephone'],
    ['09061 234567', 'premium'],
    ['0300 123 4567', 'non-geographic'],
    ['07000 123456', 'personal'],
    ['07612 345678', 'pager'],
    ['07624 300123', 'mobile'],
  ])('types %s as %s', (raw, type) => {
    expect(accepted(raw).type).toBe(type);
  });

  it('places 07624 numbers on the Isle of Man', () => {
    expect(accepted('07624 300123').country).toBe('IM');
  });

  it('accepts a ten-digit 01 number (some areas have five-digit local numbers)', () => {
    expect(accepted('01223 12345').e164).toBe('+44122312345');
  });

  it.each(['0777 123', '077001234567', '07700 9001', '999', '101', '0456 123 4567'])(
    'rejects %s, which has the wrong length or range for a UK number',
    (raw) => {
      expect(parsePhone(raw)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/not a possible UK number|not a phone number/),
      });
    },
  );

  it('rejects text with letters in it', () => {
    expect(parsePhone('07700 CALLME')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/contains letters/),
    });
  });

  it('rejects an empty entry with a plain message', () => {
    expect(parsePhone('  ')).toEqual({ ok: false, reason: 'No phone number was given.' });
  });
});

describe('parsePhone: foreign numbers', () => {
  it('accepts a Romanian mobile written with +40', () => {
    expect(accepted('+40 721 234 567')).toEqual({
      e164: '+40721234567',
      national: '0721 234 567',
      type: 'mobile',
      country: 'RO',
    });
  });

  it('accepts a Lithuanian mobile written with 00370', () => {
    expect(accepted('00370 612 34567')).toMatchObject({ e164: '+37061234567', country: 'LT' });
  });

  it('reads a national number using the default country', () => {
    expect(accepted('0721 234 567', 'RO').e164).toBe('+40721234567');
  });

  it('rejects a foreign number with too few digits', () => {
    expect(parsePhone('+40 72')).toMatchObject({ ok: false });
  });

  it('asks for an allocated number only when strictForeign is set', () => {
    expect(parsePhone('+40 999 999 999').ok).toBe(true);
    expect(parsePhone('+40 999 999 999', { strictForeign: true })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not an allocated number/),
    });
  });
});

describe('fast paths used by the text extractor', () => {
  const samples = [
    '07700 900123',
    '+44 (0)7700 900123',
    '0044 7700 900123',
    '01632 960123',
    '01223 12345',
    '0800 555 111',
    '08000 121 700',
    '0777 123',
    '077001234567',
    '0456 123 4567',
    '+40 721 000 111',
    '999',
  ];

  it.each(samples)('ukE164 agrees with parsePhone on %j', (raw) => {
    const parsed = parsePhone(raw);
    const ukParsed = parsed.ok && parsed.value.e164.startsWith('+44') ? parsed.value.e164 : null;
    expect(ukE164(raw)).toBe(ukParsed);
  });

  it('foreignE164 accepts an allocated foreign number and nothing UK or unallocated', () => {
    expect(foreignE164('+40 721 000 111')).toBe('+40721000111');
    expect(foreignE164('0040 744 000 222')).toBe('+40744000222');
    expect(foreignE164('+40 999 999 999')).toBeNull();
    expect(foreignE164('+44 7700 900123')).toBeNull();
    expect(foreignE164('0721 000 111')).toBeNull();
  });
});
