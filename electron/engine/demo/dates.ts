/**
 * Calendar arithmetic for demo data on whole days (days since 1970-01-01, UTC), which is all a
 * report date needs and is much cheaper than Date objects for 100,000 reports.
 */
const MS_PER_DAY = 86_400_000;

export function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

const PAD2 = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/**
 * yyyy-mm-dd for a day number, by Howard Hinnant's civil-from-days arithmetic: a Date and
 * toISOString cost about ten times as much, and demo data needs millions of dates.
 */
export function isoOf(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${PAD2[month]!}-${PAD2[dayOfMonth]!}`;
}

/** £2,500 (Intl number formatting is slow when called for every report). */
export function pounds(value: number): string {
  return `£${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** 05/03/2024, as reports and report CSVs write dates. */
export function ukDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

/** "Sunday", for prose such as "seen on Sunday at 0530 hrs". */
export function weekdayName(day: number): string {
  // 1970-01-01 was a Thursday.
  return ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'][((day % 7) + 7) % 7]!;
}

/** A 24-hour clock time as reports write it: 0715 hrs. */
export function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')} hrs`;
}
