import { describe, expect, it } from 'vitest';
import { parseVrm, vrmMemoryTagRegion, ageIdentifierFirstIssued, type Vrm } from '@shared/identifiers';

const today = new Date('2025-01-15T12:00:00Z');

function accepted(raw: string, options: Parameters<typeof parseVrm>[1] = { today }): Vrm {
  const result = parseVrm(raw, options);
  if (!result.ok) throw new Error(`expected ${raw} to be accepted: ${result.reason}`);
  return result.value;
}

function reason(raw: string, options: Parameters<typeof parseVrm>[1] = { today }): string {
  const result = parseVrm(raw, options);
  if (result.ok) throw new Error(`expected ${raw} to be rejected, got ${JSON.stringify(result.value)}`);
  return result.reason;
}

describe('parseVrm: UK formats (domain.md §6.1 tested samples)', () => {
  it.each([
    ['AB12 CDE', 'AB12CDE', 'AB12 CDE'],
    ['AB51ABC', 'AB51ABC', 'AB51 ABC'],
    ['AA74 XYZ', 'AA74XYZ', 'AA74 XYZ'],
    ['  ab12   cde ', 'AB12CDE', 'AB12 CDE'],
    ['AB12 CDZ', 'AB12CDZ', 'AB12 CDZ'],
  ])('accepts %s as a current-format plate', (raw, normalised, display) => {
    expect(accepted(raw)).toEqual({ normalised, display, format: 'current', country: 'GB' });
  });

  it.each([
    ['A123 BCD', 'prefix', 'A123 BCD'],
    ['a1bcd', 'prefix', 'A1 BCD'],
    ['ABC 123D', 'suffix', 'ABC 123D'],
    ['ABC1D', 'suffix', 'ABC 1D'],
    ['1 A', 'dateless', '1 A'],
    ['ABC 123', 'dateless', 'ABC 123'],
    ['9999 HY', 'dateless', '9999 HY'],
    ['AXZ 1234', 'northern-ireland', 'AXZ 1234'],
    ['DZ 1234', 'northern-ireland', 'DZ 1234'],
    ['Q123 ABC', 'q-plate', 'Q123 ABC'],
  ])('accepts %s as a %s plate shown as %s', (raw, format, display) => {
    const vrm = accepted(raw);
    expect(vrm.format).toBe(format);
    expect(vrm.display).toBe(display);
    expect(vrm.normalised).toBe(display.replace(/ /g, ''));
  });

  it('rejects AA01 XYZ because age identifier 01 was never issued', () => {
    expect(reason('AA01 XYZ')).toMatch(/01 has never been issued as an age identifier/);
  });

  it('rejects AA50 XYZ because 50 is not an age identifier', () => {
    expect(reason('AA50 XYZ')).toMatch(/50 has never been issued/);
  });

  it.each(['QA12 ABC', 'ZA12 ABC', 'IA12 ABC'])(
    'rejects %s because the memory tag never includes I, Q or Z',
    (raw) => {
      expect(reason(raw)).toMatch(/first two letters \(the memory tag\) never include I, Q or Z/);
    },
  );

  it('rejects AB12 CDI because the last three letters never include I or Q', () => {
    expect(reason('AB12 CDI')).toBe(
      'AB12 CDI is not a valid UK registration: the last three letters never include I or Q.',
    );
  });

  it('rejects a current-format plate whose age identifier is later than today', () => {
    expect(reason('AB75 CDE')).toBe(
      'AB75 CDE is not a valid UK registration: age identifier 75 is not issued until 1 September 2025.',
    );
    expect(reason('AB25 CDE')).toMatch(/not issued until 1 March 2025/);
  });

  it('accepts the same plate once its age identifier has been issued', () => {
    expect(accepted('AB25 CDE', { today: new Date('2025-03-01T00:00:00Z') }).format).toBe('current');
  });

  it.each(['HELLO', 'AB-12-CDE', '12345', 'ABCD 1234', 'IR/2024/00123'])(
    'rejects %s, which fits no UK format',
    (raw) => {
      expect(reason(raw)).toMatch(/is not a valid UK registration/);
    },
  );

  it('accepts A14 as a dateless mark (which is why prose needs a cue word before dateless plates)', () => {
    expect(accepted('A14').format).toBe('dateless');
  });

  it('rejects an empty entry with a plain message', () => {
    expect(reason('   ')).toBe('No registration was given.');
  });
});

describe('parseVrm: foreign plates', () => {
  it('accepts a Romanian plate as free text, never judging its format', () => {
    expect(accepted('b-123-abc', { country: 'ro' })).toEqual({
      normalised: 'B123ABC',
      display: 'B-123-ABC',
      format: 'foreign',
      country: 'RO',
    });
  });

  it('collapses spaces in the display of a Lithuanian plate', () => {
    expect(accepted('  KLM   123 ', { country: 'LT' })).toMatchObject({
      display: 'KLM 123',
      normalised: 'KLM123',
    });
  });

  it('treats UK as the country code GB', () => {
    expect(accepted('AB12 CDE', { country: 'UK', today }).country).toBe('GB');
  });

  it('rejects a country code that is not two letters', () => {
    expect(reason('B123ABC', { country: 'ROM' })).toMatch(/not a country code/);
  });
});

describe('age identifiers and memory tags', () => {
  it('dates 51 to September 2001 and 02 to March 2002', () => {
    expect(ageIdentifierFirstIssued(51)?.toISOString().slice(0, 10)).toBe('2001-09-01');
    expect(ageIdentifierFirstIssued(2)?.toISOString().slice(0, 10)).toBe('2002-03-01');
    expect(ageIdentifierFirstIssued(50)).toBeNull();
  });

  it('places AA–AN tags at Peterborough, AO–AU at Norwich and AV–AY at Ipswich', () => {
    expect(vrmMemoryTagRegion('AE12 CDE')).toEqual({ region: 'Anglia', office: 'Peterborough' });
    expect(vrmMemoryTagRegion('AP12 CDE')).toEqual({ region: 'Anglia', office: 'Norwich' });
    expect(vrmMemoryTagRegion('AY12 CDE')).toEqual({ region: 'Anglia', office: 'Ipswich' });
    expect(vrmMemoryTagRegion('FE12 CDE')).toEqual({ region: 'Forest and Fens' });
  });

  it('gives no region for a plate that is not current format', () => {
    expect(vrmMemoryTagRegion('A123 BCD')).toBeNull();
  });
});
