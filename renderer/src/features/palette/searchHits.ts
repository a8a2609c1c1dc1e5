import { entityTypeLabels } from '@shared/domain/entityTypes';
import type { SearchHit } from '@shared/records';
import type { OpenRecord } from '../shell/shellStore';

/** A record found by search, as the palette lists it. */
export interface RecordOption {
  id: string;
  /** "URN — title" for a report, "label (type)" for an entity: the option's accessible name. */
  title: string;
  kind: 'report' | 'entity';
  /** Handling conditions travel with the report wherever it appears. */
  conditions: string;
  record: OpenRecord;
}

export function recordOptions(hits: readonly SearchHit[]): RecordOption[] {
  return hits.map((hit) =>
    hit.kind === 'report'
      ? {
          id: `report:${hit.report.id}`,
          title: `${hit.report.urn} — ${hit.report.title}`,
          kind: 'report',
          conditions: hit.report.handlingConditions,
          record: { kind: 'report', id: hit.report.id },
        }
      : {
          id: `entity:${hit.entity.id}`,
          title: `${hit.entity.label} (${entityTypeLabels[hit.entity.type]})`,
          kind: 'entity',
          conditions: '',
          record: { kind: 'entity', id: hit.entity.id },
        },
  );
}
