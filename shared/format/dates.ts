/**
 * en-GB dates and times, always shown in Europe/London (GMT/BST) and stored as ISO 8601.
 * Ambiguous entry such as 03/05/24 is read day first, as UK analysts write it.
 */
export const DISPLAY_TIME_ZONE = 'Europe/London';

const shortDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const shortDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const longDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const time24 = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const ISO_DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const dateOnly = ISO_DATE_ONLY.exec(value);
  // A calendar date has no time zone: show it as written, not shifted by BST.
  if (dateOnly) return new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]), 12));
  return new Date(value);
}

function isValid(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

/** 05/03/2024 */
export function formatDate(value: string | Date): string {
  const date = toDate(value);
  return isValid(date) ? shortDate.format(date) : '';
}

/** 05/03/2024 14:30 (24-hour clock, Europe/London) */
export function formatDateTime(value: string | Date): string {
  const date = toDate(value);
  return isValid(date) ? shortDateTime.format(date).replace(',', '') : '';
}

/** 5 March 2024 */
export function formatLongDate(value: string | Date): string {
  const date = toDate(value);
  return isValid(date) ? longDate.format(date) : '';
}

/** 14:30 */
export function formatTime(value: string | Date): string {
  const date = toDate(value);
  return isValid(date) ? time24.format(date) : '';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date typed by an analyst: dd/mm/yyyy (also with - or . and two-digit years) or
 * ISO yyyy-mm-dd. Returns the ISO calendar date, or null when it is not a real date.
 */
export function parseUkDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DATE_ONLY.exec(trimmed);
  let day: number;
  let month: number;
  let year: number;
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(trimmed);
    if (!uk) return null;
    day = Number(uk[1]);
    month = Number(uk[2]);
    year = Number(uk[3]);
    // Two-digit years: 00–69 are 2000s, 70–99 are 1900s (the common UK records convention).
    if (uk[3]!.length === 2) year += year < 70 ? 2000 : 1900;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1800) return null;
  return isoDate(year, month, day);
}

/** Today's calendar date in Europe/London as ISO yyyy-mm-dd. */
export function todayInLondon(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: DISPLAY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
