import { districts, type DistrictCode } from '@shared/domain/districts';
import { descriptorHelp, markingLevelHelp, parseMarking } from '@shared/domain/markings';
import { mopiGroupHelp, mopiGroupLabels, mopiGroups, mopiReviewYears } from '@shared/domain/mopi';
import { sourceTypeCodes, sourceTypeHelp, sourceTypeLabels, type SourceType } from '@shared/domain/sourceTypes';
import { formatDate } from '@shared/format';
import { Field } from './Field';
import { useMarkingDescriptors } from '../vault/vaultStore';
import { defaultReviewDate, markingOptions, type FieldErrors, type ReportFormValues } from './reportForm';

interface SectionProps {
  values: ReportFormValues;
  errors: FieldErrors;
  onChange(patch: Partial<ReportFormValues>): void;
}

/** Why there is no SECRET option, in the words the engine uses to refuse one. */
const secretRefusal = (() => {
  const result = parseMarking('SECRET');
  return result.ok ? '' : result.reason;
})();

function markingHelp(marking: string, descriptors: readonly string[]): string {
  const parsed = parseMarking(marking, descriptors);
  if (!parsed.ok) return parsed.reason;
  const level = parsed.value.sensitive ? markingLevelHelp['OFFICIAL-SENSITIVE'] : markingLevelHelp.OFFICIAL;
  // Local descriptors have no standard explanation; the force's own guidance applies.
  const descriptor = parsed.value.descriptor ? (descriptorHelp[parsed.value.descriptor] ?? 'A descriptor set up for this vault by the force.') : undefined;
  return descriptor ? `${level} ${parsed.value.descriptor}: ${descriptor}` : level;
}

/** Protective marking and source type. */
export function MarkingAndSourceFields({ values, errors, onChange }: SectionProps) {
  const descriptors = useMarkingDescriptors();
  return (
    <fieldset className="field-group">
      <legend>Marking and source</legend>
      <div className="two-columns">
        <Field
          name="protectiveMarking"
          error={errors.protectiveMarking}
          hint={
            <>
              {markingHelp(values.protectiveMarking, descriptors)} <span className="marking-refusal">{secretRefusal}</span>
            </>
          }
        >
          {(control) => (
            <select {...control} value={values.protectiveMarking} onChange={(event) => onChange({ protectiveMarking: event.target.value })}>
              {markingOptions(descriptors, values.protectiveMarking).map((marking) => (
                <option key={marking} value={marking}>
                  {marking}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="sourceType"
          error={errors.sourceType}
          hint={(values.sourceType && sourceTypeHelp[values.sourceType]) || 'Only the type of source: its identity is never recorded in a report.'}
        >
          {(control) => (
            <select {...control} value={values.sourceType} onChange={(event) => onChange({ sourceType: event.target.value as SourceType | '' })}>
              <option value="">Choose…</option>
              {sourceTypeCodes.map((code) => (
                <option key={code} value={code}>
                  {sourceTypeLabels[code]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}

const dateHint = 'dd/mm/yyyy';

/** Dates typed day first; stored as ISO by the form. */
export function DateFields({ values, errors, onChange }: SectionProps) {
  const dates = [
    { name: 'occurredOn', hint: `${dateHint}. Leave blank if it is not known.` },
    { name: 'receivedOn', hint: dateHint },
    { name: 'recordedOn', hint: dateHint },
  ] as const;
  return (
    <fieldset className="field-group">
      <legend>Dates</legend>
      <div className="three-columns">
        {dates.map((date) => (
          <Field key={date.name} name={date.name} error={errors[date.name]} hint={date.hint}>
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                placeholder="dd/mm/yyyy"
                autoComplete="off"
                value={values[date.name]}
                onChange={(event) => onChange({ [date.name]: event.target.value })}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}

/** Who recorded it, where, and when it falls due for MoPI review. */
export function RecordingFields({ values, errors, onChange }: SectionProps) {
  const reviewDefault = defaultReviewDate(values);
  const group = Number(values.mopiGroup) as 1 | 2 | 3;
  return (
    <fieldset className="field-group">
      <legend>Recording and review</legend>
      <div className="two-columns">
        <Field name="authorName" error={errors.authorName}>
          {(control) => <input {...control} autoComplete="off" value={values.authorName} onChange={(event) => onChange({ authorName: event.target.value })} />}
        </Field>
        <Field name="staffNumber" error={errors.staffNumber} hint="Optional.">
          {(control) => <input {...control} autoComplete="off" value={values.staffNumber} onChange={(event) => onChange({ staffNumber: event.target.value })} />}
        </Field>
        <Field name="district" error={errors.district} hint="The local authority area it concerns (ONS code), if any.">
          {(control) => (
            <select {...control} value={values.district} onChange={(event) => onChange({ district: event.target.value as DistrictCode | '' })}>
              <option value="">Not recorded</option>
              {districts.map((district) => (
                <option key={district.code} value={district.code}>
                  {district.name} ({district.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="mopiGroup" error={errors.mopiGroup} hint={values.mopiGroup ? mopiGroupHelp[group] : 'The MoPI review group decides when the report is next reviewed.'}>
          {(control) => (
            <select {...control} value={values.mopiGroup} onChange={(event) => onChange({ mopiGroup: event.target.value as ReportFormValues['mopiGroup'] })}>
              <option value="">Choose…</option>
              {mopiGroups.map((code) => (
                <option key={code} value={String(code)}>
                  {mopiGroupLabels[code]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="nextReviewDate"
          error={errors.nextReviewDate}
          hint={
            reviewDefault
              ? `dd/mm/yyyy. Leave blank for the default: ${formatDate(reviewDefault)} (${mopiReviewYears[group]} years from the date recorded).`
              : 'dd/mm/yyyy. Leave blank for the default, counted from the date recorded once a MoPI group is chosen.'
          }
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              autoComplete="off"
              placeholder="dd/mm/yyyy"
              value={values.nextReviewDate}
              onChange={(event) => onChange({ nextReviewDate: event.target.value })}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
