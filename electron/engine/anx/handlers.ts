import { FenlightError } from '@shared/contract';
import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { publishLogged, withExtension } from '../export/publish';
import { records } from '../records/recordContext';
import { ChartStore } from '../charts/chartStore';
import { chooseMarking } from '../charts/markingFloor';
import { importAnx, previewAnx } from './anxImport';
import { validateAnx } from './anxSchema';
import { parseAnx } from './anxTree';
import { gatherChart } from './gatherChart';
import { readAnxFile } from './readAnxFile';
import { writeAnx } from './anxWriter';

const MAX_AUDIT_TARGETS = 5_000;

export function anxHandlers(context: EngineContext): HandlerTable {
  return {
    'charts.exportAnx': ({ chartId, document, title, marking, destination, reason, recipients }) => {
      const rc = records(context);
      const saved = chartId ? new ChartStore(rc.session.db, context.now).get(chartId) : null;
      const chart = document ?? saved?.document;
      if (!chart) throw new FenlightError('INVALID_INPUT', 'Choose a saved chart or send the chart to export.');
      const input = gatherChart(rc, chart, saved?.name ?? title, undefined);
      input.marking = chooseMarking(marking ?? saved?.marking, input.marking, rc.descriptors);
      const xml = writeAnx(input);
      // Never write a file ANB might refuse: Fenlight checks its own output against the schema.
      const problems = validateAnx(parseAnx(xml));
      if (problems.length > 0) throw new FenlightError('INTERNAL', `The ANX file failed its own schema check: ${problems[0]!.message}`);
      const target = withExtension(destination, 'anx');
      const entityIds = [...input.entities.keys()];
      publishLogged(target, Buffer.from(xml, 'utf8'), () =>
        rc.session.transaction(() =>
          rc.session.audit.append({
            action: 'DISCLOSE',
            operation: 'charts.exportAnx',
            targets: [...(saved ? [{ type: 'chart', id: saved.id }] : []), ...entityIds.slice(0, MAX_AUDIT_TARGETS).map((id) => ({ type: 'entity', id }))],
            reason,
            recipients,
            details: { facts: { format: 'ANX', marking: input.marking, entities: entityIds.length, links: input.links.size } },
          }),
        ),
      );
      return { path: target, entities: entityIds.length, links: input.links.size };
    },
    'charts.previewAnx': ({ path }) => previewAnx(readAnxFile(path)),
    'charts.importAnx': ({ path, typeMapping }) => {
      const rc = records(context);
      const root = readAnxFile(path);
      const result = rc.session.transaction(() => {
        const imported = importAnx(root, typeMapping, rc);
        if (imported.createdIds.length > 0) {
          rc.session.audit.append({
            action: 'COLLECT',
            operation: 'charts.importAnx',
            targets: imported.createdIds.slice(0, MAX_AUDIT_TARGETS).map((id) => ({ type: 'record', id })),
            details: { facts: { entities: imported.entitiesCreated, links: imported.linksCreated, reports: imported.reportsCreated } },
          });
        }
        if (imported.matchedIds.length > 0) {
          // Joining imported items to records already in the vault is a combination (s62(1)(e)).
          rc.session.audit.append({
            action: 'COMBINE',
            operation: 'charts.importAnx',
            targets: imported.matchedIds.slice(0, MAX_AUDIT_TARGETS).map((id) => ({ type: 'entity', id })),
            details: { facts: { matchedEntities: imported.entitiesMatched } },
          });
        }
        // Only joins (or nothing new): the COMBINE entry, if any, is the whole record of it.
        if (imported.createdIds.length === 0) rc.session.audit.nothingToRecord();
        return imported;
      });
      context.bus.emit('data.changed', { scopes: ['reports', 'entities', 'links'] });
      const { createdIds: _created, matchedIds: _matched, ...summary } = result;
      return summary;
    },
  };
}
