import { useId, useState } from 'react';
import {
  entityTypeCodes,
  entityTypeHelp,
  entityTypeLabels,
  type EntityType,
} from '@shared/domain/entityTypes';
import type { EntityDetail } from '@shared/records';
import { Dialog } from '../../components/Dialog';
import { call } from '../../lib/fenlight';
import { entityForms } from './forms/entityForms';

interface NewEntityDialogProps {
  onClose(): void;
  onCreated(detail: EntityDetail): void;
  onOpenExisting(id: string): void;
}

/** Chooses a type, then that type's form; saving creates the entity (logged as a collection). */
export function NewEntityDialog({ onClose, onCreated, onOpenExisting }: NewEntityDialogProps) {
  const id = useId();
  const [type, setType] = useState<EntityType>('person');
  const Form = entityForms[type];
  return (
    <Dialog title="New entity" onClose={onClose} className="entity-dialog">
      <div className="form-field">
        <label htmlFor={`${id}-type`}>Entity type</label>
        <select
          id={`${id}-type`}
          value={type}
          onChange={(event) => setType(event.target.value as EntityType)}
          aria-describedby={`${id}-type-hint`}
        >
          {entityTypeCodes.map((code) => (
            <option key={code} value={code}>
              {entityTypeLabels[code]}
            </option>
          ))}
        </select>
        <div id={`${id}-type-hint`} className="field-hint">
          {entityTypeHelp[type]}
        </div>
      </div>
      <Form
        key={type}
        initial={null}
        submitLabel="Create entity"
        onCancel={onClose}
        onOpenExisting={onOpenExisting}
        onSubmit={async (entity) => onCreated(await call('entities.create', { entity, evidence: [] }))}
      />
    </Dialog>
  );
}
