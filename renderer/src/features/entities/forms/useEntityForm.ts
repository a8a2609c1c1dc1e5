import { useMemo, useState } from 'react';
import type { EntityFields } from '@shared/schemas/entity';
import { convert, type Conversion, type FieldErrors, type FormSpec } from './formSpec';

/** What a type's fields component needs: the draft, a setter, and each field's message. */
export interface FormApi<D> {
  draft: D;
  set<K extends keyof D>(key: K, value: D[K]): void;
  /** The message to show for a field: the engine's, or the form's own once the field was left or a save tried. */
  error(key: keyof D & string): string | undefined;
  touch(key: keyof D & string): void;
}

export interface EntityFormState<D> {
  form: FormApi<D>;
  conversion: Conversion;
  /** Shows every field's message (called when a save is attempted). */
  revealAll(): void;
  setServerErrors(errors: FieldErrors): void;
  serverErrors: FieldErrors;
}

export function useEntityForm<D>(spec: FormSpec<D>, initial: EntityFields | null): EntityFormState<D> {
  const [draft, setDraft] = useState<D>(() => (initial ? spec.fromFields(initial) : spec.empty));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [revealed, setRevealed] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const conversion = useMemo(() => convert(spec, draft), [spec, draft]);

  const form: FormApi<D> = {
    draft,
    set: (key, value) => {
      setDraft((current) => ({ ...current, [key]: value }));
      // The engine's message was about the old value.
      setServerErrors((current) => {
        if (!(String(key) in current)) return current;
        const next = { ...current };
        delete next[String(key)];
        return next;
      });
    },
    error: (key) => serverErrors[key] ?? (revealed || touched.has(key) ? conversion.errors[key] : undefined),
    touch: (key) => setTouched((current) => (current.has(key) ? current : new Set([...current, key]))),
  };
  return { form, conversion, revealAll: () => setRevealed(true), setServerErrors, serverErrors };
}
