/**
 * Management of Police Information (MoPI) review groups and their review periods.
 *
 * [GK] The groups and periods below come from the 2010 MoPI guidance as generally described;
 * they could not be confirmed against the current APP or the force's own policy
 * (reference/domain.md §3.2). Confirm with the force's Information Management before relying
 * on them; they are kept in one table so a change is one edit.
 */
import { addYears, isIsoDate } from './calendar';
import { isOneOf } from './parseResult';

export const mopiGroups = [1, 2, 3] as const;
export type MopiGroup = (typeof mopiGroups)[number];

export const mopiGroupLabels: Record<MopiGroup, string> = {
  1: 'Group 1: certain public protection matters',
  2: 'Group 2: other sexual, violent or serious offences',
  3: 'Group 3: all other offences',
};

export const mopiGroupHelp: Record<MopiGroup, string> = {
  // [GK] Retained until the subject is deemed to be 100 years old; reviewed every 10 years.
  1: 'Serious violent or sexual offenders and potentially dangerous people. Kept until the subject is deemed to be 100 years old, and reviewed every 10 years to check it is still adequate and up to date.',
  // [GK] 10-year clear period before review.
  2: 'Other sexual, violent or serious offences. Reviewed after a 10-year clear period.',
  // [GK] 6-year clear period, then time-based disposal may apply.
  3: 'All other offences. Reviewed after a 6-year clear period; time-based disposal may then apply.',
};

/** [GK] Years from the record (or the last review) to the next review. */
export const mopiReviewYears: Record<MopiGroup, number> = { 1: 10, 2: 10, 3: 6 };

export const isMopiGroup = (value: unknown): value is MopiGroup => isOneOf(mopiGroups, value);

/**
 * The date a record in `group` next falls due for review, counting whole years from
 * `fromIsoDate` (the date it was recorded, or last reviewed). 29 February falls back to
 * 28 February in a non-leap year. Throws RangeError for a date that is not a real yyyy-mm-dd.
 */
export function nextReviewDate(group: MopiGroup, fromIsoDate: string): string {
  if (!isIsoDate(fromIsoDate)) throw new RangeError(`Not an ISO calendar date: ${fromIsoDate}`);
  return addYears(fromIsoDate, mopiReviewYears[group]);
}
