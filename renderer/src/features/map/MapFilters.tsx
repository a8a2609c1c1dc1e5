import { useId } from 'react';
import { exploitationTypeCodes, exploitationTypeLabels } from '@shared/domain/exploitation';
import { intelligenceAssessmentCodes, sourceEvaluationCodes, type IntelligenceAssessment, type SourceEvaluation } from '@shared/domain/grading';
import { siteTypeCodes } from '@shared/domain/siteTypes';
import { formatDate } from '@shared/format/dates';
import { dateAt, dayOf, daySpan, toggled } from './filterState';
import { useMapStore } from './mapStore';
import { SITE_COLOURS, siteTypeShortLabel } from './siteStyle';

const GRADES = sourceEvaluationCodes.flatMap((source) => intelligenceAssessmentCodes.map((assessment) => `${source}-${assessment}`));

function TimeSlider() {
  const id = useId();
  const range = useMapStore((state) => state.data?.dateRange ?? null);
  const filters = useMapStore((state) => state.filters);
  const setFilters = useMapStore((state) => state.setFilters);
  if (!range) return <p className="field-hint">No report dates yet: the time filter appears once reports are linked to sites.</p>;
  const span = daySpan(range);
  const from = filters.from ? Math.max(0, dayOf(range.first, filters.from)) : 0;
  const to = filters.to ? Math.min(span, dayOf(range.first, filters.to)) : span;
  return (
    <fieldset className="map-filter-group">
      <legend>Reports occurred</legend>
      <label htmlFor={`${id}-from`}>
        From <output htmlFor={`${id}-from`}>{formatDate(dateAt(range.first, from))}</output>
      </label>
      <input
        id={`${id}-from`}
        type="range"
        min={0}
        max={span}
        value={from}
        aria-valuetext={formatDate(dateAt(range.first, from))}
        onChange={(event) => {
          const day = Math.min(Number(event.target.value), to);
          setFilters({ from: day === 0 ? null : dateAt(range.first, day) });
        }}
      />
      <label htmlFor={`${id}-to`}>
        To <output htmlFor={`${id}-to`}>{formatDate(dateAt(range.first, to))}</output>
      </label>
      <input
        id={`${id}-to`}
        type="range"
        min={0}
        max={span}
        value={to}
        aria-valuetext={formatDate(dateAt(range.first, to))}
        onChange={(event) => {
          const day = Math.max(Number(event.target.value), from);
          setFilters({ to: day === span ? null : dateAt(range.first, day) });
        }}
      />
    </fieldset>
  );
}

/** The filters panel: time, site type, exploitation type, minimum grade, linked people and vehicles. */
export function MapFilters() {
  const id = useId();
  const filters = useMapStore((state) => state.filters);
  const setFilters = useMapStore((state) => state.setFilters);
  const resetFilters = useMapStore((state) => state.resetFilters);
  const grade = filters.minGrade ? `${filters.minGrade.source}-${filters.minGrade.assessment}` : '';
  return (
    <div className="map-filters" role="group" aria-label="Map filters">
      <TimeSlider />
      <fieldset className="map-filter-group">
        <legend>Site types</legend>
        <ul className="map-check-list">
          {siteTypeCodes.map((code) => (
            <li key={code}>
              <label>
                <input type="checkbox" checked={filters.siteTypes.includes(code)} onChange={() => setFilters({ siteTypes: toggled(filters.siteTypes, code) })} />
                <span className="map-swatch" style={{ background: SITE_COLOURS[code] }} aria-hidden="true" />
                {siteTypeShortLabel(code)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="map-filter-group">
        <legend>Exploitation types</legend>
        <ul className="map-check-list">
          {exploitationTypeCodes.map((code) => (
            <li key={code}>
              <label>
                <input type="checkbox" checked={filters.exploitation.includes(code)} onChange={() => setFilters({ exploitation: toggled(filters.exploitation, code) })} />
                {exploitationTypeLabels[code]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="form-field">
        <label htmlFor={`${id}-grade`}>Minimum grade</label>
        <select
          id={`${id}-grade`}
          value={grade}
          onChange={(event) => {
            const [source, assessment] = event.target.value.split('-') as [SourceEvaluation, IntelligenceAssessment];
            setFilters({ minGrade: event.target.value ? { source, assessment } : null });
          }}
        >
          <option value="">Any grade</option>
          {GRADES.map((value) => (
            <option key={value} value={value}>
              {value} or better
            </option>
          ))}
        </select>
      </div>
      <label className="radio-row">
        <input type="checkbox" checked={filters.includeLinked} onChange={(event) => setFilters({ includeLinked: event.target.checked })} />
        Show people and vehicles at their linked addresses
      </label>
      <button type="button" onClick={resetFilters}>
        Reset filters
      </button>
    </div>
  );
}
