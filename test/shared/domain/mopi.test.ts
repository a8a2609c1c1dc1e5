import { describe, expect, it } from 'vitest';
import { isMopiGroup, mopiGroupLabels, mopiReviewYears, nextReviewDate } from '@shared/domain/mopi';

describe('MoPI review dates', () => {
  it('labels the three review groups', () => {
    expect(mopiGroupLabels[1]).toBe('Group 1: certain public protection matters');
    expect(mopiGroupLabels[2]).toBe('Group 2: other sexual, violent or serious offences');
    expect(mopiGroupLabels[3]).toBe('Group 3: all other offences');
  });

  it('reviews group 1 every 10 years', () => {
    expect(nextReviewDate(1, '2024-03-05')).toBe('2034-03-05');
  });

  it('reviews group 2 after a 10-year clear period', () => {
    expect(nextReviewDate(2, '2024-03-05')).toBe('2034-03-05');
  });

  it('reviews group 3 after a 6-year clear period', () => {
    expect(nextReviewDate(3, '2024-03-05')).toBe('2030-03-05');
    expect(mopiReviewYears[3]).toBe(6);
  });

  it('moves a 29 February start to 28 February when the review year is not a leap year', () => {
    expect(nextReviewDate(3, '2024-02-29')).toBe('2030-02-28');
  });

  it('leaves other dates at the end of February alone', () => {
    expect(nextReviewDate(3, '2022-02-28')).toBe('2028-02-28');
    expect(nextReviewDate(1, '2023-12-31')).toBe('2033-12-31');
  });

  it('refuses a start date that is not a real date', () => {
    expect(() => nextReviewDate(2, '2023-02-29')).toThrow(RangeError);
    expect(() => nextReviewDate(2, '05/03/2024')).toThrow(RangeError);
  });

  it('knows only groups 1, 2 and 3', () => {
    expect(isMopiGroup(2)).toBe(true);
    expect(isMopiGroup(4)).toBe(false);
    expect(isMopiGroup('2')).toBe(false);
  });
});
