import type { ReactNode } from 'react';
import { fieldId, formLabels, type FormFieldKey } from './reportForm';

export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  name: FormFieldKey;
  /** Defaults to the editor's label for the field. */
  label?: string;
  hint?: ReactNode;
  error?: string | undefined;
  children(control: ControlProps): ReactNode;
}

/**
 * A labelled control (input, select or textarea) whose hint and error are announced with it; the
 * control's id is the one the error summary links to.
 */
export function Field({ name, label, hint, error, children }: FieldProps) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`form-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label ?? formLabels[name]}</label>
      {children({ id, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <div id={errorId} className="field-error">
          {error}
        </div>
      )}
    </div>
  );
}
