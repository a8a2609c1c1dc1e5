/**
 * What the engine returns for reports, entities, links and their evidence. Plain data only.
 * Original (unsanitised) report text appears only in a restricted view that was asked for.
 */
import type { Grade } from './domain/grading';
import type { EntityType } from './domain/entityTypes';
import type { LinkType } from './domain/linkTypes';
import type { LinkStrength } from './domain/linkStrengths';
import type { DataSubjectCategory } from './domain/dataSubjects';
import type { SiteType } from './domain/siteTypes';
import type { EntityFields } from './schemas/entity';
import type { ReportFields } from './schemas/report';

export type { Grade };

export type ReportOrigin = 'manual' | 'import' | 'demo' | 'anx';

export interface ReportSummary {
  id: string;
  urn: string;
  title: string;
  grade: Grade;
  handlingConditions: string;
  protectiveMarking: string;
  sourceType: ReportFields['sourceType'];
  exploitationTypes: ReportFields['exploitationTypes'];
  district: ReportFields['district'];
  occurredOn: string | null;
  receivedOn: string;
  recordedOn: string;
  authorName: string;
  legacyGrade: string | null;
  nextReviewDate: string;
  origin: ReportOrigin;
  updatedAt: string;
}

export interface ReportDetail {
  summary: ReportSummary;
  /** Every field; `originalText` is '' unless `originalTextIncluded`. */
  fields: ReportFields;
  originalTextIncluded: boolean;
  createdAt: string;
  /** The entities and links this report is evidence for. */
  supports: { entities: EntitySummary[]; links: number };
}

export type ReviewState = 'reviewed' | 'unreviewed';

export interface EntitySummary {
  id: string;
  type: EntityType;
  label: string;
  /** Identity-bearing label for charts: a person's name with date of birth, a VRM, a postcode. */
  chartLabel: string;
  category: DataSubjectCategory | null;
  siteType: SiteType | null;
  location: { lat: number; lon: number } | null;
  reviewState: ReviewState;
  /** The best grading among the reports that support it (null: no evidence yet). */
  bestGrade: Grade | null;
  evidenceCount: number;
  /** Date of the most recent supporting report (occurred, else received). */
  latestEvidenceOn: string | null;
  /** True when any supporting report has handling code C. */
  hasHandlingConditions: boolean;
}

export interface EvidenceItem {
  id: string;
  reportId: string;
  urn: string;
  title: string;
  grade: Grade;
  handlingConditions: string;
  protectiveMarking: string;
  occurredOn: string | null;
  receivedOn: string;
  note: string;
  addedAt: string;
}

export interface LinkSummary {
  id: string;
  type: LinkType;
  label: string;
  directed: boolean;
  strength: LinkStrength;
  fromId: string;
  toId: string;
  validFrom: string | null;
  validTo: string | null;
  notes: string;
  bestGrade: Grade | null;
  evidenceCount: number;
  latestEvidenceOn: string | null;
}

export interface MergeRecord {
  id: string;
  survivorId: string;
  mergedId: string;
  mergedLabel: string;
  mergedAt: string;
  undoneAt: string | null;
}

export interface EntityDetail {
  summary: EntitySummary;
  fields: EntityFields;
  /** Evidence in date order (oldest first), each with its report's grading and conditions. */
  evidence: EvidenceItem[];
  /** Links with the entity at the other end of each. */
  links: Array<{ link: LinkSummary; other: EntitySummary }>;
  merges: MergeRecord[];
  createdAt: string;
  updatedAt: string;
}

export interface LinkDetail {
  link: LinkSummary;
  from: EntitySummary;
  to: EntitySummary;
  evidence: EvidenceItem[];
}

/** One value compared across two possible duplicates. */
export interface DuplicateField {
  field: string;
  label: string;
  left: string;
  right: string;
  relation: 'match' | 'clash' | 'one-sided';
}

export interface DuplicateCandidate {
  left: EntitySummary;
  right: EntitySummary;
  /** Why they were paired, e.g. "Same name and date of birth". */
  reason: string;
  fields: DuplicateField[];
}

export type SearchHit =
  | { kind: 'report'; report: ReportSummary; snippet: string; score: number }
  | { kind: 'entity'; entity: EntitySummary; snippet: string; score: number };
