import { describe, expect, it } from 'vitest';
import { LINK_TO_ITSELF, linkEndsAllowed, linkInputSchema, type LinkInput } from '@shared/schemas/link';

const valid: LinkInput = { fromId: 'ent-1', toId: 'ent-2', type: 'lives_at', strength: 'confirmed' };

function problems(changes: Record<string, unknown>, path?: string): string[] {
  const result = linkInputSchema.safeParse({ ...valid, ...changes });
  if (result.success) return [];
  return result.error.issues.filter((issue) => path === undefined || issue.path.join('.') === path).map((issue) => issue.message);
}

describe('link input', () => {
  it('accepts a link and fills its defaults', () => {
    expect(linkInputSchema.parse(valid)).toEqual({ ...valid, directed: true, validFrom: null, validTo: null, notes: '' });
  });

  it('takes the direction from the link type when none is given', () => {
    expect(linkInputSchema.parse({ ...valid, type: 'lives_at' }).directed).toBe(true);
    expect(linkInputSchema.parse({ ...valid, type: 'associate' }).directed).toBe(false);
  });

  it('keeps a direction the analyst chose', () => {
    expect(linkInputSchema.parse({ ...valid, type: 'associate', directed: true }).directed).toBe(true);
  });

  it('refuses a link to itself', () => {
    expect(problems({ toId: 'ent-1' }, 'toId')).toEqual([LINK_TO_ITSELF]);
  });

  it('refuses a missing end', () => {
    expect(problems({ fromId: undefined }, 'fromId')).toEqual(['From entity is required.']);
  });

  it('refuses an unknown link type and strength', () => {
    expect(problems({ type: 'knows' }, 'type')).toEqual(['Link type must be one of the listed link types.']);
    expect(problems({ strength: 'probable' }, 'strength')).toEqual(['Strength must be Confirmed, Unconfirmed or Tentative.']);
  });

  it('accepts a validity period in order, or an open-ended one', () => {
    expect(problems({ validFrom: '2023-01-01', validTo: '2023-06-30' })).toEqual([]);
    expect(problems({ validFrom: '2023-01-01', validTo: '2023-01-01' })).toEqual([]);
    expect(problems({ validFrom: '2023-01-01', validTo: null })).toEqual([]);
  });

  it('refuses a validity period that ends before it starts', () => {
    expect(problems({ validFrom: '2023-06-30', validTo: '2023-01-01' }, 'validTo')).toEqual([
      'Valid to (01/01/2023) cannot be before valid from (30/06/2023).',
    ]);
  });

  it('refuses an impossible validity date', () => {
    expect(problems({ validFrom: '2023-02-31' }, 'validFrom')).toEqual(['Valid from is not a real date: there is no 31/02/2023.']);
  });

  it('refuses fields a link does not have', () => {
    expect(problems({ colour: 'red' })).toEqual(['A link has no field called “colour”.']);
  });
});

describe('link ends', () => {
  it('allows ends that suit the link type', () => {
    expect(linkEndsAllowed('lives_at', 'person', 'site')).toBe(true);
    expect(linkEndsAllowed('uses_phone', 'person', 'phone')).toBe(true);
  });

  it('refuses ends that do not suit the link type', () => {
    expect(linkEndsAllowed('lives_at', 'phone', 'site')).toBe(false);
    expect(linkEndsAllowed('drives', 'person', 'site')).toBe(false);
  });
});
