import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { records } from '../records/recordContext';
import { ChartStore } from './chartStore';
import { chooseMarking, markingFloor } from './markingFloor';
import { reconcileChart } from './openChart';
import { gatherChart } from '../anx/gatherChart';
import { publishLogged, withExtension } from '../export/publish';
import { chartCsv, chartFtm } from './exportData';

const MAX_AUDIT_TARGETS = 5_000;

export function chartsHandlers(context: EngineContext): HandlerTable {
  const store = () => new ChartStore(records(context).session.db, context.now);
  return {
    'charts.list': () => store().list(),
    'charts.open': ({ id }) => {
      const rc = records(context);
      const opened = reconcileChart(rc.session.db, rc.stores, new ChartStore(rc.session.db, context.now).get(id));
      rc.session.transaction(() =>
        rc.session.audit.append({
          action: 'CONSULT',
          operation: 'charts.open',
          targets: [{ type: 'chart', id }, ...opened.entities.slice(0, MAX_AUDIT_TARGETS).map((entity) => ({ type: 'entity', id: entity.id }))],
          details: { facts: { shownOnChart: opened.entities.length } },
        }),
      );
      return opened;
    },
    'charts.save': ({ id, name, description, marking, document }) => {
      const rc = records(context);
      const floor = markingFloor(
        rc.session.db,
        document.nodes.map((node) => node.entityId),
        document.links.map((link) => link.linkId),
      );
      const saved = new ChartStore(rc.session.db, context.now).save({ ...(id ? { id } : {}), name, description, marking: chooseMarking(marking, floor.marking, rc.descriptors), document });
      context.bus.emit('data.changed', { scopes: ['charts'], ids: [saved.id] });
      return saved;
    },
    'charts.duplicate': ({ id, name }) => {
      const charts = store();
      const original = charts.get(id);
      const copy = charts.save({ name, description: original.description, marking: original.marking, document: original.document });
      context.bus.emit('data.changed', { scopes: ['charts'], ids: [copy.id] });
      return copy;
    },
    'charts.delete': ({ id }) => {
      store().delete(id);
      context.bus.emit('data.changed', { scopes: ['charts'], ids: [id] });
      return { deleted: true as const };
    },
    'charts.minimumMarking': ({ entityIds, linkIds }) => markingFloor(records(context).session.db, entityIds, linkIds),
    'charts.exportData': ({ format, document, title, destination, reason, recipients }) => {
      const rc = records(context);
      const input = gatherChart(rc, document, title, undefined);
      const files: Array<{ path: string; content: string }> =
        format === 'ftm'
          ? [{ path: withExtension(destination, 'ftm.json'), content: chartFtm(input) }]
          : (() => {
              const tables = chartCsv(input);
              const base = withExtension(destination, 'csv').replace(/\.csv$/i, '');
              return [
                { path: `${base}-nodes.csv`, content: tables.nodes },
                { path: `${base}-links.csv`, content: tables.links },
              ];
            })();
      const entityIds = [...input.entities.keys()];
      files.forEach((file, index) =>
        publishLogged(file.path, Buffer.from(file.content, 'utf8'), () => {
          // One disclosure for the export, logged with its first file.
          if (index > 0) return;
          rc.session.transaction(() =>
            rc.session.audit.append({
              action: 'DISCLOSE',
              operation: 'charts.exportData',
              targets: entityIds.slice(0, MAX_AUDIT_TARGETS).map((id) => ({ type: 'entity', id })),
              reason,
              recipients,
              details: { facts: { format: format === 'ftm' ? 'FollowTheMoney' : 'CSV', entities: entityIds.length, links: input.links.size, marking: input.marking } },
            }),
          );
        }),
      );
      return { paths: files.map((file) => file.path), entities: entityIds.length, links: input.links.size };
    },
  };
}
