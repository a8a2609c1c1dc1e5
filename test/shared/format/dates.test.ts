import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLongDate, formatTime, parseUkDate, todayInLondon } from '@shared/format';

describe('en-GB dates', () => {
  it('shows calendar dates day first', () => {
    expect(formatDate('2024-03-05')).toBe('05/03/2024');
    expect(formatLongDate('2024-03-05')).toBe('5 March 2024');
  });

  it('shows times on the 24-hour clock in Europe/London, with British Summer Time', () => {
    expect(formatDateTime('2024-07-05T13:30:00Z')).toBe('05/07/2024 14:30');
    expect(formatDateTime('2024-01-05T13:30:00Z')).toBe('05/01/2024 13:30');
    expect(formatTime('2024-07-05T22:15:00Z')).toBe('23:15');
  });

  it('does not shift a calendar date across midnight in summer', () => {
    expect(formatDate('2024-06-30')).toBe('30/06/2024');
  });

  it('returns an empty string for something that is not a date', () => {
    expect(formatDate('not a date')).toBe('');
  });

  it('reads analyst-typed dates day first', () => {
    expect(parseUkDate('05/03/2024')).toBe('2024-03-05');
    expect(parseUkDate('5/3/24')).toBe('2024-03-05');
    expect(parseUkDate('03.05.2024')).toBe('2024-05-03');
    expect(parseUkDate('2024-03-05')).toBe('2024-03-05');
    expect(parseUkDate('1/1/85')).toBe('1985-01-01');
  });

  it('refuses impossible dates', () => {
    expect(parseUkDate('31/02/2024')).toBeNull();
    expect(parseUkDate('29/02/2023')).toBeNull();
    expect(parseUkDate('29/02/2024')).toBe('2024-02-29');
    expect(parseUkDate('13/13/2024')).toBeNull();
    expect(parseUkDate('tomorrow')).toBeNull();
  });

  it('knows today’s date in London even late in the UTC evening in summer', () => {
    expect(todayInLondon(new Date('2024-07-05T23:30:00Z'))).toBe('2024-07-06');
  });
});
