import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { records } from '../records/recordContext';
import { ChartItemsReader } from './chartItems';

/** The most entity ids one CONSULT entry lists; the count is always recorded. */
const MAX_AUDIT_TARGETS = 5_000;

export function chartHandlers(context: EngineContext): HandlerTable {
  return {
    'chart.items': ({ entityIds, contextIds }) => {
      const rc = records(context);
      const items = new ChartItemsReader(rc.session.db, rc.stores).read(entityIds, contextIds);
      if (items.entities.length === 0) {
        // Nothing new was shown (all deleted, or an empty request): no consultation took place.
        rc.session.audit.nothingToRecord();
        return items;
      }
      // Showing records on a chart is a consultation of them (DESIGN.md, Audit).
      rc.session.transaction(() =>
        rc.session.audit.append({
          action: 'CONSULT',
          operation: 'chart.items',
          targets: items.entities
            .slice(0, MAX_AUDIT_TARGETS)
            .map((item) => ({ type: 'entity', id: item.summary.id })),
          details: { facts: { shownOnChart: items.entities.length, links: items.links.length } },
        }),
      );
      return items;
    },
  };
}
