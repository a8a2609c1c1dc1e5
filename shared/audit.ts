/**
 * DPA 2018 Part 3 s62 logging: the six operations the Act names, as recorded in each vault's
 * hash-chained audit log.
 */
export const auditActions = ['COLLECT', 'ALTER', 'CONSULT', 'DISCLOSE', 'COMBINE', 'ERASE'] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditActionLabels: Record<AuditAction, string> = {
  COLLECT: 'Collection',
  ALTER: 'Alteration',
  CONSULT: 'Consultation',
  DISCLOSE: 'Disclosure',
  COMBINE: 'Combination',
  ERASE: 'Erasure',
};

export interface AuditTarget {
  /** e.g. "report", "entity", "link", "chart", "vault", "audit-log" */
  type: string;
  id: string;
}

/** Field-level record of an alteration: restricted fields are named, never their contents. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
  /** True for restricted fields (original report text, source identity): values are withheld. */
  restricted?: boolean;
}

export interface AuditDetails {
  changes?: FieldChange[];
  /** Short free-form facts, e.g. { format: 'PDF', count: 12 }. Never restricted content. */
  facts?: Record<string, string | number | boolean | null>;
}

export interface AuditEntry {
  seq: number;
  /** UTC, ISO 8601 */
  at: string;
  action: AuditAction;
  /** The contract call or command that caused it, e.g. "reports.update" or "cli vault raw-key". */
  operation: string;
  analystName: string;
  staffNumber: string;
  osUser: string;
  machine: string;
  targets: AuditTarget[];
  reason: string | null;
  recipients: string[] | null;
  details: AuditDetails | null;
  hash: string;
}

export type AuditVerification =
  | { intact: true; entries: number }
  | { intact: false; entries: number; firstBrokenSeq: number; problem: string };
