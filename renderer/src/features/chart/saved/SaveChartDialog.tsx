/**
 * "Save chart": name, description and protective marking. Markings below the chart's floor are
 * not offered (the sentence under the list says why); a chart already saved can be overwritten
 * or saved as a copy.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { FormField } from '../../../components/FormField';
import { errorMessage } from '../../../lib/fenlight';
import { useVaultStore } from '../../vault/vaultStore';
import { useChartStore } from '../chartStore';
import { initialMarking, markingChoices, type MarkingChoices } from './markingChoices';
import { chartFloor, saveChart } from './savedCharts';
import { ErrorAlert } from '../../../components/ErrorAlert';

export const MAX_CHART_NAME = 120;

export interface SaveForm {
  name: string;
  description: string;
}

/** The form's own checks, before anything is sent: null when it may be saved. */
export function checkSaveForm(form: SaveForm): { field: 'name' | 'description'; message: string } | null {
  const name = form.name.trim();
  if (!name) return { field: 'name', message: 'Give the chart a name.' };
  if (name.length > MAX_CHART_NAME) return { field: 'name', message: `A chart name can be at most ${MAX_CHART_NAME} characters.` };
  if (form.description.trim().length > 2000) return { field: 'description', message: 'A description can be at most 2,000 characters.' };
  return null;
}

/** The vault's own descriptors when it has set them up (else the defaults). */
function vaultDescriptors(): readonly string[] | undefined {
  const status = useVaultStore.getState().status;
  if (status?.state !== 'unlocked' || !('markingDescriptors' in status.vault)) return undefined;
  const list: unknown = status.vault.markingDescriptors;
  return Array.isArray(list) && list.every((item) => typeof item === 'string') && list.length > 0 ? list : undefined;
}

interface SaveChartDialogProps {
  /** The saved chart's description, when it is already saved. */
  description: string;
  onSaved(message: string): void;
  onClose(): void;
}

export function SaveChartDialog({ description, onSaved, onClose }: SaveChartDialogProps) {
  const id = useId();
  const meta = useChartStore((state) => state.meta);
  const [form, setForm] = useState<SaveForm>({ name: meta.name ?? '', description });
  const [choices, setChoices] = useState<MarkingChoices | null>(null);
  const [marking, setMarking] = useState('');
  const [floorConditions, setFloorConditions] = useState<string[]>([]);
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    chartFloor().then(
      (floor) => {
        if (!live) return;
        const found = markingChoices(floor.marking, vaultDescriptors());
        setChoices(found);
        setMarking(initialMarking(useChartStore.getState().meta.marking, found));
        setFloorConditions(floor.handlingConditions);
      },
      (error: unknown) => live && setProblem({ field: 'form', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const save = async (asCopy: boolean) => {
    const checked = checkSaveForm(form);
    if (checked) {
      setProblem(checked);
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const saved = await saveChart({ name: form.name.trim(), description: form.description.trim(), marking, asCopy });
      onSaved(`Saved “${saved.name}”${asCopy ? ' as a new chart' : ''}, marked ${saved.marking}.`);
    } catch (error) {
      setProblem({ field: 'form', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  const floor = choices?.offered[0];
  return (
    <Dialog title="Save chart" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <FormField
          label="Name"
          value={form.name}
          maxLength={MAX_CHART_NAME + 20}
          onChange={(event) => setForm({ ...form, name: event.target.value })}
          error={problem?.field === 'name' ? problem.message : null}
        />
        <div className="form-field">
          <label htmlFor={`${id}-description`}>Description</label>
          <textarea
            id={`${id}-description`}
            rows={3}
            value={form.description}
            onChange={(event) => setForm({ ...form, description: event.target.value })}
            aria-invalid={problem?.field === 'description' ? true : undefined}
          />
          {problem?.field === 'description' && <div className="field-error">{problem.message}</div>}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-marking`}>Protective marking</label>
          <select
            id={`${id}-marking`}
            value={marking}
            disabled={!choices}
            aria-describedby={`${id}-marking-hint`}
            onChange={(event) => setMarking(event.target.value)}
          >
            {(choices?.offered ?? []).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
          <div id={`${id}-marking-hint`} className="field-hint">
            {!choices
              ? 'Checking the markings of the reports behind the chart…'
              : choices.withheld.length > 0
                ? `The chart shows material marked ${floor}, so it cannot be marked lower: ${choices.withheld.join(', ')} ${choices.withheld.length === 1 ? 'is' : 'are'} not offered. You may raise the marking.`
                : 'You may raise the marking above what the reports behind the chart carry, never lower it.'}
            {floorConditions.length > 0 && ' Handling conditions of C-graded reports apply to this chart and are printed on its exports.'}
          </div>
        </div>
        <ErrorAlert message={problem?.field === 'form' ? problem.message : null} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          {meta.chartId && (
            <button type="button" disabled={busy || !choices} onClick={() => void save(true)}>
              Save as copy
            </button>
          )}
          <button type="submit" className="primary" disabled={busy || !choices}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
