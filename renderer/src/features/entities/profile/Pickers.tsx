import { useEffect, useId, useState } from 'react';
import { entityTypeLabels } from '@shared/domain/entityTypes';
import { formatGrade } from '@shared/domain/grading';
import type { EntitySummary, ReportSummary } from '@shared/records';
import { call, errorMessage } from '../../../lib/fenlight';

const RESULTS = 30;

interface PickerProps<T> {
  label: string;
  /** The search field's label. */
  searchLabel: string;
  value: T | null;
  onChange(value: T | null): void;
  error?: string | undefined;
}

function useSearch<T>(
  search: (text: string) => Promise<T[]>,
  text: string,
): { results: T[]; error: string | null } {
  const [state, setState] = useState<{ results: T[]; error: string | null }>({ results: [], error: null });
  useEffect(() => {
    let current = true;
    search(text).then(
      (results) => current && setState({ results, error: null }),
      (failure: unknown) => current && setState({ results: [], error: errorMessage(failure) }),
    );
    return () => {
      current = false;
    };
  }, [search, text]);
  return state;
}

/** A search box over a list box: type to narrow, then choose with the keyboard or the mouse. */
function SearchPicker<T extends { id: string }>({
  label,
  searchLabel,
  value,
  onChange,
  error,
  search,
  describe,
}: PickerProps<T> & { search(text: string): Promise<T[]>; describe(item: T): string }) {
  const id = useId();
  const [text, setText] = useState('');
  const { results, error: searchError } = useSearch(search, text.trim());
  const options = value && !results.some((item) => item.id === value.id) ? [value, ...results] : results;
  return (
    <div className="picker">
      <div className="form-field">
        <label htmlFor={`${id}-search`}>{searchLabel}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-list`}>{label}</label>
        <select
          id={`${id}-list`}
          size={Math.min(6, Math.max(2, options.length))}
          value={value?.id ?? ''}
          onChange={(event) => onChange(options.find((item) => item.id === event.target.value) ?? null)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {options.map((item) => (
            <option key={item.id} value={item.id}>
              {describe(item)}
            </option>
          ))}
        </select>
        {(error ?? searchError) && (
          <div id={`${id}-error`} className="field-error">
            {error ?? searchError}
          </div>
        )}
        {options.length === 0 && !searchError && (
          <div className="field-hint">
            {text.trim() ? `Nothing matches “${text.trim()}”.` : 'There are none in the vault yet.'}
          </div>
        )}
      </div>
    </div>
  );
}

async function searchEntities(text: string): Promise<EntitySummary[]> {
  return (
    await call('entities.list', {
      ...(text ? { text } : {}),
      sort: text ? 'label' : 'updatedAt',
      offset: 0,
      limit: RESULTS,
    })
  ).rows;
}

async function searchReports(text: string): Promise<ReportSummary[]> {
  return (
    await call('reports.list', {
      filter: text ? { text } : {},
      sort: { key: 'recordedOn', direction: 'desc' },
      offset: 0,
      limit: RESULTS,
    })
  ).rows;
}

/** Another entity, found by name or identifier; `exclude` keeps the entity itself out. */
export function EntityPicker({ exclude, ...props }: PickerProps<EntitySummary> & { exclude: string }) {
  const [search] = useState(
    () => async (text: string) => (await searchEntities(text)).filter((entity) => entity.id !== exclude),
  );
  return (
    <SearchPicker
      {...props}
      search={search}
      describe={(entity) => `${entity.chartLabel} (${entityTypeLabels[entity.type]})`}
    />
  );
}

/** A report, found by URN, title or text. */
export function ReportPicker(props: PickerProps<ReportSummary>) {
  return (
    <SearchPicker
      {...props}
      search={searchReports}
      describe={(report) => `${report.urn} — ${report.title} (${formatGrade(report.grade)})`}
    />
  );
}
