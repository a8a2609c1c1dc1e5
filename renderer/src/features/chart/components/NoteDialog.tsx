/** Writes or edits a text note on the chart (placed in the middle of the view when new). */
import { useId, useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { getChartCanvas } from '../canvasRegistry';
import { useChartStore } from '../chartStore';

export function NoteDialog({ noteId, onClose }: { noteId: string | null; onClose(): void }) {
  const existing = useChartStore((state) => state.document.annotations.find((note) => note.id === noteId));
  const [text, setText] = useState(existing?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError('Write the note first.');
      return;
    }
    if (text.length > 2000) {
      setError('Keep a note to 2,000 characters or fewer.');
      return;
    }
    if (existing) useChartStore.getState().editAnnotation(existing.id, text);
    else {
      const cy = getChartCanvas()?.cy;
      const extent = cy?.extent();
      const at = extent ? { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 } : { x: 0, y: 0 };
      useChartStore.getState().annotate(text, at);
    }
    onClose();
  };
  const remove = () => {
    if (existing) useChartStore.getState().remove({ annotationIds: [existing.id] });
    onClose();
  };
  return (
    <Dialog title={existing ? 'Edit note' : 'Note'} onClose={onClose} className="chart-dialog">
      <form onSubmit={submit}>
        <div className="form-field">
          <label htmlFor={`${id}-text`}>Note text</label>
          <textarea
            id={`${id}-text`}
            rows={5}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error && (
            <div id={`${id}-error`} className="field-error">
              {error}
            </div>
          )}
        </div>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {existing ? 'Save note' : 'Add note'}
          </button>
          {existing && (
            <button type="button" onClick={remove}>
              Delete note
            </button>
          )}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
