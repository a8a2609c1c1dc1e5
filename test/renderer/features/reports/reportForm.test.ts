import { describe, expect, it } from 'vitest';
import {
  buildReportInput,
  defaultReviewDate,
  emptyReportForm,
  errorsFromIssues,
  fieldForPath,
  formFromFields,
  markingOptions,
} from '../../../../renderer/src/features/reports/reportForm';
import { formFromListFilter, initialReportsListState, reportsListTransitions, toListFilter } from '../../../../renderer/src/features/reports/reportsStore';
import { reportFields } from './reportFixtures';

const TODAY = '2026-11-29';

describe('report form', () => {
  it('round-trips a stored report through the form unchanged', () => {
    const fields = reportFields({ originalText: 'As received.', legacyGrade: 'B35' });
    const built = buildReportInput(formFromFields(fields), TODAY);
    expect(built.errors).toEqual({});
    expect(built.input).toMatchObject({
      urn: fields.urn,
      occurredOn: '2026-03-02',
      receivedOn: '2026-03-05',
      recordedOn: '2026-03-05',
      author: { name: 'Priya Shah', staffNumber: 'CC4127' },
      mopiGroup: 3,
      // 2032-03-05 is the group 3 default from 05/03/2026, so it is left to the engine.
      nextReviewDate: null,
      legacyGrade: 'B35',
      originalText: 'As received.',
    });
  });

  it('keeps a review date that is not the default', () => {
    const values = formFromFields(reportFields({ nextReviewDate: '2027-01-01' }));
    expect(values.nextReviewDate).toBe('01/01/2027');
    expect(buildReportInput(values, TODAY).input?.nextReviewDate).toBe('2027-01-01');
  });

  it('explains every missing required field of an empty form at once', () => {
    const built = buildReportInput(emptyReportForm({ name: 'Priya Shah', staffNumber: '' }, TODAY), TODAY);
    expect(built.input).toBeNull();
    expect(Object.keys(built.errors).sort()).toEqual(['intelligenceAssessment', 'handlingCode', 'mopiGroup', 'sourceEvaluation', 'sourceType', 'title', 'urn'].sort());
    expect(built.errors.urn).toBe('URN is required.');
  });

  it('refuses dates in the future as the engine would', () => {
    const values = { ...formFromFields(reportFields()), receivedOn: '01/12/2026', recordedOn: '01/12/2026' };
    expect(buildReportInput(values, TODAY).errors.receivedOn).toMatch(/cannot be in the future \(today is 29\/11\/2026\)/);
  });

  it('does not send conditions typed before the handling code went back to P', () => {
    const values = { ...formFromFields(reportFields()), handlingCode: 'P' as const, handlingConditions: 'Left over' };
    expect(buildReportInput(values, TODAY).input?.handlingConditions).toBe('');
  });

  it('maps issue paths to the fields that show them', () => {
    expect(fieldForPath('author.name')).toBe('authorName');
    expect(fieldForPath('author.staffNumber')).toBe('staffNumber');
    expect(fieldForPath('exploitationTypes.[2]')).toBe('exploitationTypes');
    expect(fieldForPath('')).toBeNull();
    expect(errorsFromIssues([{ path: '', message: 'The report details are missing.' }, { path: 'urn', message: 'URN is required.' }])).toEqual({
      errors: { urn: 'URN is required.' },
      general: ['The report details are missing.'],
    });
  });

  it('offers the vault’s markings, keeping an imported one that is no longer offered', () => {
    expect(markingOptions(['PERSONAL DATA'])).toEqual(['OFFICIAL', 'OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE PERSONAL DATA']);
    expect(markingOptions(['PERSONAL DATA'], 'OFFICIAL-SENSITIVE OPERATIONAL')[0]).toBe('OFFICIAL-SENSITIVE OPERATIONAL');
  });

  it('works out the default review date from the group and the date recorded', () => {
    expect(defaultReviewDate({ mopiGroup: '2', recordedOn: '29/02/2024' })).toBe('2034-02-28');
    expect(defaultReviewDate({ mopiGroup: '', recordedOn: '29/02/2024' })).toBeNull();
  });
});

describe('reports list state', () => {
  it('reverses the sort on the same column and starts a new column in its natural order', () => {
    const byUrn = { ...initialReportsListState, ...reportsListTransitions.sortBy('urn')(initialReportsListState) };
    expect(byUrn.sort).toEqual({ key: 'urn', direction: 'asc' });
    expect(reportsListTransitions.sortBy('urn')(byUrn).sort).toEqual({ key: 'urn', direction: 'desc' });
    expect(reportsListTransitions.sortBy('receivedOn')(byUrn).sort).toEqual({ key: 'receivedOn', direction: 'desc' });
  });

  it('turns the typed filters into the contract’s and back', () => {
    const filter = { text: 'van', sourceEvaluation: ['1' as const], handlingCode: 'C' as const, from: '2026-03-01', dueForReview: true };
    const form = formFromListFilter(filter);
    expect(form.from).toBe('01/03/2026');
    expect(toListFilter(form)).toEqual({ filter, error: null });
    expect(toListFilter({ ...form, to: '32/01/2026' }).error).toBe('Enter the From and To dates as dd/mm/yyyy.');
  });
});
