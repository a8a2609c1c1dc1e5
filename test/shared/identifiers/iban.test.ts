import { describe, expect, it } from 'vitest';
import { parseIban } from '@shared/identifiers';

describe('parseIban', () => {
  it('accepts the standard GB example and exposes the UK account inside it', () => {
    expect(parseIban('GB82 WEST 1234 5698 7654 32')).toEqual({
      ok: true,
      value: {
        normalised: 'GB82WEST12345698765432',
        display: 'GB82 WEST 1234 5698 7654 32',
        country: 'GB',
        ukAccount: { sortCode: '12-34-56', accountNumber: '98765432', normalised: '12345698765432' },
      },
    });
  });

  it.each([
    'RO49 AAAA 1B31 0075 9384 0000',
    'LT12 1000 0111 0100 1000',
    'DE89 3704 0044 0532 0130 00',
    'iban: gb82west12345698765432',
  ])('accepts %j, whose check digits match', (raw) => {
    expect(parseIban(raw).ok).toBe(true);
  });

  it('rejects a one-character typing error because mod-97 fails', () => {
    expect(parseIban('GB82 WEST 1234 5698 7654 33')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/check digits do not match/),
    });
  });

  it('rejects a GB IBAN of the wrong length', () => {
    expect(parseIban('GB82 WEST 1234 5698 7654 3')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/GB IBANs have 22/),
    });
  });

  it.each(['12345678', 'GBXX WEST 1234', ''])('rejects %j, which is not IBAN-shaped', (raw) => {
    expect(parseIban(raw).ok).toBe(false);
  });
});
