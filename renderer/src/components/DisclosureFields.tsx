import { useId } from 'react';

export interface Disclosure {
  reason: string;
  recipients: string[];
}

/**
 * The reason and recipients every export asks for: DPA 2018 s62 disclosure logs must show why
 * and to whom. Recipients are typed one per line.
 */
export function DisclosureFields({ value, onChange }: { value: Disclosure; onChange(next: Disclosure): void }) {
  const id = useId();
  return (
    <>
      <div className="form-field">
        <label htmlFor={`${id}-reason`}>Reason for disclosure</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={value.reason}
          onChange={(event) => onChange({ ...value, reason: event.target.value })}
          aria-describedby={`${id}-reason-hint`}
        />
        <div id={`${id}-reason-hint`} className="field-hint">
          Recorded in the audit log, for example “Case file for Op Heron, requested by DS Khan”.
        </div>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-recipients`}>Recipients</label>
        <textarea
          id={`${id}-recipients`}
          rows={2}
          value={value.recipients.join('\n')}
          onChange={(event) => onChange({ ...value, recipients: event.target.value.split('\n').map((line) => line.trimStart()) })}
          aria-describedby={`${id}-recipients-hint`}
        />
        <div id={`${id}-recipients-hint`} className="field-hint">
          Optional: one person or team per line.
        </div>
      </div>
    </>
  );
}

/** Recipients as sent to the engine: blank lines dropped. */
export function cleanRecipients(recipients: string[]): string[] {
  return recipients.map((line) => line.trim()).filter(Boolean);
}
