import { describe, expect, it } from 'vitest';
import { DEFAULT_DESCRIPTORS } from '@shared/domain/markings';
import { intelligenceAssessmentCodes, handlingCodes, sourceEvaluationCodes } from '@shared/domain/grading';
import { HANDLING_CONDITIONS_REQUIRED, reportFieldLabels, reportInputSchema, type ReportFields, type ReportInput } from '@shared/schemas/report';

const TODAY = '2024-03-05';
const schema = reportInputSchema({ descriptors: DEFAULT_DESCRIPTORS, today: TODAY });

const valid: ReportInput = {
  urn: '24/000123',
  title: 'Workers collected from lay-by near Wisbech',
  originalText: 'Caller says men are picked up at 5am from the lay-by.',
  sanitisedText: 'Men are reported to be collected early each morning from a lay-by.',
  sourceEvaluation: '2',
  intelligenceAssessment: 'C',
  handlingCode: 'P',
  protectiveMarking: 'OFFICIAL-SENSITIVE',
  sourceType: 'member_of_public',
  exploitationTypes: ['labour'],
  indicators: ['transported_to_work'],
  occurredOn: '2024-02-28',
  receivedOn: '2024-03-01',
  recordedOn: '2024-03-02',
  author: { name: 'DC Jane Smith', staffNumber: '1234' },
  district: 'E07000010',
  mopiGroup: 2,
};

function parse(changes: Record<string, unknown>) {
  return schema.safeParse({ ...valid, ...changes });
}

function accepted(changes: Record<string, unknown> = {}): ReportFields {
  const result = parse(changes);
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join('\n'));
  return result.data;
}

/** The messages for one field, by its path. */
function problems(changes: Record<string, unknown>, path?: string): string[] {
  const result = parse(changes);
  if (result.success) return [];
  return result.error.issues.filter((issue) => path === undefined || issue.path.join('.') === path).map((issue) => issue.message);
}

describe('report input: the whole report', () => {
  it('accepts a complete, valid report', () => {
    expect(accepted()).toMatchObject({ urn: '24/000123', sourceEvaluation: '2', intelligenceAssessment: 'C', handlingCode: 'P' });
  });

  it('fills defaults for the optional fields', () => {
    const { originalText: _o, sanitisedText: _s, exploitationTypes: _e, indicators: _i, occurredOn: _d, district: _di, ...minimal } = valid;
    const result = schema.safeParse(minimal);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data).toMatchObject({
        originalText: '',
        sanitisedText: '',
        handlingConditions: '',
        exploitationTypes: [],
        indicators: [],
        occurredOn: null,
        district: null,
        legacyGrade: null,
      });
    }
  });

  it('names every missing required field as the UI labels it, in a sentence', () => {
    const result = schema.safeParse({});
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => issue.message)).toEqual([
        'URN is required.',
        'Title is required.',
        'Source evaluation is required.',
        'Intelligence assessment is required.',
        'Handling code is required.',
        'Protective marking is required.',
        'Source type is required.',
        'Date received is required.',
        'Date recorded is required.',
        'Author is required.',
        'MoPI group is required.',
      ]);
    }
  });

  it('refuses fields a report does not have', () => {
    expect(problems({ sourceName: 'Mr X' })).toEqual(['A report has no field called “sourceName”.']);
  });

  it('reports every problem at once, including cross-field ones', () => {
    const messages = problems({ urn: '', handlingCode: 'C', occurredOn: '2024-03-02', receivedOn: '2024-03-01' });
    expect(messages).toEqual(
      expect.arrayContaining(['URN is required.', HANDLING_CONDITIONS_REQUIRED, 'Date occurred (02/03/2024) cannot be after the date received (01/03/2024).']),
    );
  });

  it('refuses input that is not a report at all, without running the cross-field rules', () => {
    for (const input of [null, 'report', [], ['labour']]) {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues.map((issue) => issue.message)).toEqual(['The report details are missing.']);
    }
  });

  it('labels the fields for the UI', () => {
    expect(reportFieldLabels.sourceEvaluation).toBe('Source evaluation');
    expect(reportFieldLabels.handlingConditions).toBe('Handling conditions');
  });

  it('refuses to build without a real date for today', () => {
    expect(() => reportInputSchema({ descriptors: DEFAULT_DESCRIPTORS, today: '05/03/2024' })).toThrow(RangeError);
  });
});

