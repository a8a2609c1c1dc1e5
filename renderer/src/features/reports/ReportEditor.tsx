import { useCallback, useState, type FormEvent } from 'react';
import { todayInLondon } from '@shared/format';
import type { EntitySummary, ReportDetail } from '@shared/records';
import { call, CallError, errorMessage } from '../../lib/fenlight';
import { ExploitationChecklist, IndicatorChecklist } from './Checklists';
import { DateFields, MarkingAndSourceFields, RecordingFields } from './DetailFields';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { FoundPanel } from './FoundPanel';
import { GradingFields } from './GradingFields';
import { buildReportInput, errorsFromIssues, fieldForPath, type FieldErrors, type FormFieldKey, type ReportFormValues } from './reportForm';
import { useMarkingDescriptors } from '../vault/vaultStore';
import './reports.css';

interface ReportEditorProps {
  /** Null for a new report. */
  reportId: string | null;
  urn?: string;
  initial: ReportFormValues;
  supports?: readonly EntitySummary[];
  onSaved(detail: ReportDetail): void;
  onCancel(): void;
}

/** Where an engine refusal belongs: its issues by field, a named field, or the form as a whole. */
function engineProblems(failure: unknown): { errors: FieldErrors; general: string[] } {
  if (failure instanceof CallError) {
    const issues = failure.details?.issues;
    if (issues && issues.length > 0) return errorsFromIssues(issues);
    const field = typeof failure.details?.field === 'string' ? fieldForPath(failure.details.field) : null;
    if (field) return { errors: { [field]: failure.message }, general: [] };
  }
  return { errors: {}, general: [errorMessage(failure)] };
}

/** Writing or changing a report: every field, checked as the engine would before it is sent. */
export function ReportEditor({ reportId, urn, initial, supports = [], onSaved, onCancel }: ReportEditorProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  // Stable, so the long checklists (memoised) do not re-render on every keystroke elsewhere.
  const change = useCallback((patch: Partial<ReportFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    // A field's message goes once the analyst changes it; the rest stay until the next save.
    setErrors((current) => {
      if (!Object.keys(patch).some((key) => key in current)) return current;
      const next = { ...current };
      for (const key of Object.keys(patch) as FormFieldKey[]) delete next[key];
      return next;
    });
  }, []);
  const changeExploitation = useCallback((exploitationTypes: ReportFormValues['exploitationTypes']) => change({ exploitationTypes }), [change]);
  const changeIndicators = useCallback((indicators: ReportFormValues['indicators']) => change({ indicators }), [change]);

  const descriptors = useMarkingDescriptors();

  const fail = (problems: { errors: FieldErrors; general: string[] }) => {
    setErrors(problems.errors);
    setGeneral(problems.general);
    setAttempt((count) => count + 1);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const built = buildReportInput(values, todayInLondon(), descriptors);
    if (!built.input) {
      fail(built);
      return;
    }
    setSaving(true);
    try {
      const detail = reportId ? await call('reports.update', { id: reportId, report: built.input }) : await call('reports.create', { report: built.input });
      setErrors({});
      setGeneral([]);
      onSaved(detail);
    } catch (failure) {
      fail(engineProblems(failure));
    } finally {
      setSaving(false);
    }
  };

  const title = reportId ? `Edit report ${urn ?? ''}`.trim() : 'New report';
  return (
    <section className="view report-editor" aria-labelledby="report-editor-heading">
      <h1 id="report-editor-heading">{title}</h1>
      {reportId && <p className="notice restricted-note">The intelligence text (the restricted original) is shown because you are editing: opening the editor was recorded in the audit log as a restricted view.</p>}
      <ErrorSummary errors={errors} general={general} attempt={attempt} />
      <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="report-editor-heading">
        <fieldset className="field-group">
          <legend>Report</legend>
          <div className="urn-title-row">
            <Field name="urn" error={errors.urn} hint="The reference from the force system, as written there.">
              {(control) => <input {...control} autoComplete="off" value={values.urn} onChange={(event) => change({ urn: event.target.value })} />}
            </Field>
            <Field name="title" error={errors.title}>
              {(control) => <input {...control} autoComplete="off" value={values.title} onChange={(event) => change({ title: event.target.value })} />}
            </Field>
          </div>
        </fieldset>
        <GradingFields values={values} errors={errors} onChange={change} />
        <MarkingAndSourceFields values={values} errors={errors} onChange={change} />
        <fieldset className="field-group">
          <legend>Text</legend>
          <Field name="sanitisedText" error={errors.sanitisedText} hint="What may be shared: details that identify the source or a data subject removed.">
            {(control) => <textarea {...control} rows={8} value={values.sanitisedText} onChange={(event) => change({ sanitisedText: event.target.value })} />}
          </Field>
          <Field
            name="originalText"
            error={errors.originalText}
            hint="Restricted: the original as received. It is never exported or searched, and every view of it is recorded in the audit log."
          >
            {(control) => (
              <textarea {...control} className="restricted-text" rows={6} value={values.originalText} onChange={(event) => change({ originalText: event.target.value })} />
            )}
          </Field>
        </fieldset>
        <FoundPanel
          reportId={reportId}
          supports={supports}
          sources={[
            { label: 'Sanitised text', text: values.sanitisedText },
            { label: 'Intelligence text', text: values.originalText },
          ]}
        />
        <DateFields values={values} errors={errors} onChange={change} />
        <ExploitationChecklist value={values.exploitationTypes} error={errors.exploitationTypes} onChange={changeExploitation} />
        <IndicatorChecklist value={values.indicators} error={errors.indicators} onChange={changeIndicators} />
        <RecordingFields values={values} errors={errors} onChange={change} />
        <div className="form-actions sticky-actions">
          <button type="submit" className="primary" disabled={saving}>
            Save report
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          {saving && <span role="status">Saving…</span>}
        </div>
      </form>
    </section>
  );
}
