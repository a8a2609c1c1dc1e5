/** "Minimum grading": source evaluation and intelligence assessment, each "or better" (Expand, Filters). */
import {
  intelligenceAssessmentCodes,
  intelligenceAssessmentLabels,
  sourceEvaluationCodes,
  sourceEvaluationLabels,
  type IntelligenceAssessment,
  type SourceEvaluation,
} from '@shared/domain/grading';

interface MinimumGradeFieldsProps {
  id: string;
  legend: string;
  source: SourceEvaluation | '';
  assessment: IntelligenceAssessment | '';
  onChange(source: SourceEvaluation | '', assessment: IntelligenceAssessment | ''): void;
}

export function MinimumGradeFields({ id, legend, source, assessment, onChange }: MinimumGradeFieldsProps) {
  return (
    <fieldset className="chart-row">
      <legend>{legend}</legend>
      <div className="form-field">
        <label htmlFor={`${id}-source`}>Source evaluation</label>
        <select id={`${id}-source`} value={source} onChange={(event) => onChange(event.target.value as SourceEvaluation | '', assessment)}>
          <option value="">Any</option>
          {sourceEvaluationCodes.map((code) => (
            <option key={code} value={code}>
              {code === '1' ? '1' : `1–${code}`} ({sourceEvaluationLabels[code]}
              {code === '1' ? '' : ' or better'})
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-assessment`}>Intelligence assessment</label>
        <select id={`${id}-assessment`} value={assessment} onChange={(event) => onChange(source, event.target.value as IntelligenceAssessment | '')}>
          <option value="">Any</option>
          {intelligenceAssessmentCodes.map((code) => (
            <option key={code} value={code}>
              {code === 'A' ? 'A' : `A–${code}`} ({intelligenceAssessmentLabels[code]}
              {code === 'A' ? '' : ' or better'})
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