describe('report input: URN and title', () => {
  it('trims the URN and keeps it otherwise as given (force formats differ)', () => {
    expect(accepted({ urn: '  CAM/24/ir-0001  ' }).urn).toBe('CAM/24/ir-0001');
  });

  it('refuses a blank URN', () => {
    expect(problems({ urn: '   ' }, 'urn')).toEqual(['URN is required.']);
  });

  it('refuses a URN longer than 64 characters', () => {
    expect(accepted({ urn: 'U'.repeat(64) }).urn).toHaveLength(64);
    expect(problems({ urn: 'U'.repeat(65) }, 'urn')).toEqual(['URN can be at most 64 characters.']);
  });

  it('refuses a URN that is not text', () => {
    expect(problems({ urn: 123 }, 'urn')).toEqual(['URN must be text.']);
  });

  it('refuses a blank title and one over 200 characters', () => {
    expect(problems({ title: '' }, 'title')).toEqual(['Title is required.']);
    expect(problems({ title: 'T'.repeat(201) }, 'title')).toEqual(['Title can be at most 200 characters.']);
  });

  it('refuses a title split over lines', () => {
    expect(problems({ title: 'Car wash\nWisbech' }, 'title')).toEqual(['Title must be on one line.']);
  });

  it('accepts an empty original text', () => {
    expect(accepted({ originalText: '' }).originalText).toBe('');
  });

  it('keeps report text exactly as written, including its spacing', () => {
    expect(accepted({ sanitisedText: '  Line one\n  Line two  ' }).sanitisedText).toBe('  Line one\n  Line two  ');
  });
});

describe('report input: grading', () => {
  it.each(sourceEvaluationCodes)('accepts source evaluation %s', (code) => {
    expect(accepted({ sourceEvaluation: code }).sourceEvaluation).toBe(code);
  });

  it('refuses a bad source evaluation', () => {
    expect(problems({ sourceEvaluation: '4' }, 'sourceEvaluation')).toEqual([
      'Source evaluation must be 1 (Reliable), 2 (Untested) or 3 (Not reliable).',
    ]);
    expect(problems({ sourceEvaluation: 1 }, 'sourceEvaluation')).toHaveLength(1);
  });

  it.each(intelligenceAssessmentCodes)('accepts intelligence assessment %s', (code) => {
    expect(accepted({ intelligenceAssessment: code }).intelligenceAssessment).toBe(code);
  });

  it('refuses a bad intelligence assessment', () => {
    expect(problems({ intelligenceAssessment: 'F' }, 'intelligenceAssessment')).toEqual(['Intelligence assessment must be a letter from A to E.']);
  });

  it.each(handlingCodes)('accepts handling code %s', (code) => {
    const conditions = code === 'C' ? 'Do not disclose to the subject.' : '';
    expect(accepted({ handlingCode: code, handlingConditions: conditions }).handlingCode).toBe(code);
  });

  it('refuses a bad handling code', () => {
    expect(problems({ handlingCode: '4' }, 'handlingCode')).toEqual([
      'Handling code must be P (lawful sharing permitted) or C (lawful sharing permitted with conditions).',
    ]);
  });

  it('refuses a handling code C report without conditions', () => {
    expect(problems({ handlingCode: 'C' }, 'handlingConditions')).toEqual([HANDLING_CONDITIONS_REQUIRED]);
    expect(problems({ handlingCode: 'C', handlingConditions: '   ' }, 'handlingConditions')).toEqual([HANDLING_CONDITIONS_REQUIRED]);
  });

  it('accepts a handling code C report with conditions, trimmed', () => {
    expect(accepted({ handlingCode: 'C', handlingConditions: '  No onward dissemination without the originator’s consent. ' }).handlingConditions).toBe(
      'No onward dissemination without the originator’s consent.',
    );
  });

  it('refuses handling conditions on a handling code P report', () => {
    expect(problems({ handlingCode: 'P', handlingConditions: 'Do not disclose to the subject.' }, 'handlingConditions')).toEqual([
      'Handling conditions apply only to handling code C: remove them, or change the handling code to C.',
    ]);
  });
});

