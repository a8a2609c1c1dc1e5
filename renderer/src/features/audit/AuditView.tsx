import { useEffect, useMemo, useState } from 'react';
import { auditActionLabels, auditActions, type AuditAction, type AuditEntry, type AuditVerification } from '@shared/audit';
import { formatDateTime, parseUkDate, plural } from '@shared/format';
import { FormField } from '../../components/FormField';
import { call, errorMessage } from '../../lib/fenlight';
import { AuditExportDialog } from './AuditExportDialog';
import { operationLabel } from './operationLabels';

const PAGE_SIZE = 50;

interface Filters {
  from: string;
  to: string;
  analyst: string;
  action: AuditAction | '';
  record: string;
}

const emptyFilters: Filters = { from: '', to: '', analyst: '', action: '', record: '' };

/** The day after an ISO date, so "to 05/03/2026" includes the whole of 5 March. */
function dayAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Who consulted and disclosed what: the s62 log, filtered, verified and exportable. */
export function AuditView() {
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [page, setPage] = useState(0);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const from = filters.from ? parseUkDate(filters.from) : null;
  const to = filters.to ? parseUkDate(filters.to) : null;
  const dateError = (filters.from && !from) || (filters.to && !to) ? 'Enter dates as dd/mm/yyyy.' : null;

  const [reloads, setReloads] = useState(0);
  const query = useMemo(
    () =>
      dateError
        ? null
        : {
            ...(from ? { from } : {}),
            ...(to ? { to: dayAfter(to) } : {}),
            ...(filters.analyst.trim() ? { analyst: filters.analyst.trim() } : {}),
            ...(filters.action ? { actions: [filters.action] } : {}),
            ...(filters.record.trim() ? { targetId: filters.record.trim() } : {}),
            limit: PAGE_SIZE,
            offset: page * PAGE_SIZE,
          },
    [dateError, from, to, filters.analyst, filters.action, filters.record, page],
  );

  useEffect(() => {
    if (!query) return undefined;
    let current = true;
    call('audit.list', query).then(
      (result) => {
        if (!current) return;
        setEntries(result.entries);
        setTotal(result.total);
        setError(null);
      },
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [query, reloads]);

  const update = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPage(0);
  };

  const verify = async () => {
    try {
      setVerification(await call('audit.verify', {}));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <section className="view audit-view" aria-labelledby="audit-heading">
      <h1 id="audit-heading">Audit log</h1>
      <p>Every collection, alteration, consultation, disclosure, combination and erasure in this vault (Data Protection Act 2018, section 62).</p>
      <div className="toolbar">
        <button type="button" onClick={() => void verify()}>
          Verify chain
        </button>
        <button type="button" onClick={() => setExporting(true)}>
          Export…
        </button>
      </div>
      {verification && (
        <p role="status" className={verification.intact ? 'success-text' : 'error-text'}>
          {verification.intact ? `The audit chain is intact: ${plural(verification.entries, 'entry', 'entries')}.` : `The audit chain is broken at entry ${verification.firstBrokenSeq}: ${verification.problem}`}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      <form className="filter-bar" aria-label="Filter the audit log" onSubmit={(event) => event.preventDefault()}>
        <FormField label="From" placeholder="dd/mm/yyyy" value={filters.from} onChange={(event) => update({ from: event.target.value })} inputMode="numeric" />
        <FormField label="To" placeholder="dd/mm/yyyy" value={filters.to} onChange={(event) => update({ to: event.target.value })} inputMode="numeric" />
        <FormField label="Analyst" value={filters.analyst} onChange={(event) => update({ analyst: event.target.value })} />
        <div className="form-field">
          <label htmlFor="audit-action">Operation type</label>
          <select id="audit-action" value={filters.action} onChange={(event) => update({ action: event.target.value as AuditAction | '' })}>
            <option value="">All</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {auditActionLabels[action]}
              </option>
            ))}
          </select>
        </div>
        <FormField label="Record" value={filters.record} onChange={(event) => update({ record: event.target.value })} />
      </form>
      {(dateError ?? error) && (
        <p role="alert" className="error-text">
          {dateError ?? error}
        </p>
      )}
      <table className="data-table" aria-label="Audit entries">
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Time</th>
            <th scope="col">Operation type</th>
            <th scope="col">What</th>
            <th scope="col">Analyst</th>
            <th scope="col">Records</th>
            <th scope="col">Reason</th>
            <th scope="col">Recipients</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td>{entry.seq}</td>
              <td>{formatDateTime(entry.at)}</td>
              <td>{auditActionLabels[entry.action]}</td>
              <td>{operationLabel(entry.operation)}</td>
              <td>
                {entry.analystName} ({entry.staffNumber})
              </td>
              <td>{entry.targets.map((target) => `${target.type} ${target.id}`).join(', ')}</td>
              <td>{entry.reason ?? ''}</td>
              <td>{entry.recipients?.join(', ') ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && !error && <p className="empty-state">No entries match these filters.</p>}
      <nav className="pager" aria-label="Audit log pages">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          Previous page
        </button>
        <span>
          Page {page + 1} of {pages} ({plural(total, 'entry', 'entries')})
        </span>
        <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
          Next page
        </button>
      </nav>
      {exporting && (
        <AuditExportDialog
          onClose={() => setExporting(false)}
          onDone={(message) => {
            setExporting(false);
            setNotice(message);
            setReloads((count) => count + 1);
          }}
        />
      )}
    </section>
  );
}
