import type { EntityFields, EntityFieldsOf } from '@shared/schemas/entity';
import { EntityFormFrame, type EntityFormProps } from './EntityFormFrame';
import { TextInput } from './fields';
import { textOrNull, type FormSpec } from './formSpec';

interface AccountDraft {
  sortCode: string;
  accountNumber: string;
  iban: string;
  bankName: string;
}

const accountSpec: FormSpec<AccountDraft> = {
  type: 'account',
  empty: { sortCode: '', accountNumber: '', iban: '', bankName: '' },
  fromFields: (fields: EntityFields) => {
    const account = fields as EntityFieldsOf<'account'>;
    return {
      sortCode: account.sortCode ?? '',
      accountNumber: account.accountNumber ?? '',
      iban: account.iban ?? '',
      bankName: account.bankName ?? '',
    };
  },
  toInput: (draft) => ({
    input: {
      sortCode: textOrNull(draft.sortCode),
      accountNumber: textOrNull(draft.accountNumber),
      iban: textOrNull(draft.iban),
      bankName: draft.bankName.trim(),
    },
    errors: {},
  }),
};

export function AccountForm(props: EntityFormProps) {
  return (
    <EntityFormFrame spec={accountSpec} {...props}>
      {(form) => (
        <>
          <p className="field-hint">A UK account by sort code and account number, or any account by IBAN.</p>
          <div className="form-row">
            <TextInput
              form={form}
              name="sortCode"
              label="Sort code"
              inputMode="numeric"
              hint="e.g. 20-00-00"
            />
            <TextInput
              form={form}
              name="accountNumber"
              label="Account number"
              inputMode="numeric"
              hint="8 digits"
            />
          </div>
          <TextInput form={form} name="iban" label="IBAN" />
          <TextInput form={form} name="bankName" label="Bank" />
        </>
      )}
    </EntityFormFrame>
  );
}
