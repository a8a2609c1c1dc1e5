import { describe, expect, it } from 'vitest';
import { addYears, isIsoDate, looksLikeIsoDate } from '@shared/domain/calendar';

describe('ISO calendar dates', () => {
  it('accepts real dates, including 29 February in a leap year', () => {
    expect(isIsoDate('2024-03-05')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it.each(['2023-02-29', '2024-02-31', '2024-13-01', '2024-04-31', '2024-00-10'])('refuses the impossible date %s', (text) => {
    expect(looksLikeIsoDate(text)).toBe(true);
    expect(isIsoDate(text)).toBe(false);
  });

  it('refuses dates not written yyyy-mm-dd', () => {
    expect(isIsoDate('05/03/2024')).toBe(false);
    expect(isIsoDate('2024-3-5')).toBe(false);
    expect(isIsoDate('2024-03-05T10:00:00Z')).toBe(false);
  });

  it('adds years, keeping 29 February when the target year is a leap year', () => {
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});
