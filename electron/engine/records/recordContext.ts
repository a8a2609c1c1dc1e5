import { todayInLondon } from '@shared/format/dates';
import type { EngineContext } from '../context';
import type { VaultSession } from '../vault/vaultSession';
import { recordStores, type RecordStores } from './recordStores';

export interface RecordContext {
  session: VaultSession;
  stores: RecordStores;
  /** Today in Europe/London, yyyy-mm-dd: no report date may be later. */
  today: string;
  descriptors: readonly string[];
  nowIso: string;
}

/** The unlocked vault and its stores, for a handler that needs records (VAULT_LOCKED otherwise). */
export function records(context: EngineContext): RecordContext {
  const session = context.vaults.requireSession();
  const now = context.now();
  return {
    session,
    stores: recordStores(session, context.now),
    today: todayInLondon(now),
    descriptors: session.info.markingDescriptors,
    nowIso: now.toISOString(),
  };
}

/** Tells every view that shows these records to refresh. */
export function announce(context: EngineContext, scopes: string[], ids: string[] = []): void {
  context.bus.emit('data.changed', { scopes, ids });
}
