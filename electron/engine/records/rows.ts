import { gradeRank, type Grade } from '@shared/domain/grading';
import { intelligenceAssessmentCodes, sourceEvaluationCodes } from '@shared/domain/grading';
import type { EntityFields } from '@shared/schemas/entity';
import type { ReportFields } from '@shared/schemas/report';
import type { EntitySummary, LinkSummary, ReportOrigin, ReportSummary, ReviewState } from '@shared/records';
import { linkTypeLabel, type LinkType } from '@shared/domain/linkTypes';
import type { LinkStrength } from '@shared/domain/linkStrengths';

/** Row shapes as stored, and their mapping to what the contract returns. */
export interface ReportRow {
  id: string;
  urn: string;
  title: string;
  original_text: string;
  sanitised_text: string;
  source_evaluation: Grade['source'];
  intelligence_assessment: Grade['assessment'];
  handling_code: Grade['handling'];
  handling_conditions: string;
  protective_marking: string;
  source_type: ReportFields['sourceType'];
  exploitation_types: string;
  indicators: string;
  occurred_on: string | null;
  received_on: string;
  recorded_on: string;
  author_name: string;
  author_staff_number: string | null;
  district: ReportFields['district'];
  mopi_group: ReportFields['mopiGroup'];
  next_review_date: string;
  legacy_grade: string | null;
  grade_rank: number;
  origin: ReportOrigin;
  created_at: string;
  updated_at: string;
}

export function reportRowValues(fields: ReportFields): Omit<ReportRow, 'id' | 'origin' | 'created_at' | 'updated_at'> {
  return {
    urn: fields.urn,
    title: fields.title,
    original_text: fields.originalText,
    sanitised_text: fields.sanitisedText,
    source_evaluation: fields.sourceEvaluation,
    intelligence_assessment: fields.intelligenceAssessment,
    handling_code: fields.handlingCode,
    handling_conditions: fields.handlingConditions,
    protective_marking: fields.protectiveMarking,
    source_type: fields.sourceType,
    exploitation_types: JSON.stringify(fields.exploitationTypes),
    indicators: JSON.stringify(fields.indicators),
    occurred_on: fields.occurredOn,
    received_on: fields.receivedOn,
    recorded_on: fields.recordedOn,
    author_name: fields.author.name,
    author_staff_number: fields.author.staffNumber,
    district: fields.district,
    mopi_group: fields.mopiGroup,
    next_review_date: fields.nextReviewDate,
    legacy_grade: fields.legacyGrade,
    grade_rank: gradeRank({ source: fields.sourceEvaluation, assessment: fields.intelligenceAssessment }),
  };
}

export function reportFieldsFromRow(row: ReportRow, includeOriginal: boolean): ReportFields {
  return {
    urn: row.urn,
    title: row.title,
    originalText: includeOriginal ? row.original_text : '',
    sanitisedText: row.sanitised_text,
    sourceEvaluation: row.source_evaluation,
    intelligenceAssessment: row.intelligence_assessment,
    handlingCode: row.handling_code,
    handlingConditions: row.handling_conditions,
    protectiveMarking: row.protective_marking,
    sourceType: row.source_type,
    exploitationTypes: JSON.parse(row.exploitation_types) as ReportFields['exploitationTypes'],
    indicators: JSON.parse(row.indicators) as ReportFields['indicators'],
    occurredOn: row.occurred_on,
    receivedOn: row.received_on,
    recordedOn: row.recorded_on,
    author: { name: row.author_name, staffNumber: row.author_staff_number },
    district: row.district,
    mopiGroup: row.mopi_group,
    nextReviewDate: row.next_review_date,
    legacyGrade: row.legacy_grade,
  };
}

/** The summary columns (no text bodies), for lists and evidence. */
export const REPORT_SUMMARY_COLUMNS =
  'id, urn, title, source_evaluation, intelligence_assessment, handling_code, handling_conditions, protective_marking, source_type, exploitation_types, district, occurred_on, received_on, recorded_on, author_name, legacy_grade, next_review_date, origin, updated_at';

