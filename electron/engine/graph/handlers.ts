import type { AuditTarget } from '@shared/audit';
import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { records, type RecordContext } from '../records/recordContext';
import { VaultGraphCache } from './graphCache';
import { connectingNetwork, findPath, neighbours } from './queries';

/** An s62 entry lists at most this many targets; the full count goes in its facts. */
const AUDIT_TARGETS_MAX = 5_000;

/**
 * Showing entities on a chart is a consultation (DESIGN.md, Audit): each call writes ONE CONSULT
 * entry naming the entities it returned (or, when it found nothing, the entities asked about).
 */
function consult(rc: RecordContext, operation: string, entityIds: readonly string[], facts: Record<string, string | number | boolean | null>): void {
  const unique = [...new Set(entityIds)];
  const targets: AuditTarget[] = unique.slice(0, AUDIT_TARGETS_MAX).map((id) => ({ type: 'entity', id }));
  rc.session.transaction(() =>
    rc.session.audit.append({
      action: 'CONSULT',
      operation,
      targets,
      details: { facts: { ...facts, entities: unique.length, targetsListed: targets.length } },
    }),
  );
}

export function graphHandlers(context: EngineContext): HandlerTable {
  const cache = new VaultGraphCache();
  context.bus.subscribe((event) => {
    if (event.name === 'data.changed') cache.noteChange(event.payload.scopes);
  });
  return {
    'graph.neighbours': (input) => {
      const rc = records(context);
      const result = neighbours(rc, cache.graphFor(rc.session), input);
      consult(
        rc,
        'graph.neighbours',
        result.entities.map((entity) => entity.id),
        { depth: input.depth, links: result.links.length, truncated: result.truncated },
      );
      return result;
    },
    'graph.findPath': (input) => {
      const rc = records(context);
      const result = findPath(rc, cache.graphFor(rc.session), input);
      const shown = result.found ? result.entities.map((entity) => entity.id) : [input.fromId, input.toId];
      consult(rc, 'graph.findPath', shown, { found: result.found, length: result.length, links: result.links.length, timeOrdered: input.timeOrdered });
      return result;
    },
    'graph.connectingNetwork': (input) => {
      const rc = records(context);
      const result = connectingNetwork(rc, cache.graphFor(rc.session), input);
      consult(rc, 'graph.connectingNetwork', result.entities.length > 0 ? result.entities.map((entity) => entity.id) : input.ids, {
        required: input.ids.length,
        links: result.links.length,
      });
      return result;
    },
  };
}
