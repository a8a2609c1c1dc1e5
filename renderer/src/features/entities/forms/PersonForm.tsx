import { useId } from 'react';
import {
  dataSubjectCategoryCodes,
  dataSubjectCategoryHelp,
  dataSubjectCategoryLabels,
  statementBasisCodes,
  statementBasisLabels,
} from '@shared/domain/dataSubjects';
import { resolveCountries, resolveLanguages, languageLabel, nationalityName } from './codeLists';
import { EntityFormFrame, type EntityFormProps } from './EntityFormFrame';
import { CheckboxInput, DateInput, LinesInput, SelectInput, TextInput, choicesFrom } from './fields';
import { hasVictimPanel, personSpec, type AgeBasis, type PersonDraft } from './personSpec';
import type { FormApi } from './useEntityForm';
import { VictimPanel } from './VictimPanel';

const genderChoices = [
  { value: 'unknown', label: 'Not known' },
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'other', label: 'Other' },
];

const ageBases: Array<{ value: AgeBasis; label: string }> = [
  { value: 'dob', label: 'Known date of birth' },
  { value: 'estimate', label: 'Estimated age' },
  { value: 'unknown', label: 'Not known' },
];

function AgeFields({ form }: { form: FormApi<PersonDraft> }) {
  const name = useId();
  const { draft } = form;
  return (
    <fieldset className="field-group">
      <legend>Age</legend>
      <div className="radio-row">
        {ageBases.map((basis) => (
          <label key={basis.value} className="radio-choice">
            <input
              type="radio"
              name={name}
              value={basis.value}
              checked={draft.ageBasis === basis.value}
              onChange={() => form.set('ageBasis', basis.value)}
            />
            {basis.label}
          </label>
        ))}
      </div>
      {draft.ageBasis === 'dob' && <DateInput form={form} name="dateOfBirth" label="Date of birth" />}
      {draft.ageBasis === 'estimate' && (
        <TextInput form={form} name="estimatedAge" label="Estimated age (years)" inputMode="numeric" />
      )}
      {draft.ageBasis !== 'unknown' && (
        <CheckboxInput
          form={form}
          name="ageDisputed"
          label="Age disputed"
          hint="The person’s stated age is doubted, or an age assessment is pending."
        />
      )}
    </fieldset>
  );
}

/** Shows how typed codes or names were understood, e.g. "Romanian, Lithuanian". */
function Understood({ names }: { names: string[] }) {
  return names.length ? <>Understood as: {names.join(', ')}.</> : null;
}

function LanguageFields({ form }: { form: FormApi<PersonDraft> }) {
  const { draft } = form;
  return (
    <fieldset className="field-group">
      <legend>Nationality and language</legend>
      <TextInput
        form={form}
        name="nationalities"
        label="Nationalities"
        hint={
          <>
            Codes or names, separated by commas (e.g. RO, Lithuanian).{' '}
            <Understood names={resolveCountries(draft.nationalities).codes.map(nationalityName)} />
          </>
        }
      />
      <div className="form-row">
        <TextInput
          form={form}
          name="firstLanguage"
          label="First language"
          hint={<Understood names={resolveLanguages(draft.firstLanguage).codes.map(languageLabel)} />}
        />
        <TextInput
          form={form}
          name="otherLanguages"
          label="Other languages"
          hint={<Understood names={resolveLanguages(draft.otherLanguages).codes.map(languageLabel)} />}
        />
      </div>
      <CheckboxInput form={form} name="interpreterNeeded" label="Interpreter needed" />
    </fieldset>
  );
}

function PersonFields({ form }: { form: FormApi<PersonDraft> }) {
  const { category } = form.draft;
  return (
    <>
      <TextInput form={form} name="name" label="Name" hint="As written, with accents (e.g. Ionuț Popescu)." />
      <LinesInput
        form={form}
        name="aliases"
        label="Aliases"
        hint="One per line: other names, spellings and nicknames."
      />
      <div className="form-row">
        <SelectInput
          form={form}
          name="category"
          label="Data subject category"
          placeholder="Choose…"
          choices={choicesFrom(dataSubjectCategoryCodes, dataSubjectCategoryLabels)}
          hint={
            category
              ? dataSubjectCategoryHelp[category]
              : 'DPA 2018 s38: suspects, victims and witnesses must be told apart.'
          }
        />
        <SelectInput
          form={form}
          name="statementBasis"
          label="Basis"
          choices={choicesFrom(statementBasisCodes, statementBasisLabels)}
          hint="DPA 2018 s38(2): is this person’s record based on facts or on a personal assessment?"
        />
      </div>
      <AgeFields form={form} />
      <SelectInput form={form} name="gender" label="Gender" choices={genderChoices} />
      <LanguageFields form={form} />
      {hasVictimPanel(category) && <VictimPanel form={form} />}
    </>
  );
}

export function PersonForm(props: EntityFormProps) {
  return (
    <EntityFormFrame spec={personSpec} {...props}>
      {(form) => <PersonFields form={form} />}
    </EntityFormFrame>
  );
}
