import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EntityDetail } from '@shared/records';
import { call, errorMessage, onEvent } from '../../../lib/fenlight';

/** The shortest gap between re-reads caused by bulk changes (imports, demo data). */
export const BULK_REFRESH_MS = 5_000;

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
  // Layout effect: known as soon as it is on screen, before any event about it can be handled.
  useLayoutEffect(() => {
    latest.current = detail;
  }, [detail]);

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const off = onEvent('data.changed', (change) => {
      if (!concernsProfile(latest.current, change)) return;
      if (change.ids && change.ids.length > 0) {
        setReloads((count) => count + 1);
        return;
      }
      // A running import announces bulk changes (no ids) every few seconds; each re-read would be
      // another logged consultation, so those are gathered into one re-read at most every few seconds.
      pending ??= setTimeout(() => {
        pending = null;
        setReloads((count) => count + 1);
      }, BULK_REFRESH_MS);
    });
    return () => {
      off();
      if (pending) clearTimeout(pending);
    };
  }, []);

  return {
    detail,
    error: state?.id === id ? state.error : null,
    replace: (next) => setState({ id, detail: next, error: null }),
    reload: () => setReloads((count) => count + 1),
  };
}
