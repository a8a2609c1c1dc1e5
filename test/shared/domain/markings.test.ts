import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKING as reExported } from '@shared/marking';
import {
  DEFAULT_DESCRIPTORS,
  DEFAULT_MARKING,
  formatMarking,
  highestMarking,
  markingRank,
  MAX_DESCRIPTORS,
  parseDescriptorList,
  parseMarking,
  type Marking,
} from '@shared/domain/markings';

function marking(text: string, descriptors: readonly string[] = DEFAULT_DESCRIPTORS): Marking {
  const result = parseMarking(text, descriptors);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function reason(text: string, descriptors: readonly string[] = DEFAULT_DESCRIPTORS): string {
  const result = parseMarking(text, descriptors);
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.reason;
}

describe('protective markings', () => {
  it('keeps DEFAULT_MARKING available from @shared/marking for the renderer', () => {
    expect(reExported).toBe(DEFAULT_MARKING);
    expect(DEFAULT_MARKING).toBe('OFFICIAL-SENSITIVE');
  });

  it('offers PERSONAL DATA, COMMERCIAL and LOCSEN as default descriptors', () => {
    expect(DEFAULT_DESCRIPTORS).toEqual(['PERSONAL DATA', 'COMMERCIAL', 'LOCSEN']);
  });

  it('accepts OFFICIAL', () => {
    expect(marking('OFFICIAL')).toEqual({ classification: 'OFFICIAL', sensitive: false, descriptor: null, text: 'OFFICIAL' });
  });

  it('accepts OFFICIAL-SENSITIVE', () => {
    expect(marking('OFFICIAL-SENSITIVE')).toEqual({ classification: 'OFFICIAL', sensitive: true, descriptor: null, text: 'OFFICIAL-SENSITIVE' });
  });

  it('accepts OFFICIAL-SENSITIVE with a descriptor', () => {
    expect(marking('OFFICIAL-SENSITIVE PERSONAL DATA')).toEqual({
      classification: 'OFFICIAL',
      sensitive: true,
      descriptor: 'PERSONAL DATA',
      text: 'OFFICIAL-SENSITIVE PERSONAL DATA',
    });
  });

  it.each(['official-sensitive personal data', '  OFFICIAL  SENSITIVE   PERSONAL DATA ', 'OFFICIAL-SENSITIVE - PERSONAL DATA'])(
    'forgives case and spacing in "%s" and returns capitals',
    (text) => {
      expect(marking(text).text).toBe('OFFICIAL-SENSITIVE PERSONAL DATA');
    },
  );

  it('accepts a descriptor the force has configured', () => {
    expect(marking('OFFICIAL-SENSITIVE OPERATIONAL', ['PERSONAL DATA', 'operational']).descriptor).toBe('OPERATIONAL');
  });

  it('refuses a descriptor that is not configured, listing the ones that are', () => {
    expect(reason('OFFICIAL-SENSITIVE OPERATIONAL')).toBe(
      'Protective marking descriptor “OPERATIONAL” is not one set up for this vault (PERSONAL DATA, COMMERCIAL or LOCSEN).',
    );
  });

  it('refuses a descriptor on plain OFFICIAL and says how to write it', () => {
    expect(reason('OFFICIAL PERSONAL DATA')).toBe('Protective marking descriptors qualify OFFICIAL-SENSITIVE: write OFFICIAL-SENSITIVE PERSONAL DATA.');
  });

  it('refuses SECRET with an explanation', () => {
    const text = reason('SECRET');
    expect(text).toMatch(/^SECRET material cannot be held in Fenlight\./);
    expect(text).toMatch(/OFFICIAL and OFFICIAL-SENSITIVE information only/);
  });

  it.each(['TOP SECRET', 'top secret', 'SECRET UK EYES ONLY'])('refuses %s with an explanation', (text) => {
    expect(reason(text)).toMatch(/(TOP SECRET|SECRET) material cannot be held in Fenlight/);
  });

  it.each(['PROTECT', 'PROTECT - PERSONAL', 'RESTRICTED', 'CONFIDENTIAL', 'NOT PROTECTIVELY MARKED', 'UNCLASSIFIED'])(
    'refuses the legacy GPMS marking %s and asks for it to be re-marked',
    (text) => {
      const explanation = reason(text);
      expect(explanation).toMatch(/old Government Protective Marking Scheme/);
      expect(explanation).toMatch(/Re-mark the material under the Government Security Classifications/);
    },
  );

  it('refuses blank and unknown markings', () => {
    expect(reason('  ')).toMatch(/^Protective marking is required/);
    expect(reason('OFFICIAL SENSATIVE')).toMatch(/is not recognised/);
  });

  it('quotes a long pasted marking back shortened', () => {
    expect(reason(`OFFICIAL-ISH ${'x'.repeat(200)}`)).toMatch(/^Protective marking “OFFICIAL-ISH x{24}…” is not recognised/);
  });

  it('writes markings from their parts', () => {
    expect(formatMarking({ sensitive: false, descriptor: null })).toBe('OFFICIAL');
    expect(formatMarking({ sensitive: true, descriptor: 'LOCSEN' })).toBe('OFFICIAL-SENSITIVE LOCSEN');
  });
});

describe('highest marking', () => {
  it('ranks OFFICIAL below OFFICIAL-SENSITIVE below OFFICIAL-SENSITIVE with a descriptor', () => {
    expect(markingRank(marking('OFFICIAL'))).toBeLessThan(markingRank(marking('OFFICIAL-SENSITIVE')));
    expect(markingRank(marking('OFFICIAL-SENSITIVE'))).toBeLessThan(markingRank(marking('OFFICIAL-SENSITIVE COMMERCIAL')));
  });

  it('is OFFICIAL when everything is OFFICIAL', () => {
    expect(highestMarking([marking('OFFICIAL'), marking('OFFICIAL')])?.text).toBe('OFFICIAL');
  });

  it('is OFFICIAL-SENSITIVE when anything is sensitive', () => {
    expect(highestMarking([marking('OFFICIAL'), marking('OFFICIAL-SENSITIVE')])).toEqual({
      classification: 'OFFICIAL',
      sensitive: true,
      descriptors: [],
      text: 'OFFICIAL-SENSITIVE',
    });
  });

  it('carries the descriptor of the most sensitive item', () => {
    expect(highestMarking([marking('OFFICIAL-SENSITIVE'), marking('OFFICIAL-SENSITIVE PERSONAL DATA'), marking('OFFICIAL')])?.text).toBe(
      'OFFICIAL-SENSITIVE PERSONAL DATA',
    );
  });

  it('keeps every different descriptor rather than dropping one', () => {
    const combined = highestMarking([marking('OFFICIAL-SENSITIVE PERSONAL DATA'), marking('OFFICIAL-SENSITIVE COMMERCIAL'), marking('OFFICIAL-SENSITIVE PERSONAL DATA')]);
    expect(combined?.descriptors).toEqual(['COMMERCIAL', 'PERSONAL DATA']);
    expect(combined?.text).toBe('OFFICIAL-SENSITIVE COMMERCIAL / PERSONAL DATA');
  });

  it('has no marking for an empty list', () => {
    expect(highestMarking([])).toBeNull();
  });
});

describe('descriptor list a vault sets up', () => {
  it('accepts local descriptors, in capitals, dropping blank lines', () => {
    expect(parseDescriptorList(['personal data', ' Operational ', '', 'LOCSEN'])).toEqual({
      ok: true,
      value: ['PERSONAL DATA', 'OPERATIONAL', 'LOCSEN'],
    });
  });

  it('accepts an empty list (OFFICIAL-SENSITIVE without descriptors)', () => {
    expect(parseDescriptorList([])).toEqual({ ok: true, value: [] });
  });

  it.each([['SECRET'], ['top secret stuff'], ['RESTRICTED'], ['OFFICIAL'], ['SENSITIVE']])(
    'refuses %s, which reads as a classification',
    (value) => {
      const result = parseDescriptorList([value]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/classification/);
    },
  );

  it('refuses punctuation, one-letter descriptors and duplicates', () => {
    expect(parseDescriptorList(['PERSONAL/DATA']).ok).toBe(false);
    expect(parseDescriptorList(['P']).ok).toBe(false);
    const twice = parseDescriptorList(['COMMERCIAL', 'commercial']);
    expect(twice).toEqual({ ok: false, reason: 'Descriptor COMMERCIAL is listed twice.' });
  });

  it('refuses more descriptors than a pick list can sensibly offer', () => {
    const many = Array.from({ length: MAX_DESCRIPTORS + 1 }, (_, i) => `LOCAL ${i}`);
    expect(parseDescriptorList(many).ok).toBe(false);
  });

  it('lets parseMarking accept a local descriptor once it is set up', () => {
    expect(parseMarking('official-sensitive operational', ['OPERATIONAL']).ok).toBe(true);
    expect(parseMarking('official-sensitive operational').ok).toBe(false);
  });
});