describe('report input: protective marking', () => {
  it('stores the marking in canonical capitals', () => {
    expect(accepted({ protectiveMarking: 'official-sensitive personal data' }).protectiveMarking).toBe('OFFICIAL-SENSITIVE PERSONAL DATA');
  });

  it('refuses SECRET with an explanation', () => {
    expect(problems({ protectiveMarking: 'SECRET' }, 'protectiveMarking')[0]).toMatch(/^SECRET material cannot be held in Fenlight\./);
  });

  it('refuses a legacy GPMS marking', () => {
    expect(problems({ protectiveMarking: 'RESTRICTED' }, 'protectiveMarking')[0]).toMatch(/Re-mark the material under the Government Security Classifications/);
  });

  it('uses the vault’s own descriptor list', () => {
    const local = reportInputSchema({ descriptors: ['OPERATIONAL'], today: TODAY });
    expect(local.safeParse({ ...valid, protectiveMarking: 'OFFICIAL-SENSITIVE OPERATIONAL' }).success).toBe(true);
    expect(local.safeParse({ ...valid, protectiveMarking: 'OFFICIAL-SENSITIVE PERSONAL DATA' }).success).toBe(false);
  });
});

describe('report input: codes from the vocabularies', () => {
  it('refuses an unknown source type', () => {
    expect(problems({ sourceType: 'informant' }, 'sourceType')).toEqual(['Source type must be one of the listed source types.']);
  });

  it('refuses an exploitation type listed twice', () => {
    expect(problems({ exploitationTypes: ['labour', 'sexual', 'labour'] }, 'exploitationTypes.2')).toEqual([
      'Exploitation types lists “Labour exploitation” more than once.',
    ]);
  });

  it('refuses an unknown exploitation type', () => {
    expect(problems({ exploitationTypes: ['slavery'] }, 'exploitationTypes.0')).toEqual(['Exploitation types must be chosen from the list.']);
  });

  it('adds the core type a sub-type implies', () => {
    expect(accepted({ exploitationTypes: ['county_lines', 'forced_marriage'] }).exploitationTypes).toEqual(['county_lines', 'forced_marriage', 'criminal']);
  });

  it('lets forced marriage sit beside a core type', () => {
    expect(accepted({ exploitationTypes: ['domestic_servitude', 'forced_marriage'] }).exploitationTypes).toEqual(['domestic_servitude', 'forced_marriage']);
  });

  it('refuses "unknown" alongside a known exploitation type', () => {
    expect(problems({ exploitationTypes: ['unknown', 'hand_car_wash'] }, 'exploitationTypes')).toEqual([
      'Exploitation types cannot be both “Unknown or not specified” and a known type: remove one.',
    ]);
  });

  it('refuses an indicator listed twice', () => {
    expect(problems({ indicators: ['poor_housing', 'poor_housing'] }, 'indicators.1')).toEqual([
      'Indicators lists “Dirty, cramped or overcrowded housing (shared mattresses, no hot water)” more than once.',
    ]);
  });

  it('refuses an unknown indicator', () => {
    expect(problems({ indicators: ['nervous'] }, 'indicators.0')).toEqual(['Indicators must be chosen from the checklist.']);
  });

  it('accepts a district by its ONS code, or none', () => {
    expect(accepted({ district: 'E06000031' }).district).toBe('E06000031');
    expect(accepted({ district: null }).district).toBeNull();
  });

  it('refuses a district from outside the force area', () => {
    expect(problems({ district: 'E07000013' }, 'district')).toEqual([
      'District must be one of the six Cambridgeshire and Peterborough districts, or left blank.',
    ]);
  });
});

