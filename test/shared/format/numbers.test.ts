import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration, plural } from '@shared/format';

describe('en-GB numbers', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(100000)).toBe('100,000');
  });

  it('says one report but two reports', () => {
    expect(plural(1, 'report')).toBe('1 report');
    expect(plural(2500, 'report')).toBe('2,500 reports');
    expect(plural(3, 'entity', 'entities')).toBe('3 entities');
  });

  it('shows durations and sizes briefly', () => {
    expect(formatDuration(230.4)).toBe('230 ms');
    expect(formatDuration(1450)).toBe('1.5 s');
    expect(formatBytes(4_200_000)).toBe('4.2 MB');
    expect(formatBytes(512)).toBe('512 bytes');
  });
});
