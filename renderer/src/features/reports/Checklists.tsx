import { memo, useId } from 'react';
import {
  exploitationParent,
  exploitationSubtypes,
  exploitationTypeCodes,
  exploitationTypeHelp,
  exploitationTypeLabels,
  otherExploitationTagCodes,
  otherExploitationTagLabels,
  type ExploitationCode,
} from '@shared/domain/exploitation';
import { indicatorGroupLabels, indicatorHeadings, indicatorsInGroup, type IndicatorCode } from '@shared/domain/indicators';
import { fieldId } from './reportForm';

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string | undefined;
  id?: string | undefined;
}

function Checkbox({ label, checked, onChange, hint, id }: CheckboxProps) {
  const own = useId();
  const hintId = hint ? `${own}-hint` : undefined;
  return (
    <div className="check-item">
      <label>
        <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={hintId} />
        {label}
      </label>
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
    </div>
  );
}

function ErrorLine({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <div id={id} className="field-error">
      {error}
    </div>
  ) : null;
}

/**
 * Exploitation types, grouped by core type. Ticking a kind ticks its core type (the engine adds
 * it anyway); unticking a core type unticks its kinds, so the list never contradicts itself.
 */
export const ExploitationChecklist = memo(function ExploitationChecklist({
  value,
  error,
  onChange,
}: {
  value: ExploitationCode[];
  error?: string | undefined;
  onChange(next: ExploitationCode[]): void;
}) {
  const errorId = `${fieldId('exploitationTypes')}-error`;
  const kinds = (type: ExploitationCode) => exploitationSubtypes.filter((subtype) => subtype.parent === type);
  const has = (code: ExploitationCode) => value.includes(code);
  const toggle = (code: ExploitationCode, checked: boolean) => {
    if (checked) {
      const parent = exploitationParent(code);
      onChange([...value, code, ...(parent && parent !== code && !has(parent) ? [parent] : [])]);
    } else {
      onChange(value.filter((item) => item !== code && (code !== exploitationParent(code) || exploitationParent(item) !== code)));
    }
  };
  return (
    <fieldset className="field-group checklist" aria-describedby={error ? errorId : undefined}>
      <legend>Exploitation types</legend>
      <p className="field-hint">Tick every type that applies; once a type is ticked, you can say which kind, if it is known.</p>
      <ErrorLine id={errorId} error={error} />
      <div className="checklist-columns">
        {exploitationTypeCodes.map((type, index) => (
          <div key={type} className="checklist-group">
            <Checkbox
              id={index === 0 ? fieldId('exploitationTypes') : undefined}
              label={exploitationTypeLabels[type]}
              hint={exploitationTypeHelp[type]}
              checked={has(type)}
              onChange={(checked) => toggle(type, checked)}
            />
            {/* Kinds appear once their type is ticked: the full list of 28 is a lot to scan. */}
            {(has(type) || kinds(type).some((subtype) => has(subtype.code))) && (
              <div className="checklist-children" role="group" aria-label={`Kinds of ${exploitationTypeLabels[type].toLowerCase()}`}>
                {kinds(type).map((subtype) => (
                  <Checkbox key={subtype.code} label={subtype.label} checked={has(subtype.code)} onChange={(checked) => toggle(subtype.code, checked)} />
                ))}
              </div>
            )}
          </div>
        ))}
        <div className="checklist-group">
          <div className="checklist-heading">Other forms</div>
          {otherExploitationTagCodes.map((tag) => (
            <Checkbox key={tag} label={otherExploitationTagLabels[tag]} checked={has(tag)} onChange={(checked) => toggle(tag, checked)} />
          ))}
        </div>
      </div>
    </fieldset>
  );
});

/**
 * The modern slavery indicators as the statutory guidance groups them. A checklist, never a
 * score: one indicator proves nothing, and their absence proves nothing.
 */
export const IndicatorChecklist = memo(function IndicatorChecklist({
  value,
  error,
  onChange,
}: {
  value: IndicatorCode[];
  error?: string | undefined;
  onChange(next: IndicatorCode[]): void;
}) {
  const errorId = `${fieldId('indicators')}-error`;
  // The error summary's link lands on the first box.
  const firstCode = indicatorsInGroup(indicatorHeadings[0].groups[0])[0]?.code;
  return (
    <fieldset className="field-group checklist" aria-describedby={error ? errorId : undefined}>
      <legend>Indicators</legend>
      <p className="field-hint">Tick what the report describes. Indicators are not a score: one proves nothing, and their absence proves nothing.</p>
      <ErrorLine id={errorId} error={error} />
      {indicatorHeadings.map((heading) => (
        <div key={heading.label} className="indicator-heading">
          <h3>{heading.label}</h3>
          <div className="checklist-columns">
            {heading.groups.map((group) => (
              <fieldset key={group} className="checklist-group">
                <legend>{indicatorGroupLabels[group]}</legend>
                {indicatorsInGroup(group).map((indicator) => {
                  const code = indicator.code as IndicatorCode;
                  const id = code === firstCode ? fieldId('indicators') : undefined;
                  return (
                    <Checkbox
                      key={code}
                      id={id}
                      label={indicator.label}
                      hint={indicator.help}
                      checked={value.includes(code)}
                      onChange={(checked) => onChange(checked ? [...value, code] : value.filter((item) => item !== code))}
                    />
                  );
                })}
              </fieldset>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
});
