/**
 * Expand: the selected entities' neighbours from the vault, by link type, depth (1–3), date range
 * and minimum grading; they are placed around what they link to, and nothing else moves.
 */
import { useId, useState } from 'react';
import type { IntelligenceAssessment, SourceEvaluation } from '@shared/domain/grading';
import { linkTypes, type LinkType } from '@shared/domain/linkTypes';
import { Dialog } from '../../../components/Dialog';
import { errorMessage } from '../../../lib/fenlight';
import { expandNeighbours, type ExpandOptions } from '../chartData';
import { useChartUiStore } from '../chartUiStore';
import { plural } from '@shared/format/numbers';
import { MinimumGradeFields } from './MinimumGradeFields';
import { ErrorAlert } from '../../../components/ErrorAlert';

export interface ExpandFormValues {
  linkTypes: LinkType[];
  depth: number;
  from: string;
  to: string;
  source: SourceEvaluation | '';
  assessment: IntelligenceAssessment | '';
  followDirection: boolean;
  /** At most this many entities (the nearest are kept). */
  limit: number;
}

/** graph.neighbours' own ceiling. */
export const EXPAND_MAX = 5_000;

export const DEFAULT_EXPAND: ExpandFormValues = {
  linkTypes: [],
  depth: 1,
  from: '',
  to: '',
  source: '',
  assessment: '',
  followDirection: false,
  limit: 500,
};

/** The graph.neighbours options for the form (empty fields: no restriction). */
export function expandOptions(values: ExpandFormValues): ExpandOptions {
  const minGrade = {
    ...(values.source ? { source: values.source } : {}),
    ...(values.assessment ? { assessment: values.assessment } : {}),
  };
  return {
    depth: values.depth,
    followDirection: values.followDirection,
    limit: values.limit,
    ...(values.linkTypes.length > 0 ? { linkTypes: values.linkTypes } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(Object.keys(minGrade).length > 0 ? { minGrade } : {}),
  };
}

export function expandProblem(values: ExpandFormValues): string | null {
  if (values.from && values.to && values.from > values.to)
    return 'The end of the date range cannot be before its start.';
  if (!Number.isInteger(values.limit) || values.limit < 1 || values.limit > EXPAND_MAX)
    return `Add at most ${EXPAND_MAX.toLocaleString('en-GB')} entities at once (and at least 1).`;
  return null;
}

export function ExpandDialog({ seedIds, onClose }: { seedIds: string[]; onClose(): void }) {
  const [values, setValues] = useState<ExpandFormValues>(DEFAULT_EXPAND);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const set = (change: Partial<ExpandFormValues>) => setValues((previous) => ({ ...previous, ...change }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problem = expandProblem(values);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      const result = await expandNeighbours(seedIds, expandOptions(values));
      const more = result.truncated
        ? ' More lie within reach: narrow the link types, dates or grading to see them.'
        : '';
      useChartUiStore
        .getState()
        .say(`Expand added ${plural(result.added.length, 'entity', 'entities')}.${more}`);
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Expand" onClose={onClose} className="chart-dialog">
      <form onSubmit={(event) => void submit(event)}>
        <p className="field-hint">
          Adds the neighbours of {plural(seedIds.length, 'selected entity', 'selected entities')} from the
          vault.
        </p>
        <div className="form-field">
          <label htmlFor={`${id}-depth`}>Depth</label>
          <select
            id={`${id}-depth`}
            value={values.depth}
            onChange={(event) => set({ depth: Number(event.target.value) })}
          >
            <option value={1}>1 link away</option>
            <option value={2}>Up to 2 links away</option>
            <option value={3}>Up to 3 links away</option>
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-limit`}>At most (entities, nearest first)</label>
          <input
            id={`${id}-limit`}
            type="number"
            min={1}
            max={EXPAND_MAX}
            value={Number.isFinite(values.limit) ? values.limit : ''}
            onChange={(event) => set({ limit: Number(event.target.value) })}
          />
        </div>
        <fieldset className="chart-checks">
          <legend>Link types (none ticked: all)</legend>
          {linkTypes.map((type) => (
            <label key={type.code}>
              <input
                type="checkbox"
                checked={values.linkTypes.includes(type.code)}
                onChange={(event) =>
                  set({
                    linkTypes: event.target.checked
                      ? [...values.linkTypes, type.code]
                      : values.linkTypes.filter((code) => code !== type.code),
                  })
                }
              />
              {type.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="chart-row">
          <legend>Links valid between (optional)</legend>
          <div className="form-field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              value={values.from}
              onChange={(event) => set({ from: event.target.value })}
            />
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="date"
              value={values.to}
              onChange={(event) => set({ to: event.target.value })}
            />
          </div>
        </fieldset>
        <MinimumGradeFields id={id} legend="Minimum grading of the links’ reports" source={values.source} assessment={values.assessment} onChange={(source, assessment) => set({ source, assessment })} />
        <label className="chart-check">
          <input
            type="checkbox"
            checked={values.followDirection}
            onChange={(event) => set({ followDirection: event.target.checked })}
          />
          Follow link direction (only along arrows, outwards)
        </label>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy}>
            Expand
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
