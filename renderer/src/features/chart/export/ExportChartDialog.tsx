/**
 * "Export…" for the link chart: format, size or paper, title, reason and recipients. The reason
 * is required (DPA 2018 s62 disclosure log); the engine writes nothing until it is logged.
 */
import { useId } from 'react';
import type { ExportPage } from '@shared/contract/calls/export';
import { Dialog } from '../../../components/Dialog';
import { ExportActions, ExportedDialog, exportFileName, PaperFields, useExportFlow } from '../../../components/exportDialog';
import { cleanRecipients, DisclosureFields, type Disclosure } from '../../../components/DisclosureFields';
import { FormField } from '../../../components/FormField';
import { chartExportExtensions, chartExportFormats, chartExportLabels, type ChartExportDone, type ChartExportFormat, type ChartExportRequest } from './chartExport';

export interface ChartExportForm {
  format: ChartExportFormat;
  scale: string;
  paper: ExportPage['paper'];
  orientation: ExportPage['orientation'];
  fit: ExportPage['fit'];
  title: string;
  disclosure: Disclosure;
}

export type CheckedExport = { ok: true; scale: number; page: ExportPage } | { ok: false; field: 'title' | 'reason' | 'scale'; message: string };

export function checkChartExportForm(form: ChartExportForm): CheckedExport {
  if (!form.title.trim()) return { ok: false, field: 'title', message: 'Give the export a title.' };
  if (form.title.trim().length > 120) return { ok: false, field: 'title', message: 'A title can be at most 120 characters.' };
  const scale = Number(form.scale);
  if (form.format === 'png' && (!Number.isInteger(scale) || scale < 1 || scale > 4)) {
    return { ok: false, field: 'scale', message: 'Choose a scale from 1× to 4×.' };
  }
  const reason = form.disclosure.reason.trim();
  if (!reason) return { ok: false, field: 'reason', message: 'Give the reason for this disclosure: it is recorded in the audit log.' };
  if (reason.length < 3) return { ok: false, field: 'reason', message: 'Give the reason for this disclosure (at least 3 characters).' };
  return { ok: true, scale: Number.isInteger(scale) ? scale : 2, page: { paper: form.paper, orientation: form.orientation, fit: form.fit } };
}

const fileKinds: Record<ChartExportFormat, string> = {
  png: 'PNG image',
  svg: 'SVG drawing',
  pdf: 'PDF document',
  anx: 'i2 chart',
  csv: 'CSV files',
  ftm: 'FollowTheMoney JSON lines',
};

interface ExportChartDialogProps {
  defaultTitle: string;
  marking: string;
  shown: number;
  exportChart(request: ChartExportRequest): Promise<ChartExportDone>;
  onClose(): void;
}

export function ExportChartDialog({ defaultTitle, marking, shown, exportChart, onClose }: ExportChartDialogProps) {
  const id = useId();
  const initial: ChartExportForm = {
    format: 'pdf',
    scale: '2',
    paper: 'A4',
    orientation: 'landscape',
    fit: 'page',
    title: defaultTitle,
    disclosure: { reason: '', recipients: [] },
  };
  const { form, update, problem, busy, done, submit } = useExportFlow({
    initial,
    check: checkChartExportForm,
    saveAs: (current) => ({
      title: 'Export chart',
      defaultName: exportFileName(current.title, chartExportExtensions[current.format]),
      filter: { name: fileKinds[current.format], extensions: [chartExportExtensions[current.format]] },
    }),
    run: (current, checked, destination) =>
      exportChart({
        format: current.format,
        title: current.title.trim(),
        scale: checked.scale,
        page: checked.page,
        destination,
        reason: current.disclosure.reason.trim(),
        recipients: cleanRecipients(current.disclosure.recipients),
      }),
  });

  if (done) {
    return (
      <ExportedDialog title="Chart exported" onClose={onClose}>
        Saved to {done.paths.join(' and ')}
        {done.pages > 1 ? ` (${done.pages} pages)` : ''}
      </ExportedDialog>
    );
  }

  const picture = form.format === 'png' || form.format === 'svg' || form.format === 'pdf';
  return (
    <Dialog title="Export chart" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select id={`${id}-format`} value={form.format} onChange={(event) => update({ format: event.target.value as ChartExportFormat })}>
            {chartExportFormats.map((format) => (
              <option key={format} value={format}>
                {chartExportLabels[format]}
              </option>
            ))}
          </select>
        </div>
        {form.format === 'png' && (
          <div className="form-field">
            <label htmlFor={`${id}-scale`}>Scale</label>
            <select id={`${id}-scale`} value={form.scale} onChange={(event) => update({ scale: event.target.value })} aria-describedby={`${id}-scale-hint`}>
              {['1', '2', '3', '4'].map((scale) => (
                <option key={scale} value={scale}>
                  {scale}×
                </option>
              ))}
            </select>
            <div id={`${id}-scale-hint`} className="field-hint">
              Pixels per unit of the chart: higher scales are sharper and larger files.
            </div>
            {problem?.field === 'scale' && <div className="field-error">{problem.message}</div>}
          </div>
        )}
        {form.format === 'pdf' && (
          <>
            <PaperFields id={id} page={form} onChange={update} />
            <div className="form-field">
              <label htmlFor={`${id}-fit`}>Pages</label>
              <select id={`${id}-fit`} value={form.fit} onChange={(event) => update({ fit: event.target.value as ExportPage['fit'] })}>
                <option value="page">Fit the chart on one page</option>
                <option value="tile">Full size, tiled over several pages</option>
              </select>
            </div>
          </>
        )}
        <FormField label="Title" value={form.title} onChange={(event) => update({ title: event.target.value })} error={problem?.field === 'title' ? problem.message : null} />
        <DisclosureFields value={form.disclosure} onChange={(disclosure) => update({ disclosure })} />
        {problem?.field === 'reason' && (
          <p role="alert" className="field-error">
            {problem.message}
          </p>
        )}
        <p className="field-hint">
          {picture
            ? `The export shows ${shown} ${shown === 1 ? 'entity' : 'entities'} and carries the marking ${marking} at the top and bottom, the title, date, author, a legend of the symbols used and any handling conditions.`
            : `The export holds ${shown} ${shown === 1 ? 'entity' : 'entities'} with their links, marked ${marking}.`}
        </p>
        <ExportActions problem={problem} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
