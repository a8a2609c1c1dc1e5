/**
 * The chart's time slider: two range inputs over the chart's own dates (a day a step), each
 * announcing its date in en-GB form, with the chosen range written out beside them.
 */
import { useId } from 'react';
import { formatDate } from '@shared/format';

const DAY_MS = 86_400_000;

export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

interface TimeSliderProps {
  /** The chart's first and last dates (yyyy-mm-dd). */
  range: { first: string; last: string };
  from: string | undefined;
  to: string | undefined;
  onChange(from: string | undefined, to: string | undefined): void;
}

export function TimeSlider({ range, from, to, onChange }: TimeSliderProps) {
  const id = useId();
  const min = dayNumber(range.first);
  const max = dayNumber(range.last);
  const start = from ? Math.max(min, Math.min(max, dayNumber(from))) : min;
  const end = to ? Math.max(min, Math.min(max, dayNumber(to))) : max;
  // The ends of the slider mean "no limit", so items dated outside the chart's range still show.
  const set = (nextStart: number, nextEnd: number) =>
    onChange(
      nextStart <= min ? undefined : dateOfDay(nextStart),
      nextEnd >= max ? undefined : dateOfDay(nextEnd),
    );
  return (
    <fieldset className="chart-time-slider">
      <legend>Date range</legend>
      <p className="chart-time-range" id={`${id}-range`} aria-live="polite">
        {formatDate(dateOfDay(start))} – {formatDate(dateOfDay(end))}
      </p>
      <label htmlFor={`${id}-start`}>From</label>
      <input
        id={`${id}-start`}
        type="range"
        min={min}
        max={max}
        step={1}
        value={start}
        aria-valuetext={formatDate(dateOfDay(start))}
        onChange={(event) => set(Math.min(Number(event.target.value), end), end)}
      />
      <label htmlFor={`${id}-end`}>To</label>
      <input
        id={`${id}-end`}
        type="range"
        min={min}
        max={max}
        step={1}
        value={end}
        aria-valuetext={formatDate(dateOfDay(end))}
        onChange={(event) => set(start, Math.max(Number(event.target.value), start))}
      />
    </fieldset>
  );
}
