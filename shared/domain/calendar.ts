/**
 * Calendar dates as stored: ISO 8601 yyyy-mm-dd with no time zone. Kept here (not in
 * shared/format) because the rules below decide validity, not display.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Format check only: yyyy-mm-dd. */
export function looksLikeIsoDate(text: string): boolean {
  return ISO_DATE.test(text);
}

/** A real calendar date written yyyy-mm-dd (so 2024-02-29 is accepted and 2023-02-29 is not). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Adds whole years. 29 February moves to 28 February in a non-leap year, so a review date
 * is never pushed into March by the calendar.
 */
export function addYears(isoDate: string, years: number): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match || !isIsoDate(isoDate)) throw new RangeError(`Not an ISO calendar date: ${isoDate}`);
  const year = Number(match[1]) + years;
  const month = Number(match[2]);
  const day = Math.min(Number(match[3]), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
