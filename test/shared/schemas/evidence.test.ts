import { describe, expect, it } from 'vitest';
import { evidenceInputSchema } from '@shared/schemas/evidence';

describe('evidence input', () => {
  it('takes a report and an optional note', () => {
    expect(evidenceInputSchema.parse({ reportId: 'rep-1' })).toEqual({ reportId: 'rep-1', note: '' });
    expect(evidenceInputSchema.parse({ reportId: 'rep-1', note: ' Names him as the driver. ' })).toEqual({
      reportId: 'rep-1',
      note: 'Names him as the driver.',
    });
  });

  it('refuses evidence without a report', () => {
    const result = evidenceInputSchema.safeParse({ note: 'x' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.message)).toEqual(['Report is required.']);
  });

  it('refuses a grade on the evidence itself (the report carries it)', () => {
    expect(evidenceInputSchema.safeParse({ reportId: 'rep-1', grade: '1-A-P' }).success).toBe(false);
  });
});
