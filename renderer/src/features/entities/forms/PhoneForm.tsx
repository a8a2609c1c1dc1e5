import type { EntityFields, EntityFieldsOf } from '@shared/schemas/entity';
import { EntityFormFrame, type EntityFormProps } from './EntityFormFrame';
import { TextInput } from './fields';
import { textOrNull, type FormSpec } from './formSpec';

interface PhoneDraft {
  number: string;
  imei: string;
}

const phoneSpec: FormSpec<PhoneDraft> = {
  type: 'phone',
  empty: { number: '', imei: '' },
  fromFields: (fields: EntityFields) => {
    const phone = fields as EntityFieldsOf<'phone'>;
    return { number: phone.e164, imei: phone.imei ?? '' };
  },
  toInput: (draft) => ({ input: { number: draft.number, imei: textOrNull(draft.imei) }, errors: {} }),
};

export function PhoneForm(props: EntityFormProps) {
  return (
    <EntityFormFrame spec={phoneSpec} {...props}>
      {(form) => (
        <>
          <TextInput
            form={form}
            name="number"
            label="Phone number"
            inputMode="tel"
            hint="UK numbers as dialled (07700 900123) or international (+40 …); stored in international form."
          />
          <TextInput
            form={form}
            name="imei"
            label="IMEI"
            inputMode="numeric"
            hint="Optional: the handset’s 15-digit IMEI."
          />
        </>
      )}
    </EntityFormFrame>
  );
}
