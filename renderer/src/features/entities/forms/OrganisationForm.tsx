import type { EntityFields, EntityFieldsOf } from '@shared/schemas/entity';
import { EntityFormFrame, type EntityFormProps } from './EntityFormFrame';
import { LinesInput, TextInput } from './fields';
import { lines, textOrNull, type FormSpec } from './formSpec';

interface OrganisationDraft {
  name: string;
  aliases: string;
  companyNumber: string;
  sector: string;
}

const organisationSpec: FormSpec<OrganisationDraft> = {
  type: 'organisation',
  empty: { name: '', aliases: '', companyNumber: '', sector: '' },
  fromFields: (fields: EntityFields) => {
    const organisation = fields as EntityFieldsOf<'organisation'>;
    return {
      name: organisation.name,
      aliases: organisation.aliases.join('\n'),
      companyNumber: organisation.companyNumber ?? '',
      sector: organisation.sector ?? '',
    };
  },
  toInput: (draft) => ({
    input: {
      name: draft.name,
      aliases: lines(draft.aliases),
      companyNumber: textOrNull(draft.companyNumber),
      sector: draft.sector.trim(),
    },
    errors: {},
  }),
};

export function OrganisationForm(props: EntityFormProps) {
  return (
    <EntityFormFrame spec={organisationSpec} {...props}>
      {(form) => (
        <>
          <TextInput form={form} name="name" label="Name" />
          <LinesInput
            form={form}
            name="aliases"
            label="Other names"
            hint="One per line: trading names, former names."
          />
          <div className="form-row">
            <TextInput
              form={form}
              name="companyNumber"
              label="Companies House number"
              hint="8 characters, e.g. 01234567 or SC123456."
            />
            <TextInput
              form={form}
              name="sector"
              label="Sector"
              hint="For example hand car wash, agriculture, care."
            />
          </div>
        </>
      )}
    </EntityFormFrame>
  );
}
