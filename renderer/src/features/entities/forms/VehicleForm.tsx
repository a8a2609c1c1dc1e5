import { countryName } from '@shared/domain/countries';
import type { EntityFields, EntityFieldsOf } from '@shared/schemas/entity';
import { parseVrm } from '@shared/identifiers/vrm';
import { EntityFormFrame, type EntityFormProps } from './EntityFormFrame';
import { TextInput } from './fields';
import type { FormSpec } from './formSpec';
import type { FormApi } from './useEntityForm';
import { vrmFormatLabels } from '../vrmFormats';

interface VehicleDraft {
  vrm: string;
  country: string;
  make: string;
  model: string;
  colour: string;
}

const vehicleSpec: FormSpec<VehicleDraft> = {
  type: 'vehicle',
  empty: { vrm: '', country: 'GB', make: '', model: '', colour: '' },
  fromFields: (fields: EntityFields) => {
    const vehicle = fields as EntityFieldsOf<'vehicle'>;
    return {
      vrm: vehicle.vrmDisplay,
      country: vehicle.country,
      make: vehicle.make ?? '',
      model: vehicle.model ?? '',
      colour: vehicle.colour ?? '',
    };
  },
  toInput: (draft) => ({
    input: {
      vrm: draft.vrm,
      country: draft.country.trim() || 'GB',
      make: draft.make.trim(),
      model: draft.model.trim(),
      colour: draft.colour.trim(),
    },
    errors: {},
  }),
};

/** "Current format (since 2001): AB12 CDE" as the analyst types, so a mistyped plate shows at once. */
function recognised(draft: VehicleDraft): string | undefined {
  if (draft.vrm.trim() === '')
    return 'UK plates are checked against the DVLA formats; foreign plates are kept as written.';
  const result = parseVrm(draft.vrm, { country: draft.country.trim().toUpperCase() || 'GB' });
  return result.ok
    ? `Recognised: ${vrmFormatLabels[result.value.format]}, written ${result.value.display}.`
    : undefined;
}

function VehicleFields({ form }: { form: FormApi<VehicleDraft> }) {
  const country = countryName(form.draft.country);
  return (
    <>
      <div className="form-row">
        <TextInput form={form} name="vrm" label="Registration mark (VRM)" hint={recognised(form.draft)} />
        <TextInput
          form={form}
          name="country"
          label="Country of registration"
          hint={country ? `${country}.` : 'Two-letter code, e.g. GB, RO, LT, PL.'}
        />
      </div>
      <div className="form-row">
        <TextInput form={form} name="make" label="Make" />
        <TextInput form={form} name="model" label="Model" />
        <TextInput form={form} name="colour" label="Colour" />
      </div>
    </>
  );
}

export function VehicleForm(props: EntityFormProps) {
  return (
    <EntityFormFrame spec={vehicleSpec} {...props}>
      {(form) => <VehicleFields form={form} />}
    </EntityFormFrame>
  );
}
