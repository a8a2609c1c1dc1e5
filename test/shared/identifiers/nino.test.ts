import { describe, expect, it } from 'vitest';
import { parseNino } from '@shared/identifiers';

describe('parseNino', () => {
  it.each(['AB123456C', 'AB 12 34 56 C', 'ab 123456 c', ' AB12 34 56C '])(
    'accepts %j as AB123456C',
    (raw) => {
      expect(parseNino(raw)).toEqual({
        ok: true,
        value: { normalised: 'AB123456C', display: 'AB 12 34 56 C', administrative: false },
      });
    },
  );

  it.each(['JT482193B', 'CE 10 20 30 D', 'WP 99 88 77 A'])('accepts %s, a valid prefix and suffix', (raw) => {
    expect(parseNino(raw).ok).toBe(true);
  });

  it.each(['GB123456A', 'BG123456A', 'NK123456A', 'KN123456A', 'NT123456A', 'TN123456A', 'ZZ123456A'])(
    'rejects %s because that prefix is never issued',
    (raw) => {
      expect(parseNino(raw)).toMatchObject({ ok: false, reason: expect.stringMatching(/is never issued/) });
    },
  );

  it('rejects AO123456A because the second letter is never O', () => {
    expect(parseNino('AO123456A')).toEqual({
      ok: false,
      reason: 'AO 12 34 56 A is not a valid National Insurance number: the second letter is never O.',
    });
  });

  it.each(['DA123456A', 'QQ123456A', 'FA123456A', 'UA123456A'])(
    'rejects %s because the first letter is never D, F, I, Q, U or V',
    (raw) => {
      expect(parseNino(raw)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/first letter is never/),
      });
    },
  );

  it('rejects AD123456A because the second letter is never D', () => {
    expect(parseNino('AD123456A')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/second letter is never D/),
    });
  });

  it('rejects AB123456E because the suffix is always A to D', () => {
    expect(parseNino('AB123456E')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/always A, B, C or D/),
    });
  });

  it('explains that the final letter is missing', () => {
    expect(parseNino('AB123456')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/final letter .* is missing/),
    });
  });

  it.each(['OO123456A', 'CR123456B', 'FY123456C', 'MW123456D', 'NC123456A'])(
    'accepts %s but flags it as an administrative prefix',
    (raw) => {
      expect(parseNino(raw)).toMatchObject({ ok: true, value: { administrative: true } });
    },
  );

  it.each(['AB12345C', 'A1234567C', 'TRN 123 456', ''])('rejects %j, which is not NINO-shaped', (raw) => {
    expect(parseNino(raw).ok).toBe(false);
  });
});
