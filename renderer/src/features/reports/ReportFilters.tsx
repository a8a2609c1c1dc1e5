import { districts, type DistrictCode } from '@shared/domain/districts';
import { exploitationSubtypes, exploitationTypeCodes, exploitationTypeLabels, otherExploitationTagCodes, otherExploitationTagLabels } from '@shared/domain/exploitation';
import {
  handlingCodeLabels,
  handlingCodes,
  intelligenceAssessmentCodes,
  intelligenceAssessmentLabels,
  sourceEvaluationCodes,
  sourceEvaluationLabels,
  type HandlingCode,
  type IntelligenceAssessment,
  type SourceEvaluation,
} from '@shared/domain/grading';
import { FormField } from '../../components/FormField';
import type { ListFilterForm } from './reportsStore';

interface ReportFiltersProps {
  value: ListFilterForm;
  onChange(patch: Partial<ListFilterForm>): void;
}

/** Narrowing the reports list; every filter is sent to reports.list, nothing is filtered here. */
export function ReportFilters({ value, onChange }: ReportFiltersProps) {
  return (
    <form className="report-filters" aria-label="Filter reports" onSubmit={(event) => event.preventDefault()}>
      <FormField
        label="Search reports"
        type="search"
        value={value.text}
        onChange={(event) => onChange({ text: event.target.value })}
        hint="URN, title and sanitised text"
      />
      <div className="form-field">
        <label htmlFor="report-filter-source">Source evaluation</label>
        <select id="report-filter-source" value={value.sourceEvaluation} onChange={(event) => onChange({ sourceEvaluation: event.target.value as SourceEvaluation | '' })}>
          <option value="">Any</option>
          {sourceEvaluationCodes.map((code) => (
            <option key={code} value={code}>
              {code} — {sourceEvaluationLabels[code]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="report-filter-assessment">Intelligence assessment</label>
        <select
          id="report-filter-assessment"
          value={value.intelligenceAssessment}
          onChange={(event) => onChange({ intelligenceAssessment: event.target.value as IntelligenceAssessment | '' })}
        >
          <option value="">Any</option>
          {intelligenceAssessmentCodes.map((code) => (
            <option key={code} value={code}>
              {code} — {intelligenceAssessmentLabels[code]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="report-filter-handling">Handling code</label>
        <select id="report-filter-handling" value={value.handlingCode} onChange={(event) => onChange({ handlingCode: event.target.value as HandlingCode | '' })}>
          <option value="">Any</option>
          {handlingCodes.map((code) => (
            <option key={code} value={code}>
              {code} — {handlingCodeLabels[code]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="report-filter-district">District</label>
        <select id="report-filter-district" value={value.district} onChange={(event) => onChange({ district: event.target.value as DistrictCode | '' })}>
          <option value="">Any</option>
          {districts.map((district) => (
            <option key={district.code} value={district.code}>
              {district.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="report-filter-exploitation">Exploitation type</label>
        <select id="report-filter-exploitation" value={value.exploitationType} onChange={(event) => onChange({ exploitationType: event.target.value })}>
          <option value="">Any</option>
          {exploitationTypeCodes.map((type) => (
            <optgroup key={type} label={exploitationTypeLabels[type]}>
              <option value={type}>{exploitationTypeLabels[type]} (any kind)</option>
              {exploitationSubtypes
                .filter((subtype) => subtype.parent === type)
                .map((subtype) => (
                  <option key={subtype.code} value={subtype.code}>
                    {subtype.label}
                  </option>
                ))}
            </optgroup>
          ))}
          <optgroup label="Other forms">
            {otherExploitationTagCodes.map((tag) => (
              <option key={tag} value={tag}>
                {otherExploitationTagLabels[tag]}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <FormField label="From" placeholder="dd/mm/yyyy" inputMode="numeric" value={value.from} onChange={(event) => onChange({ from: event.target.value })} />
      <FormField label="To" placeholder="dd/mm/yyyy" inputMode="numeric" value={value.to} onChange={(event) => onChange({ to: event.target.value })} />
      <div className="form-field report-filter-check">
        <label className="checkbox-label">
          <input type="checkbox" checked={value.dueForReview} onChange={(event) => onChange({ dueForReview: event.target.checked })} />
          Due for MoPI review
        </label>
      </div>
    </form>
  );
}
