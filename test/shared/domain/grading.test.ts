import { describe, expect, it } from 'vitest';
import {
  bestGrade,
  compareGrades,
  formatGrade,
  gradeMatches,
  gradeRank,
  handlingCodeLabels,
  handlingCodes,
  intelligenceAssessmentCodes,
  intelligenceAssessmentLabels,
  isHandlingCode,
  isIntelligenceAssessment,
  isSourceEvaluation,
  parseGrade,
  parseGradeFilter,
  parseLegacyGrade,
  sourceEvaluationCodes,
  sourceEvaluationHelp,
  sourceEvaluationLabels,
  suggestLegacyMapping,
  type Grade,
  type LegacyGrade,
} from '@shared/domain/grading';

function legacy(text: string): LegacyGrade {
  const result = parseLegacyGrade(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('3x5x2 codes', () => {
  it('names the source evaluations as the APP does', () => {
    expect(sourceEvaluationLabels).toEqual({ '1': 'Reliable', '2': 'Untested', '3': 'Not reliable' });
  });

  it('names the intelligence assessments A to E', () => {
    expect(intelligenceAssessmentLabels).toEqual({
      A: 'Known directly to the source',
      B: 'Known indirectly to the source but corroborated',
      C: 'Known indirectly to the source',
      D: 'Not known',
      E: 'Suspected to be false',
    });
  });

  it('names the handling codes P and C', () => {
    expect(handlingCodeLabels).toEqual({ P: 'Lawful sharing permitted', C: 'Lawful sharing permitted with conditions' });
  });

  it.each(sourceEvaluationCodes)('accepts source evaluation %s', (code) => {
    expect(isSourceEvaluation(code)).toBe(true);
    expect(sourceEvaluationHelp[code].length).toBeGreaterThan(20);
  });

  it.each(intelligenceAssessmentCodes)('accepts intelligence assessment %s', (code) => {
    expect(isIntelligenceAssessment(code)).toBe(true);
  });

  it.each(handlingCodes)('accepts handling code %s', (code) => {
    expect(isHandlingCode(code)).toBe(true);
  });

  it('refuses codes outside the scheme (including 5x5x5 ones and the wrong case)', () => {
    expect(isSourceEvaluation('4')).toBe(false);
    expect(isSourceEvaluation(1)).toBe(false);
    expect(isIntelligenceAssessment('F')).toBe(false);
    expect(isIntelligenceAssessment('a')).toBe(false);
    expect(isHandlingCode('H')).toBe(false);
    expect(isHandlingCode('5')).toBe(false);
  });
});

describe('formatGrade and parseGrade', () => {
  it('writes a grade as 1-B-P', () => {
    expect(formatGrade({ source: '1', assessment: 'B', handling: 'P' })).toBe('1-B-P');
  });

  it('writes a grade with another separator for systems that use one', () => {
    expect(formatGrade({ source: '2', assessment: 'C', handling: 'C' }, '/')).toBe('2/C/C');
  });

  it.each(['1-B-P', '1/B/P', '1 b p', '1BP'])('reads %s as 1-B-P', (text) => {
    expect(parseGrade(text)).toEqual({ ok: true, value: { source: '1', assessment: 'B', handling: 'P' } });
  });

  it('refuses a 5x5x5 grade given as a 3x5x2 one', () => {
    const result = parseGrade('B35');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/not a 3x5x2 grade/);
  });
});

describe('best grade', () => {
  const g = (text: string): Grade => {
    const result = parseGrade(text);
    if (!result.ok) throw new Error(result.reason);
    return result.value;
  };

  it('ranks 1-A best and 3-E worst', () => {
    expect(gradeRank(g('1AP'))).toBe(0);
    expect(gradeRank(g('3EP'))).toBe(14);
  });

  it('prefers the lower source number before the assessment letter', () => {
    expect(compareGrades(g('1EP'), g('2AP'))).toBeLessThan(0);
  });

  it('prefers the earlier assessment letter when the source is the same', () => {
    expect(compareGrades(g('2BP'), g('2DP'))).toBeLessThan(0);
  });

  it('ignores the handling code when ranking', () => {
    expect(compareGrades(g('1AC'), g('1AP'))).toBe(0);
  });

  it('picks the best grade from a list', () => {
    expect(bestGrade([g('2AP'), g('3AP'), g('1DC'), g('1EP')])).toEqual(g('1DC'));
  });

  it('keeps the first of equal grades', () => {
    const first = { ...g('1BP'), id: 'first' };
    const second = { ...g('1BC'), id: 'second' };
    expect(bestGrade([first, second])?.id).toBe('first');
  });

  it('has no best grade for an empty list', () => {
    expect(bestGrade([])).toBeNull();
  });

  it('sorts best first with compareGrades', () => {
    expect([g('3AP'), g('1CP'), g('2AP'), g('1AP')].sort(compareGrades).map((grade) => formatGrade(grade))).toEqual([
      '1-A-P',
      '1-C-P',
      '2-A-P',
      '3-A-P',
    ]);
  });
});

describe('grade search filters', () => {
  it.each([
    ['1A', { source: '1', assessment: 'A' }],
    ['2', { source: '2' }],
    ['B', { assessment: 'B' }],
    ['1-B-P', { source: '1', assessment: 'B', handling: 'P' }],
    ['1bc', { source: '1', assessment: 'B', handling: 'C' }],
    ['P', { handling: 'P' }],
    ['--C', { handling: 'C' }],
    ['*-*-C', { handling: 'C' }],
    ['2-*-P', { source: '2', handling: 'P' }],
  ])('reads grade:%s as only the parts given', (text, expected) => {
    expect(parseGradeFilter(text)).toEqual({ ok: true, value: expected });
  });

  it('accepts the whole search token as well as its value', () => {
    expect(parseGradeFilter('grade:1A')).toEqual({ ok: true, value: { source: '1', assessment: 'A' } });
  });

  it('reads a lone C as the intelligence assessment, not the handling code', () => {
    expect(parseGradeFilter('C')).toEqual({ ok: true, value: { assessment: 'C' } });
  });

  it.each(['', '4', 'F', '1AX', 'A1', '1-2-3', '---'])('refuses the filter "%s" with a reason', (text) => {
    const result = parseGradeFilter(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/grade filter/);
  });

  it('matches grades against a filter', () => {
    const grade: Grade = { source: '1', assessment: 'B', handling: 'C' };
    expect(gradeMatches(grade, { source: '1' })).toBe(true);
    expect(gradeMatches(grade, { assessment: 'B', handling: 'C' })).toBe(true);
    expect(gradeMatches(grade, { source: '2' })).toBe(false);
  });
});

describe('legacy 5x5x5 grades', () => {
  it('reads B35 as source B, intelligence 3, handling 5 with their meanings', () => {
    expect(parseLegacyGrade('B35')).toEqual({
      ok: true,
      value: {
        text: 'B35',
        source: { code: 'B', meaning: 'Mostly reliable' },
        intelligence: { code: '3', meaning: 'Not personally known to source but corroborated' },
        handling: {
          code: '5',
          meaning: 'No further dissemination: refer to the originator; special handling requirements imposed by the authorising officer',
        },
      },
    });
  });

  it('keeps the grade verbatim as recorded', () => {
    expect(legacy('b 3/5').text).toBe('b 3/5');
    expect(legacy('b 3/5').source.code).toBe('B');
  });

  it.each(['F35', 'B65', 'B36', '1-B-P', 'B3', 'B355', ''])('refuses %s as a legacy grade', (text) => {
    const result = parseLegacyGrade(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^Legacy 5x5x5 grade/);
  });

  it('labels its mapping suggestion as not official', () => {
    const suggestion = suggestLegacyMapping(legacy('A11'));
    expect(suggestion.official).toBe(false);
    expect(suggestion.notice).toMatch(/NOT an official/);
    expect(suggestion).toMatchObject({ source: '1', assessment: 'A', handling: 'P', handlingConditions: null, flags: [] });
  });

  it('flags legacy source C for an analyst to decide instead of guessing', () => {
    const suggestion = suggestLegacyMapping(legacy('C31'));
    expect(suggestion.source).toBeNull();
    expect(suggestion.flags).toHaveLength(1);
    expect(suggestion.flags[0]).toMatch(/analyst must decide/);
  });

  it.each([
    ['A', '1'],
    ['B', '1'],
    ['D', '3'],
    ['E', '2'],
  ])('suggests source %s → %s', (letter, source) => {
    expect(suggestLegacyMapping(legacy(`${letter}11`)).source).toBe(source);
  });

  it.each([
    ['1', 'A'],
    ['2', 'A'],
    ['3', 'B'],
    ['4', 'D'],
    ['5', 'E'],
  ])('suggests intelligence %s → %s', (digit, assessment) => {
    expect(suggestLegacyMapping(legacy(`B${digit}1`)).assessment).toBe(assessment);
  });

  it('suggests handling C with the original meaning as the condition for codes 2 to 5', () => {
    const suggestion = suggestLegacyMapping(legacy('B24'));
    expect(suggestion.handling).toBe('C');
    expect(suggestion.handlingConditions).toBe('Legacy 5x5x5 handling code 4: May be disseminated within the originating agency only.');
  });
});
