/** Names a new group box for the selected entities. */
import { useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { FormField } from '../../../components/FormField';
import { useChartStore } from '../chartStore';

export function GroupDialog({ entityIds, onClose }: { entityIds: string[]; onClose(): void }) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const text = label.trim();
    if (text === '') {
      setError('Give the group a name, for example “Car wash workers”.');
      return;
    }
    if (text.length > 120) {
      setError('Keep the name to 120 characters or fewer.');
      return;
    }
    useChartStore.getState().group(text, entityIds);
    onClose();
  };
  return (
    <Dialog title="Group" onClose={onClose} className="chart-dialog">
      <form onSubmit={submit}>
        <FormField
          label="Group name"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          error={error}
          hint={`${entityIds.length} selected entities go in one box; double-click the box to collapse or open it.`}
        />
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Create group
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
