import { afterAll, beforeAll } from 'vitest';
import type { ReportDetail, ReportSummary } from '@shared/records';
import type { ReportFields } from '@shared/schemas/report';

export const reportSummary = (overrides: Partial<ReportSummary> = {}): ReportSummary => ({
  id: 'report-1',
  urn: 'CAMBS-IR-0001',
  title: 'Workers collected from a lay-by near March',
  grade: { source: '2', assessment: 'B', handling: 'P' },
  handlingConditions: '',
  protectiveMarking: 'OFFICIAL-SENSITIVE',
  sourceType: 'member_of_public',
  exploitationTypes: ['labour'],
  district: 'E07000010',
  occurredOn: '2026-03-02',
  receivedOn: '2026-03-05',
  recordedOn: '2026-03-05',
  authorName: 'Priya Shah',
  legacyGrade: null,
  nextReviewDate: '2032-03-05',
  origin: 'manual',
  updatedAt: '2026-03-05T10:00:00.000Z',
  ...overrides,
});

export const reportFields = (overrides: Partial<ReportFields> = {}): ReportFields => ({
  urn: 'CAMBS-IR-0001',
  title: 'Workers collected from a lay-by near March',
  originalText: '',
  sanitisedText: 'A white van AB12 CDE collects workers at 05:00. Caller gave 07700 900123.',
  sourceEvaluation: '2',
  intelligenceAssessment: 'B',
  handlingCode: 'P',
  handlingConditions: '',
  protectiveMarking: 'OFFICIAL-SENSITIVE',
  sourceType: 'member_of_public',
  exploitationTypes: ['hand_car_wash', 'labour'],
  indicators: ['excessive_hours', 'transported_to_work'],
  occurredOn: '2026-03-02',
  receivedOn: '2026-03-05',
  recordedOn: '2026-03-05',
  author: { name: 'Priya Shah', staffNumber: 'CC4127' },
  district: 'E07000010',
  mopiGroup: 3,
  nextReviewDate: '2032-03-05',
  legacyGrade: null,
  ...overrides,
});

export function reportDetail(fields: Partial<ReportFields> = {}, extra: Partial<ReportDetail> = {}): ReportDetail {
  const all = reportFields(fields);
  return {
    summary: reportSummary({
      urn: all.urn,
      title: all.title,
      grade: { source: all.sourceEvaluation, assessment: all.intelligenceAssessment, handling: all.handlingCode },
      handlingConditions: all.handlingConditions,
      legacyGrade: all.legacyGrade,
    }),
    fields: all,
    originalTextIncluded: all.originalText !== '',
    createdAt: '2026-03-05T10:00:00.000Z',
    supports: { entities: [], links: 0 },
    ...extra,
  };
}

/**
 * jsdom lays nothing out, so every element measures 0×0 and a virtualised list would render no
 * rows. Give elements a viewport-sized box while these tests run.
 */
export function withLayout(height = 600, width = 1200): void {
  const originals = {
    clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
  };
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  });
  afterAll(() => {
    for (const [name, descriptor] of Object.entries(originals)) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    }
  });
}
