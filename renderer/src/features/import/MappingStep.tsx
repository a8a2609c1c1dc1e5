import { useId, useState } from 'react';
import { formatCount } from '@shared/format';
import type { ColumnMapping, ImportPreview } from '@shared/contract/calls/ingest';

type Column = ImportPreview['canonicalColumns'][number];

interface MappingTableProps {
  label: string;
  columns: Column[];
  preview: ImportPreview;
  mapping: ColumnMapping;
  onSet(column: string, header: string): void;
  idPrefix: string;
}

/** The first row's value in a header's column, so the analyst can see the match is right. */
function example(preview: ImportPreview, header: string | undefined): string {
  if (!header) return '';
  const index = preview.headers.indexOf(header);
  return preview.sampleRows.map((row) => row[index] ?? '').find((value) => value.trim() !== '') ?? '';
}

function MappingTable({ label, columns, preview, mapping, onSet, idPrefix }: MappingTableProps) {
  return (
    <table className="data-table mapping-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Column in the file</th>
          <th scope="col">Example</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => (
          <tr key={column.name}>
            <th scope="row">
              <label htmlFor={`${idPrefix}-${column.name}`}>{column.label}</label>
              {column.required && <span className="required-mark"> (required)</span>}
            </th>
            <td>
              <select
                id={`${idPrefix}-${column.name}`}
                value={mapping[column.name] ?? ''}
                onChange={(event) => onSet(column.name, event.target.value)}
                aria-invalid={column.required && !mapping[column.name] ? true : undefined}
              >
                <option value="">Not in this file</option>
                {preview.headers.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </select>
            </td>
            <td className="mapping-example">{example(preview, mapping[column.name])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface MappingStepProps {
  preview: ImportPreview;
  mapping: ColumnMapping;
  onMapping(mapping: ColumnMapping): void;
  saved: Array<{ name: string; mapping: ColumnMapping }>;
  saveAs: string;
  onSaveAs(name: string): void;
  missing: string[];
}

/** Keeps only the parts of a saved mapping whose headers this file has. */
export function applicableMapping(mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, header]) => headers.includes(header)));
}

/** Canonical columns that are required but not mapped to a header. */
export function missingRequired(preview: ImportPreview, mapping: ColumnMapping): string[] {
  return preview.canonicalColumns
    .filter((column) => column.required && !mapping[column.name])
    .map((column) => column.label);
}

/** For each canonical column, which of the file's headers holds it; required columns are marked. */
export function MappingStep({
  preview,
  mapping,
  onMapping,
  saved,
  saveAs,
  onSaveAs,
  missing,
}: MappingStepProps) {
  const id = useId();
  // Required and matched fields first; the rest (often dozens for entities) fold away.
  const [initial] = useState(() => new Set(Object.keys(mapping)));
  const main = preview.canonicalColumns.filter((column) => column.required || initial.has(column.name));
  const more = preview.canonicalColumns.filter((column) => !column.required && !initial.has(column.name));
  const moreOpen = more.some((column) => mapping[column.name]);
  const used = new Set(Object.values(mapping));
  const unused = preview.headers.filter((header) => !used.has(header));
  const set = (column: string, header: string) => {
    const next = { ...mapping };
    if (header) next[column] = header;
    else delete next[column];
    onMapping(next);
  };
  return (
    <div className="mapping-step">
      <p>
        <strong>{preview.fileName}</strong> ({preview.format.toUpperCase()}
        {preview.encoding ? `, ${preview.encoding}` : ''}): {formatCount(preview.rowCount)} rows,{' '}
        {preview.headers.length} columns. Check which column of the file holds each field. Fields marked
        “required” must be matched.
      </p>
      {saved.length > 0 && (
        <div className="form-field">
          <label htmlFor={`${id}-saved`}>Use a saved mapping</label>
          <select
            id={`${id}-saved`}
            defaultValue=""
            onChange={(event) => {
              const chosen = saved.find((item) => item.name === event.target.value);
              if (chosen) onMapping(applicableMapping(chosen.mapping, preview.headers));
            }}
          >
            <option value="">Choose…</option>
            {saved.map((item) => (
              <option key={item.name} value={item.name}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <MappingTable
        label="Column mapping"
        columns={main}
        preview={preview}
        mapping={mapping}
        onSet={set}
        idPrefix={id}
      />
      {unused.length > 0 && (
        <p className="field-hint">
          Columns of the file not used: {unused.map((header) => `“${header}”`).join(', ')}. Match them to
          fields below if they hold something to import.
        </p>
      )}
      {more.length > 0 && (
        <details className="mapping-more" open={moreOpen}>
          <summary>More fields ({more.length} not matched)</summary>
          <MappingTable
            label="More fields"
            columns={more}
            preview={preview}
            mapping={mapping}
            onSet={set}
            idPrefix={id}
          />
        </details>
      )}
      <div className="form-field">
        <label htmlFor={`${id}-save-as`}>Save this mapping as (optional)</label>
        <input
          id={`${id}-save-as`}
          value={saveAs}
          maxLength={80}
          onChange={(event) => onSaveAs(event.target.value)}
          aria-describedby={`${id}-save-hint`}
        />
        <div id={`${id}-save-hint`} className="field-hint">
          Give it a name (e.g. “Athena export”) to reuse it for files with the same headers.
        </div>
      </div>
      {missing.length > 0 && (
        <p role="alert" className="error-text">
          Match {missing.length === 1 ? 'the required field' : 'these required fields'} to a column:{' '}
          {missing.join(', ')}.
        </p>
      )}
    </div>
  );
}
