import {
  competentAuthorityCodes,
  competentAuthorityLabels,
  nrmOutcomeCodes,
  nrmOutcomeLabels,
  supportTypeCodes,
  supportTypeHelp,
  supportTypeLabels,
  type SupportType,
} from '@shared/domain/nrm';
import { CheckboxInput, DateInput, SelectInput, TextInput, choicesFrom } from './fields';
import type { PersonDraft } from './personSpec';
import type { FormApi } from './useEntityForm';

const outcomes = choicesFrom(nrmOutcomeCodes, nrmOutcomeLabels);

function SupportTypes({ form }: { form: FormApi<PersonDraft> }) {
  const chosen = form.draft.supportTypes;
  const toggle = (type: SupportType, on: boolean) =>
    form.set('supportTypes', on ? [...chosen, type] : chosen.filter((item) => item !== type));
  return (
    <fieldset className="field-group support-types">
      <legend>Support types</legend>
      {supportTypeCodes.map((type) => (
        <label key={type} className="checkbox-row" title={supportTypeHelp[type]}>
          <input
            type="checkbox"
            checked={chosen.includes(type)}
            onChange={(event) => toggle(type, event.target.checked)}
          />
          {supportTypeLabels[type]}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * NRM decisions, Duty to Notify and Victim and Witness Hub support: kept for victims and potential
 * victims only (domain.md §4.2, §7), so the panel appears only for those categories.
 */
export function VictimPanel({ form }: { form: FormApi<PersonDraft> }) {
  return (
    <fieldset className="field-group victim-panel">
      <legend>NRM and victim support</legend>
      <div className="form-row">
        <DateInput form={form} name="nrmReferralDate" label="NRM referral date" />
        <TextInput form={form} name="nrmReference" label="NRM reference" />
        <SelectInput
          form={form}
          name="competentAuthority"
          label="Competent authority"
          placeholder="Not known"
          choices={choicesFrom(competentAuthorityCodes, competentAuthorityLabels)}
        />
      </div>
      <div className="form-row">
        <SelectInput
          form={form}
          name="rgOutcome"
          label="Reasonable grounds decision"
          placeholder="None yet"
          choices={outcomes}
        />
        <DateInput form={form} name="rgDate" label="Reasonable grounds decision date" />
      </div>
      <div className="form-row">
        <SelectInput
          form={form}
          name="cgOutcome"
          label="Conclusive grounds decision"
          placeholder="None yet"
          choices={outcomes}
        />
        <DateInput form={form} name="cgDate" label="Conclusive grounds decision date" />
      </div>
      <CheckboxInput
        form={form}
        name="dutyToNotify"
        label="Duty to Notify: MS1 submitted"
        hint="Modern Slavery Act 2015 s52: an anonymous MS1 notification when an adult does not consent to an NRM referral."
      />
      <CheckboxInput
        form={form}
        name="hubReferral"
        label="Referred to the Victim and Witness Hub for support"
      />
      {form.draft.hubReferral && (
        <>
          <div className="form-row">
            <DateInput form={form} name="hubReferralDate" label="Hub referral date" />
            <TextInput form={form} name="coordinator" label="Coordinator" />
            <DateInput form={form} name="closedOn" label="Support closed date" />
          </div>
          <SupportTypes form={form} />
        </>
      )}
    </fieldset>
  );
}
