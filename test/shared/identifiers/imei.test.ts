import { describe, expect, it } from 'vitest';
import { parseImei } from '@shared/identifiers';

describe('parseImei', () => {
  it('accepts a 15-digit IMEI whose Luhn check digit matches', () => {
    expect(parseImei('352099001761481')).toEqual({
      ok: true,
      value: { normalised: '352099001761481', tac: '35209900' },
    });
  });

  it('accepts an IMEI written with the usual separators', () => {
    expect(parseImei('35-209900-176148-1')).toMatchObject({
      ok: true,
      value: { normalised: '352099001761481' },
    });
    expect(parseImei('35 209900 176148 1')).toMatchObject({ ok: true });
  });

  it('rejects a mistyped IMEI because the check digit does not match', () => {
    expect(parseImei('352099001761482')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/check digit does not match/),
    });
  });

  it('explains that 14 digits lack the check digit', () => {
    expect(parseImei('35209900176148')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/check digit is missing/),
    });
  });

  it('explains that 16 digits look like an IMEISV', () => {
    expect(parseImei('3520990017614801')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/IMEISV/),
    });
  });

  it.each(['12345', 'ABCDEFGHIJKLMNO', ''])('rejects %j, which is not an IMEI', (raw) => {
    expect(parseImei(raw).ok).toBe(false);
  });
});
