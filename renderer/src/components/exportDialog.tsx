/**
 * What every marked export dialog shares (chart, map): the submit flow — check the form, ask
 * the shell where to save, run the export, show where it went — and the paper fields, the
 * form-level error, the action buttons and the "exported" confirmation.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ExportPage } from '@shared/contract/calls/export';
import { call, errorMessage } from '../lib/fenlight';
import { Dialog } from './Dialog';
import { ErrorAlert } from './ErrorAlert';

export interface FormProblem {
  field: string;
  message: string;
}

/** A file name from an export's title: characters Windows refuses in names become spaces. */
export function exportFileName(title: string, extension: string): string {
  return `${title.trim().replace(/[\\/:*?"<>|]+/g, ' ')}.${extension}`;
}

interface ExportFlow<Form, Checked, Done> {
  initial: Form;
  check(form: Form): ({ ok: true } & Checked) | ({ ok: false } & FormProblem);
  /** The save dialog's title, suggested file name and file type for this form. */
  saveAs(form: Form): { title: string; defaultName: string; filter: { name: string; extensions: string[] } };
  run(form: Form, checked: Checked, destination: string): Promise<Done>;
}

export function useExportFlow<Form, Checked, Done>(flow: ExportFlow<Form, Checked, Done>) {
  const [form, setForm] = useState<Form>(flow.initial);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const update = (patch: Partial<Form>) => setForm((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = flow.check(form);
    if (!checked.ok) {
      setProblem({ field: checked.field, message: checked.message });
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const target = flow.saveAs(form);
      const picked = await call('shell.pickSavePath', {
        title: target.title,
        defaultName: target.defaultName,
        filters: [target.filter],
      });
      if (picked.cancelled) return;
      setDone(await flow.run(form, checked, picked.path));
    } catch (error) {
      setProblem({ field: 'form', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return { form, update, problem, busy, done, submit };
}

/** Paper and orientation for PDF exports. */
export function PaperFields({
  id,
  page,
  onChange,
}: {
  id: string;
  page: Pick<ExportPage, 'paper' | 'orientation'>;
  onChange(patch: Partial<ExportPage>): void;
}) {
  return (
    <>
      <div className="form-field">
        <label htmlFor={`${id}-paper`}>Paper</label>
        <select
          id={`${id}-paper`}
          value={page.paper}
          onChange={(event) => onChange({ paper: event.target.value as ExportPage['paper'] })}
        >
          <option value="A4">A4</option>
          <option value="A3">A3</option>
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-orientation`}>Orientation</label>
        <select
          id={`${id}-orientation`}
          value={page.orientation}
          onChange={(event) => onChange({ orientation: event.target.value as ExportPage['orientation'] })}
        >
          <option value="landscape">Landscape</option>
          <option value="portrait">Portrait</option>
        </select>
      </div>
    </>
  );
}

/** The form-level error (what the engine or shell refused) and Cancel / Export. */
export function ExportActions({
  problem,
  busy,
  onCancel,
}: {
  problem: FormProblem | null;
  busy: boolean;
  onCancel(): void;
}) {
  return (
    <>
      <ErrorAlert message={problem?.field === 'form' ? problem.message : null} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </>
  );
}

/** Where the export went, and that the disclosure is in the audit log. */
export function ExportedDialog({
  title,
  children,
  onClose,
}: {
  title: string;
  children: ReactNode;
  onClose(): void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <p role="status">{children}. The disclosure is recorded in the audit log.</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
