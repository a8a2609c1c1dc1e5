import { countryName } from '@shared/domain/countries';
import {
  documentTypeCodes,
  documentTypeLabels,
  type EntityFields,
  type EntityFieldsOf,
} from '@shared/schemas/entity';
import { EntityFormFrame, type EntityFormProps } from './EntityFormFrame';
import { SelectInput, TextInput, choicesFrom } from './fields';
import { textOrNull, type FieldErrors, type FormSpec } from './formSpec';

interface DocumentDraft {
  documentType: string;
  number: string;
  country: string;
  holderName: string;
}

const documentSpec: FormSpec<DocumentDraft> = {
  type: 'document',
  empty: { documentType: '', number: '', country: '', holderName: '' },
  fromFields: (fields: EntityFields) => {
    const document = fields as EntityFieldsOf<'document'>;
    return {
      documentType: document.documentType,
      number: document.number,
      country: document.country ?? '',
      holderName: document.holderName ?? '',
    };
  },
  toInput: (draft) => {
    const errors: FieldErrors = {};
    if (draft.documentType === '') errors.documentType = 'Choose the document type.';
    return {
      input: {
        documentType: draft.documentType || 'other',
        number: draft.number,
        country: textOrNull(draft.country),
        holderName: draft.holderName.trim(),
      },
      errors,
    };
  },
};

export function DocumentForm(props: EntityFormProps) {
  return (
    <EntityFormFrame spec={documentSpec} {...props}>
      {(form) => {
        const country = countryName(form.draft.country);
        return (
          <>
            <div className="form-row">
              <SelectInput
                form={form}
                name="documentType"
                label="Document type"
                placeholder="Choose…"
                choices={choicesFrom(documentTypeCodes, documentTypeLabels)}
              />
              <TextInput
                form={form}
                name="number"
                label="Document number"
                hint={form.draft.documentType === 'nino' ? 'e.g. QQ 12 34 56 A' : undefined}
              />
            </div>
            <div className="form-row">
              <TextInput
                form={form}
                name="country"
                label="Issuing country"
                hint={country ? `${country}.` : 'Two-letter code, e.g. RO.'}
              />
              <TextInput form={form} name="holderName" label="Name on document" />
            </div>
          </>
        );
      }}
    </EntityFormFrame>
  );
}
