import { FenlightError } from '@shared/contract';
import { DEFAULT_MARKING, highestMarking, markingRank, parseMarking, type Marking } from '@shared/domain/markings';
import type { VaultDatabase } from '../vault/database';
import { readMeta } from '../vault/vaultMeta';

const CHUNK = 500;

/** Distinct markings and handling conditions of the reports behind some entities and links. */
function evidenceReports(db: VaultDatabase, entityIds: readonly string[], linkIds: readonly string[]): Array<{ marking: string; conditions: string }> {
  const rows: Array<{ marking: string; conditions: string }> = [];
  for (const [column, ids] of [
    ['entity_id', entityIds],
    ['link_id', linkIds],
  ] as const) {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      rows.push(
        ...(db
          .prepare(
            `SELECT DISTINCT r.protective_marking AS marking, r.handling_conditions AS conditions
               FROM evidence ev JOIN report r ON r.id = ev.report_id WHERE ev.${column} IN (${part.map(() => '?').join(', ')})`,
          )
          .all(...part) as Array<{ marking: string; conditions: string }>),
      );
    }
  }
  return rows;
}

/**
 * The chart's floor: the highest protective marking among the evidence for what it shows, and
 * the handling conditions that must travel with it. With no evidence, the vault default applies.
 */
export function markingFloor(db: VaultDatabase, entityIds: readonly string[], linkIds: readonly string[]): { marking: string; handlingConditions: string[] } {
  const reports = evidenceReports(db, entityIds, linkIds);
  const { markingDescriptors } = readMeta(db);
  const markings = reports.map((row) => parseMarking(row.marking, markingDescriptors)).flatMap((result) => (result.ok ? [result.value] : []));
  const combined = highestMarking(markings);
  const conditions = [...new Set(reports.map((row) => row.conditions.trim()).filter(Boolean))].sort();
  return { marking: combined?.text ?? DEFAULT_MARKING, handlingConditions: conditions };
}

/** The marking a chart carries: the floor unless raised; never lowered below it. */
export function chooseMarking(requested: string | undefined, floor: string, descriptors: readonly string[]): string {
  if (!requested || requested.trim().toUpperCase() === floor) return floor;
  const wanted = parseMarking(requested, descriptors);
  if (!wanted.ok) throw new FenlightError('INVALID_INPUT', wanted.reason, { issues: [{ path: 'marking', message: wanted.reason }] });
  const floorParts = floor.replace(/^OFFICIAL-SENSITIVE ?/, '').split(' / ').filter(Boolean);
  const floorMarking: Pick<Marking, 'sensitive' | 'descriptor'> = { sensitive: floor.startsWith('OFFICIAL-SENSITIVE'), descriptor: floorParts[0] ?? null };
  const lowered =
    markingRank(wanted.value) < markingRank(floorMarking) || floorParts.some((descriptor) => descriptor !== wanted.value.descriptor);
  if (lowered) {
    throw new FenlightError('INVALID_INPUT', `This chart shows material marked ${floor}, so it cannot be marked lower than that. You may raise the marking, not lower it.`, {
      issues: [{ path: 'marking', message: `The chart cannot be marked lower than ${floor}.` }],
    });
  }
  return wanted.value.text;
}
