import { useId } from 'react';
import type { ExportPage, ExportSaved } from '@shared/contract/calls/export';
import { Dialog } from '../../components/Dialog';
import { ExportActions, ExportedDialog, exportFileName, PaperFields, useExportFlow } from '../../components/exportDialog';
import { cleanRecipients, DisclosureFields, type Disclosure } from '../../components/DisclosureFields';
import { FormField } from '../../components/FormField';
import type { MapExportRequest, PngSize } from './mapExport';

interface ExportMapDialogProps {
  defaultTitle: string;
  /** How many located entities the export shows (they are logged as disclosed). */
  shown: number;
  exportMap(request: MapExportRequest): Promise<ExportSaved>;
  onClose(): void;
}

/** What the form holds, as typed; checked before anything is asked of the shell or engine. */
export interface ExportForm {
  format: 'png' | 'pdf';
  sizeMode: 'width' | 'dpi';
  width: string;
  dpi: string;
  paper: ExportPage['paper'];
  orientation: ExportPage['orientation'];
  title: string;
  disclosure: Disclosure;
}

export function checkExportForm(form: ExportForm): { ok: true; png: PngSize; page: ExportPage } | { ok: false; field: 'width' | 'dpi' | 'title' | 'reason'; message: string } {
  if (!form.title.trim()) return { ok: false, field: 'title', message: 'Give the map a title.' };
  const width = Number(form.width);
  const dpi = Number(form.dpi);
  if (form.format === 'png' && form.sizeMode === 'width' && (!Number.isInteger(width) || width < 200 || width > 8192)) {
    return { ok: false, field: 'width', message: 'Width must be a whole number of pixels from 200 to 8,192.' };
  }
  if (form.format === 'png' && form.sizeMode === 'dpi' && (!Number.isInteger(dpi) || dpi < 72 || dpi > 600)) {
    return { ok: false, field: 'dpi', message: 'DPI must be a whole number from 72 to 600.' };
  }
  if (form.disclosure.reason.trim().length < 3) return { ok: false, field: 'reason', message: 'Give the reason for this disclosure (at least 3 characters).' };
  return {
    ok: true,
    png: form.sizeMode === 'width' ? { mode: 'width', width } : { mode: 'dpi', dpi },
    page: { paper: form.paper, orientation: form.orientation, fit: 'page' },
  };
}

/** "Export map…": format, size or paper, title, reason and recipients; logged as a disclosure. */
export function ExportMapDialog({ defaultTitle, shown, exportMap, onClose }: ExportMapDialogProps) {
  const id = useId();
  const initial: ExportForm = {
    format: 'png',
    sizeMode: 'width',
    width: '2400',
    dpi: '300',
    paper: 'A4',
    orientation: 'landscape',
    title: defaultTitle,
    disclosure: { reason: '', recipients: [] },
  };
  const { form, update, problem, busy, done: saved, submit } = useExportFlow({
    initial,
    check: checkExportForm,
    saveAs: (current) => ({
      title: 'Export map',
      defaultName: exportFileName(current.title, current.format),
      filter: { name: current.format === 'png' ? 'PNG image' : 'PDF document', extensions: [current.format] },
    }),
    run: (current, checked, destination) =>
      exportMap({
        format: current.format,
        png: checked.png,
        page: checked.page,
        title: current.title.trim(),
        destination,
        reason: current.disclosure.reason.trim(),
        recipients: cleanRecipients(current.disclosure.recipients),
      }),
  });

  if (saved) {
    return (
      <ExportedDialog title="Map exported" onClose={onClose}>
        Saved to {saved.path}
        {saved.format === 'pdf' ? ` (${saved.pages} ${saved.pages === 1 ? 'page' : 'pages'})` : ''}
      </ExportedDialog>
    );
  }

  return (
    <Dialog title="Export map" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select id={`${id}-format`} value={form.format} onChange={(event) => update({ format: event.target.value as ExportForm['format'] })}>
            <option value="png">PNG image</option>
            <option value="pdf">PDF document</option>
          </select>
        </div>
        {form.format === 'png' ? (
          <fieldset className="field-group">
            <legend>Size</legend>
            <label className="radio-row">
              <input type="radio" name={`${id}-size`} checked={form.sizeMode === 'width'} onChange={() => update({ sizeMode: 'width' })} />
              Width in pixels
            </label>
            <label className="radio-row">
              <input type="radio" name={`${id}-size`} checked={form.sizeMode === 'dpi'} onChange={() => update({ sizeMode: 'dpi' })} />
              Dots per inch (the map at its size on screen)
            </label>
            {form.sizeMode === 'width' ? (
              <FormField label="Width (pixels)" inputMode="numeric" value={form.width} onChange={(event) => update({ width: event.target.value })} error={problem?.field === 'width' ? problem.message : null} />
            ) : (
              <FormField label="DPI" inputMode="numeric" value={form.dpi} onChange={(event) => update({ dpi: event.target.value })} error={problem?.field === 'dpi' ? problem.message : null} />
            )}
          </fieldset>
        ) : (
          <PaperFields id={id} page={form} onChange={update} />
        )}
        <FormField label="Title" value={form.title} onChange={(event) => update({ title: event.target.value })} error={problem?.field === 'title' ? problem.message : null} />
        <DisclosureFields value={form.disclosure} onChange={(disclosure) => update({ disclosure })} />
        {problem?.field === 'reason' && <p className="field-error">{problem.message}</p>}
        <p className="field-hint">
          The export shows {shown} {shown === 1 ? 'record' : 'records'} and carries the protective marking at the top and bottom, the legend, the map attribution and any handling conditions.
        </p>
        <ExportActions problem={problem} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
