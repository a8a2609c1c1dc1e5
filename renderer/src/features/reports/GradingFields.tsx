import {
  handlingCodeHelp,
  handlingCodeLabels,
  handlingCodes,
  intelligenceAssessmentCodes,
  intelligenceAssessmentHelp,
  intelligenceAssessmentLabels,
  sourceEvaluationCodes,
  sourceEvaluationHelp,
  sourceEvaluationLabels,
  type HandlingCode,
  type IntelligenceAssessment,
  type SourceEvaluation,
} from '@shared/domain/grading';
import { HANDLING_CONDITIONS_REQUIRED } from '@shared/schemas/report';
import { Field } from './Field';
import { GradingGuide, LegacyGradeNote } from './GradingHelp';
import type { FieldErrors, ReportFormValues } from './reportForm';

type GradingValues = Pick<ReportFormValues, 'sourceEvaluation' | 'intelligenceAssessment' | 'handlingCode' | 'handlingConditions' | 'legacyGrade'>;

interface GradingFieldsProps {
  values: GradingValues;
  errors: FieldErrors;
  onChange(patch: Partial<ReportFormValues>): void;
}

/** Source evaluation, intelligence assessment and handling code, each explained as it is chosen. */
export function GradingFields({ values, errors, onChange }: GradingFieldsProps) {
  return (
    <fieldset className="field-group grading-fields">
      <legend>Grading (3x5x2)</legend>
      {values.legacyGrade && <LegacyGradeNote text={values.legacyGrade} />}
      <div className="grading-row">
        <Field
          name="sourceEvaluation"
          error={errors.sourceEvaluation}
          hint={values.sourceEvaluation ? sourceEvaluationHelp[values.sourceEvaluation] : 'How far the source can be trusted: 1, 2 or 3.'}
        >
          {(control) => (
            <select {...control} value={values.sourceEvaluation} onChange={(event) => onChange({ sourceEvaluation: event.target.value as SourceEvaluation | '' })}>
              <option value="">Choose…</option>
              {sourceEvaluationCodes.map((code) => (
                <option key={code} value={code}>
                  {code} — {sourceEvaluationLabels[code]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="intelligenceAssessment"
          error={errors.intelligenceAssessment}
          hint={values.intelligenceAssessment ? intelligenceAssessmentHelp[values.intelligenceAssessment] : 'How the source knows it: A to E.'}
        >
          {(control) => (
            <select
              {...control}
              value={values.intelligenceAssessment}
              onChange={(event) => onChange({ intelligenceAssessment: event.target.value as IntelligenceAssessment | '' })}
            >
              <option value="">Choose…</option>
              {intelligenceAssessmentCodes.map((code) => (
                <option key={code} value={code}>
                  {code} — {intelligenceAssessmentLabels[code]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="handlingCode" error={errors.handlingCode} hint={values.handlingCode ? handlingCodeHelp[values.handlingCode] : 'How it may be shared: P or C.'}>
          {(control) => (
            <select {...control} value={values.handlingCode} onChange={(event) => onChange({ handlingCode: event.target.value as HandlingCode | '' })}>
              <option value="">Choose…</option>
              {handlingCodes.map((code) => (
                <option key={code} value={code}>
                  {code} — {handlingCodeLabels[code]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {values.handlingCode === 'C' && (
        <Field
          name="handlingConditions"
          error={errors.handlingConditions}
          hint={`Required for handling code C: ${HANDLING_CONDITIONS_REQUIRED.replace(/^Handling code C needs /, 'write ')} They show wherever this report appears, and on every export.`}
        >
          {(control) => (
            <textarea {...control} rows={3} required value={values.handlingConditions} onChange={(event) => onChange({ handlingConditions: event.target.value })} />
          )}
        </Field>
      )}
      <GradingGuide />
    </fieldset>
  );
}
