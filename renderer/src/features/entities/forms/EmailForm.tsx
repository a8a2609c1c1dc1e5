import type { EntityFields, EntityFieldsOf } from '@shared/schemas/entity';
import { EntityFormFrame, type EntityFormProps } from './EntityFormFrame';
import { TextInput } from './fields';
import type { FormSpec } from './formSpec';

interface EmailDraft {
  address: string;
}

const emailSpec: FormSpec<EmailDraft> = {
  type: 'email',
  empty: { address: '' },
  fromFields: (fields: EntityFields) => ({ address: (fields as EntityFieldsOf<'email'>).address }),
  toInput: (draft) => ({ input: { address: draft.address }, errors: {} }),
};

export function EmailForm(props: EntityFormProps) {
  return (
    <EntityFormFrame spec={emailSpec} {...props}>
      {(form) => <TextInput form={form} name="address" label="Email address" inputMode="email" />}
    </EntityFormFrame>
  );
}
