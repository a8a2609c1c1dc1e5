import { describe, expect, it } from 'vitest';
import { extractFromText, type Extraction, type ExtractionKind } from '@shared/extraction';

const today = new Date('2025-01-15T12:00:00Z');

function found(text: string): Array<[ExtractionKind, string]> {
  return extractFromText(text, { today }).map((extraction) => [extraction.kind, extraction.normalised]);
}

function only(text: string, kind: ExtractionKind): string[] {
  return extractFromText(text, { today })
    .filter((extraction) => extraction.kind === kind)
    .map((extraction) => extraction.normalised);
}

describe('extractFromText: shape of the result', () => {
  it('gives offsets into the original text, sorted by start', () => {
    const text = 'Seen 05/03/2024: AB12 CDE at CB1 1JG, phone 07700 900123.';
    const result = extractFromText(text, { today });
    expect(result.map((extraction) => extraction.kind)).toEqual(['date', 'vrm', 'postcode', 'phone']);
    for (const extraction of result)
      expect(text.slice(extraction.start, extraction.end)).toBe(extraction.text);
    expect(result[1]).toEqual<Extraction>({
      kind: 'vrm',
      start: 17,
      end: 25,
      text: 'AB12 CDE',
      normalised: 'AB12CDE',
    });
  });

  it('returns nothing for empty text', () => {
    expect(extractFromText('')).toEqual([]);
  });

  it('never returns overlapping extractions', () => {
    const result = extractFromText(
      'reg CB1 1JG? no: postcode CB1 1JG, VRM AB12CDE, tel 07700900123 or ionut@example.com',
      { today },
    );
    for (let i = 1; i < result.length; i++)
      expect(result[i]!.start).toBeGreaterThanOrEqual(result[i - 1]!.end);
  });

  it('prefers the postcode when a cue word makes its first half look like a dateless plate', () => {
    expect(found('reg CB1 1JG')).toEqual([['postcode', 'CB1 1JG']]);
  });
});

describe('extractFromText: vehicle registrations', () => {
  it.each([
    ['Vauxhall Vivaro KP68 WDT was seen', 'KP68WDT'],
    ['plate AE19XKT on the van', 'AE19XKT'],
    ['a Land Rover, LHJ 455P, in the yard', 'LHJ455P'],
    ['a Transit, T872 MBR, parked', 'T872MBR'],
    ['an NI lorry LXZ 7421 at the packhouse', 'LXZ7421'],
  ])('finds a plate in prose: %s', (text, normalised) => {
    expect(only(text, 'vrm')).toEqual([normalised]);
  });

  it.each([
    'travelled A14 then A1(M) and M11 to B1050',
    'junction J14 of the M11 at 14:30',
    'THE CAR WASH ON THE A47 NEAR THORNEY',
    'STOPPED ON THE A14 AND A1307 AT 2330 HRS',
    'URN IR/2024/00123 and crime ref CC-20240312-0456',
    'Flat 4B, 12A High Street, Unit 14B',
    'PC 5678, PCSO 4321 and DC 4567 attended',
    'IN 2023 AND IS 2024 OR ID 1234',
    'paid £200 cash, 15% cut, aged 24 in 2019',
  ])('finds no plate in %j', (text) => {
    expect(only(text, 'vrm')).toEqual([]);
  });

  it('finds a dateless plate only after a cue word', () => {
    expect(only('a cherished plate, VRM 51 DG, on the Range Rover', 'vrm')).toEqual(['51DG']);
    expect(only('registration number: ABC 123 on a trailer', 'vrm')).toEqual(['ABC123']);
    expect(only('about 51 DG of them', 'vrm')).toEqual([]);
    expect(only('ABC 123 was written on the wall', 'vrm')).toEqual([]);
  });

  it('reads a lower-case plate after a cue word but not without one', () => {
    expect(only('reg ab12 cde seen in the car park', 'vrm')).toEqual(['AB12CDE']);
    expect(only('we saw ab12 cde in the car park', 'vrm')).toEqual([]);
  });

  it('does not read a lower-case dateless plate even after a cue', () => {
    expect(only('reg 5 in the book', 'vrm')).toEqual([]);
  });

  it('rejects a current-format plate whose age identifier is later than today', () => {
    expect(
      extractFromText('van AB75 CDE seen', { today }).filter((extraction) => extraction.kind === 'vrm'),
    ).toEqual([]);
    expect(
      extractFromText('van AB75 CDE seen', { today: new Date('2025-10-01') }).map(
        (extraction) => extraction.normalised,
      ),
    ).toEqual(['AB75CDE']);
  });

  it('rejects a Northern Ireland shape whose letters are not a county code', () => {
    expect(only('CID 12 and ZIP 500', 'vrm')).toEqual([]);
    expect(only('BIG 500', 'vrm')).toEqual(['BIG500']); // IG is Fermanagh
  });

  it('rejects prefix and suffix shapes whose letters are common words', () => {
    expect(only('A14 ALL LANES and HMO 12A', 'vrm')).toEqual([]);
  });
});

