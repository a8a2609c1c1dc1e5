import type { ImportKind } from '../contract/calls/ingest';
import { entityColumns } from './entityColumns';
import { linkColumns } from './linkColumns';
import { reportColumns, type CanonicalColumn } from './reportColumns';

/** The canonical columns of each kind of import file. */
export function canonicalColumns(kind: ImportKind): readonly CanonicalColumn[] {
  switch (kind) {
    case 'reports':
      return reportColumns;
    case 'entities':
      return entityColumns;
    case 'links':
      return linkColumns;
  }
}
