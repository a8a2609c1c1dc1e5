import { FenlightError, type FieldIssue } from '@shared/contract';

/** Why one row of a file was not imported; the row leaves nothing behind. */
export class RowRejected extends Error {
  constructor(
    readonly column: string | null,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'RowRejected';
  }
}

/**
 * A validation failure from a schema (INVALID_INPUT with field issues) as a row rejection: the
 * first problem names its canonical column; any others are counted, so one fix at a time works.
 */
export function rejectionFrom(error: unknown, columnFor: (path: string) => string | null): RowRejected {
  if (error instanceof RowRejected) return error;
  if (error instanceof FenlightError && (error.code === 'INVALID_INPUT' || error.code === 'CONFLICT' || error.code === 'NOT_FOUND')) {
    const issues = (error.details?.issues ?? []) as FieldIssue[];
    const first = issues[0];
    if (!first) return new RowRejected(null, error.message);
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''} in this row)` : '';
    return new RowRejected(columnFor(first.path), `${first.message}${more}`);
  }
  throw error;
}
