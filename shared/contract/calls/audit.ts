import { z } from 'zod';
import { call } from '../define';
import { auditActions, type AuditEntry, type AuditVerification } from '../../audit';

const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/, { error: 'Dates must be ISO 8601, for example 2026-03-05.' });

export const disclosureSchema = {
  reason: z
    .string({ error: 'A reason for disclosure is required.' })
    .trim()
    .min(3, { error: 'Give the reason for this disclosure (at least 3 characters).' })
    .max(500, { error: 'The reason can be at most 500 characters.' }),
  recipients: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
};

export const auditCalls = {
  'audit.list': call(
    z.strictObject({
      from: isoDateTime.optional(),
      to: isoDateTime.optional(),
      actions: z.array(z.enum(auditActions)).optional(),
      analyst: z.string().trim().max(100).optional(),
      targetId: z.string().trim().max(200).optional(),
      targetType: z.string().trim().max(50).optional(),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
  ).returns<{ entries: AuditEntry[]; total: number }>(),
  'audit.verify': call(z.strictObject({})).returns<AuditVerification>(),
  'audit.export': call(
    z.strictObject({ destination: z.string().trim().min(1, { error: 'Choose where to save the export.' }), ...disclosureSchema }),
  ).returns<{ path: string; entries: number }>(),
};
