import { useEffect, useRef, useState } from 'react';
import type { EntityDetail } from '@shared/records';
import { call, errorMessage, onEvent } from '../../../lib/fenlight';

export interface EntityDetailState {
  detail: EntityDetail | null;
  error: string | null;
  /** Replaces the shown detail with one an edit returned (no second consultation needed). */
  replace(detail: EntityDetail): void;
  reload(): void;
}

/** Whether a data.changed event can concern this profile (the entity, its links or its neighbours). */
export function concernsProfile(
  detail: EntityDetail | null,
  change: { scopes: string[]; ids?: string[] },
): boolean {
  if (!change.scopes.some((scope) => scope === 'entities' || scope === 'links' || scope === 'reports'))
    return false;
  if (!detail || !change.ids || change.ids.length === 0) return true;
  const mine = new Set([
    detail.summary.id,
    ...detail.links.flatMap(({ link, other }) => [link.id, other.id]),
    ...detail.evidence.map((item) => item.reportId),
  ]);
  return change.ids.some((id) => mine.has(id));
}

/**
 * The profile's entity. Each fetch is a consultation the engine logs (DPA 2018 s62), so the
 * profile fetches when opened and when something it shows changes, not on a timer.
 */
export function useEntityDetail(id: string): EntityDetailState {
  const [state, setState] = useState<{
    id: string;
    detail: EntityDetail | null;
    error: string | null;
  } | null>(null);
  const [reloads, setReloads] = useState(0);
  const latest = useRef<EntityDetail | null>(null);

  useEffect(() => {
    let current = true;
    call('entities.get', { id }).then(
      (detail) => current && setState({ id, detail, error: null }),
      (failure: unknown) => current && setState({ id, detail: null, error: errorMessage(failure) }),
    );
    return () => {
      current = false;
    };
  }, [id, reloads]);

  const detail = state?.id === id ? state.detail : null;
  useEffect(() => {
    latest.current = detail;
  }, [detail]);

  useEffect(
    () =>
      onEvent('data.changed', (change) => {
        if (concernsProfile(latest.current, change)) setReloads((count) => count + 1);
      }),
    [],
  );

  return {
    detail,
    error: state?.id === id ? state.error : null,
    replace: (next) => setState({ id, detail: next, error: null }),
    reload: () => setReloads((count) => count + 1),
  };
}
