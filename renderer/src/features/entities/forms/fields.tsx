import { useId, type ReactNode } from 'react';
import { FormField } from '../../../components/FormField';
import type { FormApi } from './useEntityForm';

type KeysOf<D, V> = { [K in keyof D]: D[K] extends V ? K : never }[keyof D] & string;

interface Bound<D, V> {
  form: FormApi<D>;
  name: KeysOf<D, V>;
  label: string;
  hint?: ReactNode;
}

/** A text input bound to a draft field. */
export function TextInput<D>({
  form,
  name,
  label,
  hint,
  ...input
}: Bound<D, string> & {
  placeholder?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  autoComplete?: string;
}) {
  return (
    <FormField
      label={label}
      hint={hint}
      error={form.error(name)}
      value={form.draft[name] as string}
      onChange={(event) => form.set(name, event.target.value as D[typeof name])}
      onBlur={() => form.touch(name)}
      autoComplete="off"
      {...input}
    />
  );
}

/** A date typed day first. */
export function DateInput<D>(props: Bound<D, string>) {
  return <TextInput {...props} placeholder="dd/mm/yyyy" inputMode="numeric" />;
}

/** Several entries, one per line (aliases, address lines). */
export function LinesInput<D>({ form, name, label, hint, rows = 3 }: Bound<D, string> & { rows?: number }) {
  const id = useId();
  const error = form.error(name);
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={form.draft[name] as string}
        onChange={(event) => form.set(name, event.target.value as D[typeof name])}
        onBlur={() => form.touch(name)}
        aria-describedby={
          [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
        }
        aria-invalid={error ? true : undefined}
      />
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} className="field-error">
          {error}
        </div>
      )}
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** A select bound to a draft field; `placeholder` adds a blank first choice. */
export function SelectInput<D>({
  form,
  name,
  label,
  hint,
  choices,
  placeholder,
}: Bound<D, string> & { choices: readonly Choice[]; placeholder?: string }) {
  const id = useId();
  const error = form.error(name);
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={form.draft[name] as string}
        onChange={(event) => form.set(name, event.target.value as D[typeof name])}
        onBlur={() => form.touch(name)}
        aria-describedby={
          [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
        }
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} className="field-error">
          {error}
        </div>
      )}
    </div>
  );
}

/** A yes/no field as a checkbox. */
export function CheckboxInput<D>({ form, name, label, hint }: Bound<D, boolean>) {
  const id = useId();
  return (
    <div className="checkbox-row">
      <input
        id={id}
        type="checkbox"
        checked={form.draft[name] as boolean}
        onChange={(event) => form.set(name, event.target.checked as D[typeof name])}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <div id={`${id}-hint`} className="field-hint">
            {hint}
          </div>
        )}
      </div>
    </div>
  );
}

/** Choices from a record of labels, in its order. */
export function choicesFrom<C extends string>(codes: readonly C[], labels: Record<C, string>): Choice[] {
  return codes.map((code) => ({ value: code, label: labels[code] }));
}
