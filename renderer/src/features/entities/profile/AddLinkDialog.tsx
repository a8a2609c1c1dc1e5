import { useId, useState, type FormEvent } from 'react';
import { linkDirectedByDefault } from '@shared/domain/linkTypes';
import {
  linkStrengthCodes,
  linkStrengthHelp,
  linkStrengthLabels,
  type LinkStrength,
} from '@shared/domain/linkStrengths';
import type { EntitySummary, ReportSummary } from '@shared/records';
import { linkInputSchema } from '@shared/schemas/link';
import { Dialog } from '../../../components/Dialog';
import { FormField } from '../../../components/FormField';
import { call, errorMessage } from '../../../lib/fenlight';
import { readDate } from '../forms/dates';
import type { FieldErrors } from '../forms/formSpec';
import { linkOptions } from './linkOptions';
import { EntityPicker, ReportPicker } from './Pickers';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface AddLinkDialogProps {
  self: EntitySummary;
  onClose(): void;
  onLinked(): void;
}

/** "Link to…": the other entity, a link type valid for the pair, strength, direction, dates and the report it rests on. */
export function AddLinkDialog({ self, onClose, onLinked }: AddLinkDialogProps) {
  const id = useId();
  const [other, setOther] = useState<EntitySummary | null>(null);
  const [choice, setChoice] = useState('');
  const [directed, setDirected] = useState<boolean | null>(null);
  const [strength, setStrength] = useState<LinkStrength>('unconfirmed');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [notes, setNotes] = useState('');
  const [report, setReport] = useState<ReportSummary | null>(null);
  const [evidenceNote, setEvidenceNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);

  const options = other ? linkOptions(self, other) : [];
  const option = options.find((item) => item.value === choice) ?? null;
  const isDirected = directed ?? (option ? linkDirectedByDefault(option.type) : true);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found: FieldErrors = {};
    if (!other) found.other = 'Choose the entity to link to.';
    if (other && !option)
      found.type = options.length
        ? 'Choose the link type.'
        : 'No link type can join these two kinds of entity; choose “Other” after picking another entity.';
    const from = readDate(validFrom, 'validFrom', 'valid from date', found);
    const to = readDate(validTo, 'validTo', 'valid to date', found);
    if (!other || !option || Object.keys(found).length) {
      setErrors(found);
      return;
    }
    const link = {
      fromId: option.reversed ? other.id : self.id,
      toId: option.reversed ? self.id : other.id,
      type: option.type,
      directed: isDirected,
      strength,
      validFrom: from,
      validTo: to,
      notes,
    };
    const checked = linkInputSchema.safeParse(link);
    if (!checked.success) {
      setErrors(
        Object.fromEntries(
          checked.error.issues.map((issue) => [String(issue.path[0] ?? 'type'), issue.message]),
        ),
      );
      return;
    }
    setErrors({});
    try {
      await call('links.create', {
        link,
        evidence: report ? [{ reportId: report.id, note: evidenceNote }] : [],
      });
      onLinked();
    } catch (failure) {
      setProblem(errorMessage(failure));
    }
  };

  return (
    <Dialog title={`Link ${self.label} to…`} onClose={onClose} className="entity-dialog">
      <form noValidate onSubmit={(event) => void submit(event)} aria-label="New link">
        <EntityPicker
          exclude={self.id}
          label="Other entity"
          searchLabel="Find the other entity"
          value={other}
          onChange={setOther}
          error={errors.other}
        />
        <div className="form-field">
          <label htmlFor={`${id}-type`}>Link type</label>
          <select
            id={`${id}-type`}
            value={choice}
            onChange={(event) => {
              setChoice(event.target.value);
              setDirected(null);
            }}
            disabled={!other}
            aria-invalid={errors.type ? true : undefined}
            aria-describedby={errors.type ? `${id}-type-error` : undefined}
          >
            <option value="">{other ? 'Choose…' : 'Choose the other entity first'}</option>
            {options.map((item) => (
              <option key={item.value} value={item.value}>
                {item.label}
              </option>
            ))}
          </select>
          {errors.type && (
            <div id={`${id}-type-error`} className="field-error">
              {errors.type}
            </div>
          )}
        </div>
        <div className="checkbox-row">
          <input
            id={`${id}-directed`}
            type="checkbox"
            checked={isDirected}
            onChange={(event) => setDirected(event.target.checked)}
          />
          <label htmlFor={`${id}-directed`}>Directed (drawn with an arrow)</label>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-strength`}>Strength</label>
          <select
            id={`${id}-strength`}
            value={strength}
            onChange={(event) => setStrength(event.target.value as LinkStrength)}
            aria-describedby={`${id}-strength-hint`}
          >
            {linkStrengthCodes.map((code) => (
              <option key={code} value={code}>
                {linkStrengthLabels[code]}
              </option>
            ))}
          </select>
          <div id={`${id}-strength-hint`} className="field-hint">
            {linkStrengthHelp[strength]}
          </div>
        </div>
        <div className="form-row">
          <FormField
            label="Valid from"
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            value={validFrom}
            onChange={(event) => setValidFrom(event.target.value)}
            error={errors.validFrom}
          />
          <FormField
            label="Valid to"
            placeholder="dd/mm/yyyy"
            inputMode="numeric"
            value={validTo}
            onChange={(event) => setValidTo(event.target.value)}
            error={errors.validTo}
          />
        </div>
        <FormField
          label="Notes"
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          error={errors.notes}
        />
        <ReportPicker
          label="Supporting report"
          searchLabel="Find the supporting report"
          value={report}
          onChange={setReport}
        />
        {report && (
          <FormField
            label="Evidence note"
            hint="Why this report supports the link, e.g. “names him as the driver”."
            value={evidenceNote}
            onChange={(event) => setEvidenceNote(event.target.value)}
          />
        )}
        <ErrorAlert message={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Add link
          </button>
        </div>
      </form>
    </Dialog>
  );
}
