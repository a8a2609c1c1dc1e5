import { describe, expect, it } from 'vitest';
import { parseUkBankAccount } from '@shared/identifiers';

describe('parseUkBankAccount', () => {
  it('shows the sort code as NN-NN-NN and keys on sort code plus account', () => {
    expect(parseUkBankAccount({ sortCode: '123456', accountNumber: '12345678' })).toEqual({
      ok: true,
      value: { sortCode: '12-34-56', accountNumber: '12345678', normalised: '12345612345678' },
    });
  });

  it.each(['12-34-56', '12 34 56', ' 12.34.56 '])('reads the sort code %j', (sortCode) => {
    expect(parseUkBankAccount({ sortCode, accountNumber: '12345678' })).toMatchObject({
      ok: true,
      value: { sortCode: '12-34-56' },
    });
  });

  it('pads a 7-digit account number with a leading zero', () => {
    expect(parseUkBankAccount({ sortCode: '12-34-56', accountNumber: '1234567' })).toMatchObject({
      value: { accountNumber: '01234567' },
    });
  });

  it('rejects a five-digit sort code', () => {
    expect(parseUkBankAccount({ sortCode: '12-34-5', accountNumber: '12345678' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/sort code is 6 digits/),
    });
  });

  it('rejects a nine-digit account number', () => {
    expect(parseUkBankAccount({ sortCode: '12-34-56', accountNumber: '123456789' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/8 digits/),
    });
  });

  it('rejects letters in the account number', () => {
    expect(parseUkBankAccount({ sortCode: '12-34-56', accountNumber: '1234ABCD' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/digits only/),
    });
  });
});
