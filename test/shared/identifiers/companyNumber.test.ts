import { describe, expect, it } from 'vitest';
import { parseCompanyNumber } from '@shared/identifiers';

describe('parseCompanyNumber', () => {
  it('pads a number that lost its leading zeros: 123456 → 00123456', () => {
    expect(parseCompanyNumber('123456')).toEqual({
      ok: true,
      value: { normalised: '00123456', prefix: null, register: 'company (England and Wales)' },
    });
  });

  it.each([
    ['SC123456', 'SC123456', 'SC'],
    ['sc 12345', 'SC012345', 'SC'],
    ['NI012345', 'NI012345', 'NI'],
    ['OC301234', 'OC301234', 'OC'],
    ['SO301234', 'SO301234', 'SO'],
    ['NC001234', 'NC001234', 'NC'],
    ['R0000123', 'R0000123', 'R0'],
    ['LP012345', 'LP012345', 'LP'],
    ['SL12', 'SL000012', 'SL'],
  ])('accepts %s as %s on the %s register', (raw, normalised, prefix) => {
    expect(parseCompanyNumber(raw)).toMatchObject({ ok: true, value: { normalised, prefix } });
  });

  it('says what the register is in words', () => {
    expect(parseCompanyNumber('SC123456')).toMatchObject({ value: { register: 'Scottish company' } });
  });

  it('rejects an unknown prefix such as XX', () => {
    expect(parseCompanyNumber('XX123456')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/XX is not a register prefix/),
    });
  });

  it.each(['123456789', 'SC1234567', 'ABC12345', 'SC', ''])(
    'rejects %j, which is not 8 characters of the right shape',
    (raw) => {
      expect(parseCompanyNumber(raw).ok).toBe(false);
    },
  );
});
