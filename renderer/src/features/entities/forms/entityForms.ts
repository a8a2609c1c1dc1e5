import type { ComponentType } from 'react';
import type { EntityType } from '@shared/domain/entityTypes';
import { AccountForm } from './AccountForm';
import { DocumentForm } from './DocumentForm';
import { EmailForm } from './EmailForm';
import type { EntityFormProps } from './EntityFormFrame';
import { OrganisationForm } from './OrganisationForm';
import { PersonForm } from './PersonForm';
import { PhoneForm } from './PhoneForm';
import { SiteForm } from './SiteForm';
import { VehicleForm } from './VehicleForm';

/** One form per entity type. */
export const entityForms: Record<EntityType, ComponentType<EntityFormProps>> = {
  person: PersonForm,
  site: SiteForm,
  vehicle: VehicleForm,
  phone: PhoneForm,
  organisation: OrganisationForm,
  email: EmailForm,
  account: AccountForm,
  document: DocumentForm,
};
