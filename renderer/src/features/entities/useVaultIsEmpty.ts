import { useEffect, useState } from 'react';
import { call } from '../../lib/fenlight';
import { useDataChanged } from '../../lib/useDataChanged';

/** True when the vault holds no entities and no reports (the moment to offer demo data); null until known. */
export function useVaultIsEmpty(): boolean | null {
  const [empty, setEmpty] = useState<boolean | null>(null);
  const [reloads, setReloads] = useState(0);
  useDataChanged(['entities', 'reports'], () => setReloads((count) => count + 1));
  useEffect(() => {
    let current = true;
    Promise.all([call('entities.list', { limit: 1 }), call('reports.list', { limit: 1 })]).then(
      ([entities, reports]) => current && setEmpty(entities.total === 0 && reports.total === 0),
      // Not knowing is not a reason to offer demo data.
      () => current && setEmpty(false),
    );
    return () => {
      current = false;
    };
  }, [reloads]);
  return empty;
}
