import type { AuditEntry } from '@shared/audit';
import type {
  DuplicateCandidate,
  EntityDetail,
  EntitySummary,
  EvidenceItem,
  LinkSummary,
} from '@shared/records';
import type { EntityFields } from '@shared/schemas/entity';

export function summary(overrides: Partial<EntitySummary> = {}): EntitySummary {
  return {
    id: 'ent-1',
    type: 'person',
    label: 'Ionuț Popescu',
    chartLabel: 'Ionuț Popescu (14/02/1991)',
    category: 'victim',
    siteType: null,
    location: null,
    reviewState: 'reviewed',
    bestGrade: { source: '2', assessment: 'B', handling: 'P' },
    evidenceCount: 2,
    latestEvidenceOn: '2026-03-02',
    hasHandlingConditions: false,
    ...overrides,
  };
}

export const personFields: EntityFields = {
  type: 'person',
  name: 'Ionuț Popescu',
  aliases: ['Ionut Popescu', 'Nelu'],
  dateOfBirth: '1991-02-14',
  estimatedAge: null,
  ageDisputed: false,
  gender: 'male',
  nationalities: ['RO'],
  firstLanguage: 'ro',
  otherLanguages: ['en'],
  interpreterNeeded: true,
  category: 'victim',
  statementBasis: 'assessment',
  victim: {
    nrmReferralDate: '2026-03-05',
    nrmReference: 'NRM-123',
    competentAuthority: 'SCA',
    reasonableGrounds: { outcome: 'positive', date: '2026-03-10' },
    conclusiveGrounds: null,
    dutyToNotify: false,
    hubReferral: true,
    hubReferralDate: '2026-03-06',
    coordinator: 'R. Vaitkus',
    supportTypes: ['translation', 'advocacy'],
    closedOn: null,
  },
};

export function evidence(overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    id: 'ev-1',
    reportId: 'rep-1',
    urn: 'IR/2026/00001',
    title: 'Workers collected from HMO in Wisbech',
    grade: { source: '2', assessment: 'B', handling: 'P' },
    handlingConditions: '',
    protectiveMarking: 'OFFICIAL-SENSITIVE',
    occurredOn: '2026-03-02',
    receivedOn: '2026-03-03',
    note: '',
    addedAt: '2026-03-04T10:00:00.000Z',
    ...overrides,
  };
}

export function link(overrides: Partial<LinkSummary> = {}): LinkSummary {
  return {
    id: 'link-1',
    type: 'lives_at',
    label: 'Lives at',
    directed: true,
    strength: 'confirmed',
    fromId: 'ent-1',
    toId: 'site-1',
    validFrom: '2026-01-01',
    validTo: null,
    notes: '',
    bestGrade: { source: '1', assessment: 'A', handling: 'P' },
    evidenceCount: 1,
    latestEvidenceOn: '2026-03-02',
    ...overrides,
  };
}

export function detail(overrides: Partial<EntityDetail> = {}): EntityDetail {
  return {
    summary: summary(),
    fields: personFields,
    evidence: [],
    links: [],
    merges: [],
    createdAt: '2026-03-04T10:00:00.000Z',
    updatedAt: '2026-03-04T10:00:00.000Z',
    ...overrides,
  };
}

export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq: 12,
    at: '2026-07-05T13:30:00.000Z',
    action: 'ALTER',
    operation: 'entities.update',
    analystName: 'Priya Shah',
    staffNumber: 'CC4127',
    osUser: 'pshah',
    machine: 'CAMBS-LT-0412',
    targets: [{ type: 'entity', id: 'ent-1' }],
    reason: null,
    recipients: null,
    details: {
      changes: [
        { field: 'aliases', before: [], after: ['Nelu'] },
        { field: 'dateOfBirth', before: null, after: '1991-02-14' },
      ],
    },
    hash: 'abc',
    ...overrides,
  };
}

export function duplicate(): DuplicateCandidate {
  return {
    left: summary({ id: 'left-1', label: 'Ionuț Popescu', chartLabel: 'Ionuț Popescu (14/02/1991)' }),
    right: summary({
      id: 'right-1',
      label: 'POPESCU, Ionut',
      chartLabel: 'POPESCU, Ionut',
      category: 'potential_victim',
      evidenceCount: 1,
    }),
    reason: 'Same name or alias (ignoring accents and word order)',
    fields: [
      { field: 'name', label: 'Name', left: 'Ionuț Popescu', right: 'POPESCU, Ionut', relation: 'match' },
      { field: 'dateOfBirth', label: 'Date of birth', left: '1991-02-14', right: '', relation: 'one-sided' },
      {
        field: 'category',
        label: 'Data subject category',
        left: 'victim',
        right: 'potential_victim',
        relation: 'clash',
      },
    ],
  };
}