/** The same columns of the report aliased `r`, for queries that join it. */
export const REPORT_SUMMARY_COLUMNS_OF_R = REPORT_SUMMARY_COLUMNS.split(', ')
  .map((name) => `r.${name}`)
  .join(', ');

export type ReportSummaryRow = Pick<
  ReportRow,
  | 'id'
  | 'urn'
  | 'title'
  | 'source_evaluation'
  | 'intelligence_assessment'
  | 'handling_code'
  | 'handling_conditions'
  | 'protective_marking'
  | 'source_type'
  | 'exploitation_types'
  | 'district'
  | 'occurred_on'
  | 'received_on'
  | 'recorded_on'
  | 'author_name'
  | 'legacy_grade'
  | 'next_review_date'
  | 'origin'
  | 'updated_at'
>;

export function reportSummary(row: ReportSummaryRow): ReportSummary {
  return {
    id: row.id,
    urn: row.urn,
    title: row.title,
    grade: { source: row.source_evaluation, assessment: row.intelligence_assessment, handling: row.handling_code },
    handlingConditions: row.handling_conditions,
    protectiveMarking: row.protective_marking,
    sourceType: row.source_type,
    exploitationTypes: JSON.parse(row.exploitation_types) as ReportSummary['exploitationTypes'],
    district: row.district,
    occurredOn: row.occurred_on,
    receivedOn: row.received_on,
    recordedOn: row.recorded_on,
    authorName: row.author_name,
    legacyGrade: row.legacy_grade,
    nextReviewDate: row.next_review_date,
    origin: row.origin,
    updatedAt: row.updated_at,
  };
}

/** Grade back from its sortable rank plus the handling code of the report that had it. */
export function gradeFromRank(rank: number, handling: Grade['handling']): Grade {
  const size = intelligenceAssessmentCodes.length;
  return { source: sourceEvaluationCodes[Math.floor(rank / size)]!, assessment: intelligenceAssessmentCodes[rank % size]!, handling };
}

export interface EntityRow {
  rowid?: number;
  id: string;
  type: EntityFields['type'];
  label: string;
  chart_label: string;
  identity_key: string | null;
  properties: string;
  category: EntitySummary['category'];
  site_type: EntitySummary['siteType'];
  lat: number | null;
  lon: number | null;
  review_state: ReviewState;
  merged_into: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface EvidenceAggregate {
  evidence_count: number;
  best_rank: number | null;
  best_handling: Grade['handling'] | null;
  latest_on: string | null;
  any_conditions: number;
}

export const NO_EVIDENCE: EvidenceAggregate = { evidence_count: 0, best_rank: null, best_handling: null, latest_on: null, any_conditions: 0 };

export function entitySummary(row: EntityRow, evidence: EvidenceAggregate): EntitySummary {
  return {
    id: row.id,
    type: row.type,
    label: row.label,
    chartLabel: row.chart_label,
    category: row.category,
    siteType: row.site_type,
    location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    reviewState: row.review_state,
    bestGrade: evidence.best_rank === null || evidence.best_handling === null ? null : gradeFromRank(evidence.best_rank, evidence.best_handling),
    evidenceCount: evidence.evidence_count,
    latestEvidenceOn: evidence.latest_on,
    hasHandlingConditions: evidence.any_conditions > 0,
  };
}

export interface LinkRow {
  id: string;
  from_id: string;
  to_id: string;
  type: LinkType;
  directed: 0 | 1;
  strength: LinkStrength;
  valid_from: string | null;
  valid_to: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export function linkSummary(row: LinkRow, evidence: EvidenceAggregate): LinkSummary {
  return {
    id: row.id,
    type: row.type,
    label: linkTypeLabel(row.type),
    directed: row.directed === 1,
    strength: row.strength,
    fromId: row.from_id,
    toId: row.to_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    notes: row.notes,
    bestGrade: evidence.best_rank === null || evidence.best_handling === null ? null : gradeFromRank(evidence.best_rank, evidence.best_handling),
    evidenceCount: evidence.evidence_count,
    latestEvidenceOn: evidence.latest_on,
  };
}
