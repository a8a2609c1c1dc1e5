import { FenlightError } from '@shared/contract';
import { parseDescriptorList } from '@shared/domain/markings';
import { plural } from '@shared/format/numbers';
import type { VaultSession } from './vaultSession';
import { writeMeta } from './vaultMeta';

/** How many reports and saved charts carry OFFICIAL-SENSITIVE `descriptor`. */
function usesOf(session: VaultSession, descriptor: string): { reports: number; charts: number } {
  const marking = `OFFICIAL-SENSITIVE ${descriptor}`;
  const reports = session.db.prepare('SELECT count(*) AS n FROM report WHERE protective_marking = ?').get(marking) as { n: number };
  const charts = session.db.prepare('SELECT count(*) AS n FROM chart WHERE marking = ?').get(marking) as { n: number };
  return { reports: reports.n, charts: charts.n };
}

/**
 * Sets the force's descriptor list for this vault. A descriptor still carried by a report or a
 * saved chart cannot be removed (their markings would no longer read back); the change is
 * recorded as an ALTER of the vault with the lists before and after.
 */
export function setMarkingDescriptors(session: VaultSession, list: readonly string[]): void {
  const parsed = parseDescriptorList(list);
  if (!parsed.ok) throw new FenlightError('INVALID_INPUT', parsed.reason);
  const before = session.info.markingDescriptors;
  const after = parsed.value;
  for (const removed of before.filter((descriptor) => !after.includes(descriptor))) {
    const uses = usesOf(session, removed);
    if (uses.reports + uses.charts > 0) {
      const what = [
        uses.reports > 0 ? plural(uses.reports, 'report') : null,
        uses.charts > 0 ? plural(uses.charts, 'saved chart') : null,
      ]
        .filter(Boolean)
        .join(' and ');
      throw new FenlightError(
        'CONFLICT',
        `${what} ${uses.reports + uses.charts === 1 ? 'is' : 'are'} marked OFFICIAL-SENSITIVE ${removed}. Re-mark ${uses.reports + uses.charts === 1 ? 'it' : 'them'} before removing the descriptor.`,
      );
    }
  }
  if (before.length === after.length && before.every((descriptor, i) => descriptor === after[i])) {
    session.audit.nothingToRecord();
    return;
  }
  session.transaction(() => {
    writeMeta(session.db, { markingDescriptors: after });
    session.audit.append({
      action: 'ALTER',
      operation: 'vault.setMarkingDescriptors',
      targets: [{ type: 'vault', id: session.info.vaultId }],
      details: { changes: [{ field: 'markingDescriptors', before, after }] },
    });
  });
  session.refreshMeta();
}