describe('extractFromText: phone numbers', () => {
  it.each([
    ['call 07700 900123 now', '+447700900123'],
    ['call 07700900123 now', '+447700900123'],
    ['call 07700-900-123 now', '+447700900123'],
    ['call (01632) 960 123 now', '+441632960123'],
    ['call +44 7700 900123 now', '+447700900123'],
    ['call +44 (0)7700 900123 now', '+447700900123'],
    ['call 0044 7700 900123 now', '+447700900123'],
    ['Tel:07700 900123.', '+447700900123'],
    ['helpline 08000 121 700', '+448000121700'],
    ['Romanian +40 721 000 111 in the advert', '+40721000111'],
    ['from 0040 744 000 222 yesterday', '+40744000222'],
  ])('finds %j', (text, e164) => {
    expect(only(text, 'phone')).toEqual([e164]);
  });

  it('still finds a phone after words such as "call log"', () => {
    expect(only('Call log: 07700 900123 rang twice', 'phone')).toEqual(['+447700900123']);
  });

  it('splits two numbers written one after the other', () => {
    expect(only('07700 900124 07700 900125', 'phone')).toEqual(['+447700900124', '+447700900125']);
  });

  it('does not swallow a count written after the number', () => {
    expect(
      extractFromText('07700 900123 called 07700 900456 43 times', { today }).map(
        (extraction) => extraction.text,
      ),
    ).toEqual(['07700 900123', '07700 900456']);
  });

  it.each([
    ['too short', "fragment '07700 9001' only"],
    ['too long', 'run 0770090012345 of digits'],
    ['a reference number', 'URN 01234 567890 refers'],
    ['a crime reference', 'crime ref 01632 960123'],
    ['an occurrence number', 'Occurrence 01234 567890 linked'],
    ['an IMEI', 'IMEI 352099001761481 seized'],
    ['an account number', 'account 01234567 and sort code 01-02-03'],
    ['a time or year', 'at 0930hrs in 2024, 14:30'],
    ['glued to a reference', 'CC-20240312-0456 and IR/2024/00123'],
    ['a foreign number that is not allocated', 'number +40 999 999 999 in the advert'],
  ])('rejects %s', (_why, text) => {
    expect(only(text, 'phone')).toEqual([]);
  });
});

describe('extractFromText: dates', () => {
  it.each([
    ['on 05/03/2024 at 14:30', '2024-03-05'],
    ['on 5/3/24 at dawn', '2024-03-05'],
    ['on 12.06.2024 the Hub', '2024-06-12'],
    ['on 22-05-2024', '2024-05-22'],
    ['on 2024-03-19 at 04:12', '2024-03-19'],
    ['on 5 March 2024', '2024-03-05'],
    ['on 5th March 2024', '2024-03-05'],
    ['on the 3rd of April 2024', '2024-04-03'],
    ['on 14 Feb 2024', '2024-02-14'],
    ['on 2nd Sept 2024', '2024-09-02'],
    ['ON 14 MARCH 2024.', '2024-03-14'],
    ['on March 15th, 2024', '2024-03-15'],
  ])('reads %j day first as %s', (text, iso) => {
    expect(only(text, 'date')).toEqual([iso]);
  });

  it('reads both ends of a hyphenated date range', () => {
    expect(only('between 05/03/24-07/03/24 at the farm', 'date')).toEqual(['2024-03-05', '2024-03-07']);
  });

  it('does not read a date glued to a reference by a hyphen', () => {
    expect(only('ref CC-05-03-2024-0456 and 05/03/2024-0456', 'date')).toEqual([]);
  });

  it.each([
    ['a month and year', 'in March 2024'],
    ['an impossible date', 'on 31/02/2024'],
    ['a day and month without a year', 'on 1/4 and 15/4'],
    ['a financial year', 'in 2023/24'],
    ['a sort code', 'sort code 10-11-12'],
    ['a version-like number', 'v1.2.3 and 10.1.1.5'],
    ['a time', 'at 14.30 or 14:30'],
  ])('does not extract %s', (_why, text) => {
    expect(only(text, 'date')).toEqual([]);
  });
});

describe('extractFromText: postcodes, NINOs, e-mail and grid references', () => {
  it('finds postcodes in capitals, and in lower case only when spaced', () => {
    expect(only('at PE13 3DZ and cb1 2la and PE36SJ', 'postcode')).toEqual([
      'PE13 3DZ',
      'CB1 2LA',
      'PE3 6SJ',
    ]);
    expect(only('code pe36sj', 'postcode')).toEqual([]);
  });

  it('ignores a district on its own and an invalid inward code', () => {
    expect(only('the PE13 area and CB1 1JI', 'postcode')).toEqual([]);
  });

  it('finds NINOs spaced or not, and not an invalid prefix', () => {
    expect(only('NINO AB 12 34 56 C and JC987654A but not GB 12 34 56 A', 'nino')).toEqual([
      'AB123456C',
      'JC987654A',
    ]);
  });

  it('finds e-mail addresses and lower-cases their domain', () => {
    expect(only('email Arben.H@Example.COM.', 'email')).toEqual(['Arben.H@example.com']);
  });

  it('finds six-figure and longer grid references without a cue', () => {
    expect(only('at TL 450 588 and TF4650 0920.', 'gridref')).toEqual(['TL 450 588', 'TF 4650 0920']);
  });

  it('needs a cue for four figures and for squares that are also words', () => {
    expect(only('a lay-by at TL 24 72', 'gridref')).toEqual([]);
    expect(only('grid ref TL 24 72', 'gridref')).toEqual(['TL 24 72']);
    expect(only('NO 123 456 of them', 'gridref')).toEqual([]);
  });

  it('reads an easting and northing pair only after a cue', () => {
    expect(only('OS grid ref 545000, 258800', 'gridref')).toEqual(['TL 45000 58800']);
    expect(only('paid 545000, 258800 in total', 'gridref')).toEqual([]);
  });
});
