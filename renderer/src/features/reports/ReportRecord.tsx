import { useCallback, useEffect, useState } from 'react';
import type { ReportDetail } from '@shared/records';
import { call, errorMessage } from '../../lib/fenlight';
import { useDataChanged } from '../../lib/useDataChanged';
import { useShellStore } from '../shell/shellStore';
import { DeleteReportDialog } from './DeleteReportDialog';
import { ReportEditor } from './ReportEditor';
import { ReportViewer } from './ReportViewer';
import { formFromFields, type ReportFormValues } from './reportForm';
import { ErrorAlert } from '../../components/ErrorAlert';

interface ReportRecordProps {
  id: string;
  /** Opened asking for the restricted original straight away. */
  restricted: boolean;
}

/**
 * One stored report: read it, show the restricted original on request, edit it, delete it.
 * Each reports.get is a consultation the engine logs; asking for the original is logged as a
 * restricted view.
 */
export function ReportRecord({ id, restricted }: ReportRecordProps) {
  const closeRecord = useShellStore((state) => state.closeRecord);
  const [detail, setDetail] = useState<ReportDetail | null>(null);
  const [original, setOriginal] = useState<string | null>(null);
  const [editing, setEditing] = useState<ReportFormValues | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const show = useCallback((result: ReportDetail) => {
    setDetail(result);
    if (result.originalTextIncluded) setOriginal(result.fields.originalText);
    setError(null);
  }, []);

  const load = useCallback(
    async (withOriginal: boolean): Promise<ReportDetail | null> => {
      try {
        const result = await call('reports.get', { id, restricted: withOriginal });
        show(result);
        return result;
      } catch (failure) {
        setError(errorMessage(failure));
        return null;
      }
    },
    [id, show],
  );

  useEffect(() => {
    let current = true;
    call('reports.get', { id, restricted }).then(
      (result) => current && show(result),
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [id, restricted, show]);

  // Entities added from this report (here or elsewhere) change what it supports.
  useDataChanged(['reports', 'entities'], () => {
    if (!deleting) void load(false);
  });

  const withBusy = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const edit = () =>
    withBusy(async () => {
      // Saving sends the whole report, original included, so the editor needs the original.
      const current = original === null ? await load(true) : detail;
      if (!current) return;
      setNotice(null);
      setEditing(formFromFields({ ...current.fields, originalText: original ?? current.fields.originalText }));
    });

  if (!detail) {
    return (
      <section className="view" aria-labelledby="report-loading-heading">
        <h1 id="report-loading-heading">Report</h1>
        {error ? (
          <p role="alert" className="error-text">
            {error}
          </p>
        ) : (
          <p role="status">Opening the report…</p>
        )}
        <button type="button" onClick={closeRecord}>
          Back to reports
        </button>
      </section>
    );
  }

  if (editing) {
    return (
      <ReportEditor
        reportId={id}
        urn={detail.fields.urn}
        initial={editing}
        supports={detail.supports.entities}
        onCancel={() => setEditing(null)}
        onSaved={(saved) => {
          setDetail(saved);
          // The viewer starts with the original hidden again; showing it is a new restricted view.
          setOriginal(null);
          setEditing(null);
          setNotice(`Report ${saved.fields.urn} saved.`);
        }}
      />
    );
  }

  return (
    <>
      {(notice || error) && (
        <div className="report-messages">
          {notice && (
            <p role="status" className="success-text">
              {notice}
            </p>
          )}
          <ErrorAlert message={error} />
        </div>
      )}
      <ReportViewer
        detail={detail}
        original={original}
        busy={busy}
        onShowOriginal={() =>
          void withBusy(async () => {
            await load(true);
          })
        }
        onHideOriginal={() => setOriginal(null)}
        onEdit={() => void edit()}
        onDelete={() => setDeleting(true)}
        onBack={closeRecord}
      />
      {deleting && <DeleteReportDialog reportId={id} urn={detail.fields.urn} onClose={() => setDeleting(false)} onDeleted={closeRecord} />}
    </>
  );
}
