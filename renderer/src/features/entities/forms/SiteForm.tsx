import { districts } from '@shared/domain/districts';
import { siteTypeCodes, siteTypeHelp, siteTypeLabels } from '@shared/domain/siteTypes';
import type { EntityFields, EntityFieldsOf } from '@shared/schemas/entity';
import { EntityFormFrame, type EntityFormProps } from './EntityFormFrame';
import { LinesInput, SelectInput, TextInput, choicesFrom } from './fields';
import { lines, textOrNull, type FieldErrors, type FormSpec } from './formSpec';
import type { FormApi } from './useEntityForm';

interface SiteDraft {
  name: string;
  lines: string;
  town: string;
  postcode: string;
  gridRef: string;
  lat: string;
  lon: string;
  siteType: string;
  district: string;
}

function fromFields(fields: EntityFields): SiteDraft {
  const site = fields as EntityFieldsOf<'site'>;
  // A grid reference is how the location was entered: edit that, not the derived lat/lon.
  const showLocation = site.location !== null && site.gridRef === null;
  return {
    name: site.name ?? '',
    lines: site.lines.join('\n'),
    town: site.town ?? '',
    postcode: site.postcode ?? '',
    gridRef: site.gridRef ?? '',
    lat: showLocation ? String(site.location?.lat) : '',
    lon: showLocation ? String(site.location?.lon) : '',
    siteType: site.siteType,
    district: site.district ?? '',
  };
}

function readLocation(draft: SiteDraft, errors: FieldErrors) {
  if (draft.lat.trim() === '' && draft.lon.trim() === '') return null;
  const lat = Number(draft.lat.trim());
  const lon = Number(draft.lon.trim());
  if (draft.lat.trim() === '' || Number.isNaN(lat))
    errors.lat = 'Enter the latitude in decimal degrees, for example 52.6651.';
  if (draft.lon.trim() === '' || Number.isNaN(lon))
    errors.lon = 'Enter the longitude in decimal degrees, for example 0.1593.';
  return errors.lat || errors.lon ? null : { lat, lon };
}

function toInput(draft: SiteDraft) {
  const errors: FieldErrors = {};
  if (draft.siteType === '') errors.siteType = 'Choose the site type.';
  const gridRef = textOrNull(draft.gridRef);
  const location = readLocation(draft, errors);
  if (gridRef && location) errors.gridRef = 'Give a grid reference or a latitude and longitude, not both.';
  return {
    input: {
      name: draft.name.trim(),
      lines: lines(draft.lines),
      town: draft.town.trim(),
      postcode: textOrNull(draft.postcode),
      gridRef,
      location: gridRef ? null : location,
      siteType: draft.siteType || 'other',
      district: draft.district || null,
    },
    errors,
  };
}

const siteSpec: FormSpec<SiteDraft> = {
  type: 'site',
  empty: {
    name: '',
    lines: '',
    town: '',
    postcode: '',
    gridRef: '',
    lat: '',
    lon: '',
    siteType: '',
    district: '',
  },
  fromFields,
  toInput,
  fieldFor: ([first]) => (first === 'location' ? 'lat' : null),
};

function SiteFields({ form }: { form: FormApi<SiteDraft> }) {
  const siteType = form.draft.siteType as keyof typeof siteTypeLabels | '';
  return (
    <>
      <TextInput
        form={form}
        name="name"
        label="Site name"
        hint="For example the business name, or “Lay-by on A141”."
      />
      <LinesInput form={form} name="lines" label="Address lines" hint="One per line." />
      <div className="form-row">
        <TextInput form={form} name="town" label="Town" />
        <TextInput
          form={form}
          name="postcode"
          label="Postcode"
          hint="Checked and written the standard way (e.g. PE13 1AB)."
        />
      </div>
      <fieldset className="field-group">
        <legend>Location</legend>
        <TextInput
          form={form}
          name="gridRef"
          label="OS grid reference"
          hint="For example TL 462 589 (county sites are in TL or TF)."
        />
        <div className="form-row">
          <TextInput form={form} name="lat" label="Latitude" inputMode="numeric" />
          <TextInput form={form} name="lon" label="Longitude" inputMode="numeric" />
        </div>
      </fieldset>
      <div className="form-row">
        <SelectInput
          form={form}
          name="siteType"
          label="Site type"
          placeholder="Choose…"
          choices={choicesFrom(siteTypeCodes, siteTypeLabels)}
          hint={siteType ? siteTypeHelp[siteType] : undefined}
        />
        <SelectInput
          form={form}
          name="district"
          label="District"
          placeholder="Not known"
          choices={districts.map((district) => ({ value: district.code, label: district.name }))}
        />
      </div>
    </>
  );
}

export function SiteForm(props: EntityFormProps) {
  return (
    <EntityFormFrame spec={siteSpec} {...props}>
      {(form) => <SiteFields form={form} />}
    </EntityFormFrame>
  );
}