describe('report input: dates', () => {
  it('refuses an impossible date (31/02)', () => {
    expect(problems({ receivedOn: '2024-02-31' }, 'receivedOn')).toEqual(['Date received is not a real date: there is no 31/02/2024.']);
  });

  it('refuses 29/02 in a year that is not a leap year, and accepts it in one that is', () => {
    expect(problems({ occurredOn: '2023-02-29' }, 'occurredOn')).toEqual(['Date occurred is not a real date: there is no 29/02/2023.']);
    expect(accepted({ occurredOn: '2024-02-29' }).occurredOn).toBe('2024-02-29');
  });

  it('refuses a date not written as yyyy-mm-dd (the UI converts en-GB entry first)', () => {
    expect(problems({ recordedOn: '02/03/2024' }, 'recordedOn')).toEqual(['Date recorded must be a date written as yyyy-mm-dd.']);
  });

  it('refuses a future date', () => {
    expect(problems({ recordedOn: '2024-03-06' }, 'recordedOn')).toEqual(['Date recorded cannot be in the future (today is 05/03/2024).']);
  });

  it('accepts today', () => {
    expect(accepted({ occurredOn: TODAY, receivedOn: TODAY, recordedOn: TODAY }).recordedOn).toBe(TODAY);
  });

  it('refuses a report whose events occurred after it was received', () => {
    expect(problems({ occurredOn: '2024-03-02', receivedOn: '2024-03-01' }, 'occurredOn')).toEqual([
      'Date occurred (02/03/2024) cannot be after the date received (01/03/2024).',
    ]);
  });

  it('refuses a report received after it was recorded', () => {
    expect(problems({ receivedOn: '2024-03-03', recordedOn: '2024-03-02' }, 'receivedOn')).toEqual([
      'Date received (03/03/2024) cannot be after the date recorded (02/03/2024).',
    ]);
  });

  it('accepts a report with no known date of occurrence', () => {
    expect(accepted({ occurredOn: null }).occurredOn).toBeNull();
  });

  it('reports an impossible date once, not again as out of order', () => {
    expect(problems({ occurredOn: '2024-02-30' })).toEqual(['Date occurred is not a real date: there is no 30/02/2024.']);
  });
});

describe('report input: author', () => {
  it('takes a name and an optional staff number', () => {
    expect(accepted({ author: { name: ' DC Jane Smith ' } }).author).toEqual({ name: 'DC Jane Smith', staffNumber: null });
  });

  it('refuses an author without a name', () => {
    expect(problems({ author: { name: '', staffNumber: '1234' } }, 'author.name')).toEqual(['Author name is required.']);
  });
});

describe('report input: MoPI review', () => {
  it('defaults the next review date from the MoPI group and the date recorded', () => {
    expect(accepted({ mopiGroup: 3, recordedOn: '2024-03-02' }).nextReviewDate).toBe('2030-03-02');
    expect(accepted({ mopiGroup: 2, recordedOn: '2024-03-02' }).nextReviewDate).toBe('2034-03-02');
  });

  it('keeps a next review date that is given', () => {
    expect(accepted({ nextReviewDate: '2025-03-02' }).nextReviewDate).toBe('2025-03-02');
  });

  it('refuses a next review date on or before the date recorded', () => {
    expect(problems({ nextReviewDate: '2024-03-02' }, 'nextReviewDate')).toEqual([
      'Next review date (02/03/2024) must be after the date recorded (02/03/2024).',
    ]);
  });

  it('refuses a MoPI group other than 1, 2 or 3', () => {
    expect(problems({ mopiGroup: 4 }, 'mopiGroup')).toEqual(['MoPI group must be 1, 2 or 3.']);
    expect(problems({ mopiGroup: '2' }, 'mopiGroup')).toEqual(['MoPI group must be 1, 2 or 3.']);
  });
});

describe('report input: legacy 5x5x5 grade', () => {
  it('keeps a legacy grade verbatim', () => {
    expect(accepted({ legacyGrade: 'b35' }).legacyGrade).toBe('b35');
    expect(accepted({ legacyGrade: 'B 3 5' }).legacyGrade).toBe('B 3 5');
  });

  it('does not convert a legacy grade into the 3x5x2 fields', () => {
    const report = accepted({ legacyGrade: 'A11', sourceEvaluation: '3', intelligenceAssessment: 'E' });
    expect(report).toMatchObject({ legacyGrade: 'A11', sourceEvaluation: '3', intelligenceAssessment: 'E' });
  });

  it('refuses a legacy grade that is not valid 5x5x5', () => {
    expect(problems({ legacyGrade: 'B36' }, 'legacyGrade')[0]).toMatch(/^Legacy 5x5x5 grade “B36” is not valid/);
    expect(problems({ legacyGrade: '1-B-P' }, 'legacyGrade')).toHaveLength(1);
  });

  it('treats a blank legacy grade as none', () => {
    expect(accepted({ legacyGrade: '' }).legacyGrade).toBeNull();
  });
});
