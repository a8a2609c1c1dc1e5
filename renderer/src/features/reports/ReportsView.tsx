import { useState } from 'react';
import { todayInLondon } from '@shared/format';
import { useShellStore } from '../shell/shellStore';
import { useVaultStore } from '../vault/vaultStore';
import { ReportEditor } from './ReportEditor';
import { ReportList } from './ReportList';
import { ReportRecord } from './ReportRecord';
import { emptyReportForm } from './reportForm';
import './reports.css';

/** A new report, written by the analyst whose vault is open unless they say otherwise. */
function NewReport() {
  const openRecord = useShellStore((state) => state.openRecord);
  const closeRecord = useShellStore((state) => state.closeRecord);
  const status = useVaultStore((state) => state.status);
  const [initial] = useState(() =>
    emptyReportForm(
      status?.state === 'unlocked' ? { name: status.vault.analystName, staffNumber: status.vault.staffNumber } : { name: '', staffNumber: '' },
      todayInLondon(),
    ),
  );
  return <ReportEditor reportId={null} initial={initial} onCancel={closeRecord} onSaved={(detail) => openRecord({ kind: 'report', id: detail.summary.id })} />;
}

/** The Reports view: the list, or the report the shell was asked to open. */
export function ReportsView() {
  const record = useShellStore((state) => state.record);
  if (record?.kind === 'new-report') return <NewReport />;
  if (record?.kind === 'report') return <ReportRecord key={record.id} id={record.id} restricted={record.restricted ?? false} />;
  return <ReportList />;
}
