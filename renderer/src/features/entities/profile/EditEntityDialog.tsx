import type { EntityDetail } from '@shared/records';
import { Dialog } from '../../../components/Dialog';
import { call } from '../../../lib/fenlight';
import { entityForms } from '../forms/entityForms';

interface EditEntityDialogProps {
  detail: EntityDetail;
  onClose(): void;
  onSaved(detail: EntityDetail): void;
  onOpenExisting(id: string): void;
}

/** Edits an entity in its type's form; the engine logs the changed fields as an alteration. */
export function EditEntityDialog({ detail, onClose, onSaved, onOpenExisting }: EditEntityDialogProps) {
  const Form = entityForms[detail.fields.type];
  return (
    <Dialog title={`Edit ${detail.summary.label}`} onClose={onClose} className="entity-dialog">
      <Form
        initial={detail.fields}
        submitLabel="Save changes"
        onCancel={onClose}
        onOpenExisting={onOpenExisting}
        onSubmit={async (entity) => onSaved(await call('entities.update', { id: detail.summary.id, entity }))}
      />
    </Dialog>
  );
}
