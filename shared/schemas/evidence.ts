/**
 * Evidence: which report supports an entity or link (the i2 "card"). Nothing reaches a chart
 * without a route back to its reports; the report carries the grading, so evidence does not.
 */
import { z } from 'zod';
import { idField, optionalText } from './fields';

export const evidenceInputSchema = z.strictObject(
  {
    reportId: idField('Report'),
    /** Why this report supports the item, e.g. "names him as the driver". */
    note: optionalText('Evidence note', 2_000),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Evidence has no field called ${issue.keys.map((key) => `“${key}”`).join(' or ')}.`
        : 'The evidence details are missing.',
  },
);

export type EvidenceInput = z.input<typeof evidenceInputSchema>;
export type EvidenceFields = z.output<typeof evidenceInputSchema>;
