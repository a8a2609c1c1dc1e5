import type { z } from 'zod';
import { FenlightError, type FieldIssue } from './errors';

function describePath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part + 1}]` : String(part))).join('.');
}

/** Zod issues in words an analyst can act on, each naming the field it concerns. */
export function issuesFrom(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: describePath(issue.path), message: issue.message }));
}

export function summariseIssues(issues: FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'Some of the details given are not valid.';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${first.message}${more}`;
}

/** Parses input against a schema, or throws INVALID_INPUT listing every problem found. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = issuesFrom(result.error);
  throw new FenlightError('INVALID_INPUT', summariseIssues(issues), { issues });
}
