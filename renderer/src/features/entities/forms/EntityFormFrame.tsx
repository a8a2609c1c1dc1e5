import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { EntityFields, EntityInput } from '@shared/schemas/entity';
import { CallError, errorMessage } from '../../../lib/fenlight';
import { FORM_LEVEL, placeIssues, type FormSpec } from './formSpec';
import { useEntityForm, type FormApi } from './useEntityForm';
import { ErrorAlert } from '../../../components/ErrorAlert';

export interface EntityFormProps {
  /** The entity being edited; null for a new one. */
  initial: EntityFields | null;
  submitLabel: string;
  /** Saves; throws CallError as the engine refused it. */
  onSubmit(input: EntityInput): Promise<void>;
  onCancel(): void;
  /** Opens the entity already in the vault with the same identity. */
  onOpenExisting?(id: string): void;
}

interface FrameProps<D> extends EntityFormProps {
  spec: FormSpec<D>;
  children(form: FormApi<D>): ReactNode;
}

/**
 * Everything the per-type forms share: inline validation with the engine's own schema, the
 * engine's field errors placed on their fields, the "already in the vault" refusal, and focus
 * moved to the first problem when a save is refused.
 */
export function EntityFormFrame<D>({
  spec,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  onOpenExisting,
  children,
}: FrameProps<D>) {
  const { form, conversion, revealAll, setServerErrors, serverErrors } = useEntityForm(spec, initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ message: string; existingId: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (attempts === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    revealAll();
    setProblem(null);
    setConflict(null);
    if (!conversion.input) {
      setAttempts((count) => count + 1);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(conversion.input);
    } catch (failure) {
      if (
        failure instanceof CallError &&
        failure.code === 'CONFLICT' &&
        typeof failure.details?.existingId === 'string'
      ) {
        setConflict({ message: failure.message, existingId: failure.details.existingId });
      } else if (
        failure instanceof CallError &&
        failure.code === 'INVALID_INPUT' &&
        failure.details?.issues?.length
      ) {
        const placed = placeIssues(spec, failure.details.issues);
        setServerErrors(placed);
        setProblem(placed[FORM_LEVEL] ?? failure.message);
        setAttempts((count) => count + 1);
      } else {
        setProblem(errorMessage(failure));
      }
    } finally {
      setSaving(false);
    }
  };

  const formLevel = serverErrors[FORM_LEVEL] ?? (attempts > 0 ? conversion.errors[FORM_LEVEL] : undefined);
  const problemCount = Object.keys(conversion.errors).length;
  return (
    <form
      ref={formRef}
      className="entity-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={submitLabel}
    >
      {children(form)}
      {attempts > 0 && problemCount > 0 && !problem && (
        <p role="alert" className="error-text">
          {formLevel ??
            `Correct ${problemCount === 1 ? 'the problem' : `the ${problemCount} problems`} shown above, then try again.`}
        </p>
      )}
      <ErrorAlert message={problem} />
      {conflict && (
        <div role="alert" className="entity-conflict">
          <span>{conflict.message}</span>{' '}
          {onOpenExisting && (
            <button type="button" className="link-button" onClick={() => onOpenExisting(conflict.existingId)}>
              Open it
            </button>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
