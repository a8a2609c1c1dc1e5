import type { ChartDocument } from '@shared/chart/document';
import { sourceTypeLabels } from '@shared/domain/sourceTypes';
import { identityKey } from '@shared/entities/describe';
import type { EvidenceItem } from '@shared/records';
import type { RecordContext } from '../records/recordContext';
import { markingFloor } from '../charts/markingFloor';
import type { AnxChartInput } from './anxModel';

function sourceTypesOf(rc: RecordContext, evidence: EvidenceItem[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of evidence) {
    const code = rc.stores.reports.summary(item.reportId).sourceType;
    map.set(item.reportId, sourceTypeLabels[code] ?? code);
  }
  return map;
}

/** Everything an export of a chart needs, read fresh from the vault (sanitised text only). */
export function gatherChart(rc: RecordContext, document: ChartDocument, title: string, marking: string | undefined): AnxChartInput {
  const entities: AnxChartInput['entities'] = new Map();
  const summaries = rc.stores.entities.summaries(document.nodes.map((node) => node.entityId));
  for (const node of document.nodes) {
    const summary = summaries.get(node.entityId);
    if (!summary) continue;
    const fields = rc.stores.entities.fields(node.entityId);
    const evidence = rc.stores.evidence.itemsFor('entity', node.entityId);
    entities.set(node.entityId, { summary, fields, identity: identityKey(fields) ?? summary.id, evidence, sourceTypes: sourceTypesOf(rc, evidence) });
  }
  const links: AnxChartInput['links'] = new Map();
  for (const chartLink of document.links) {
    try {
      const summary = rc.stores.links.summary(chartLink.linkId);
      const evidence = rc.stores.evidence.itemsFor('link', chartLink.linkId);
      links.set(chartLink.linkId, { summary, evidence, sourceTypes: sourceTypesOf(rc, evidence) });
    } catch {
      // A link deleted since the chart was drawn is simply not exported.
    }
  }
  const reportText = new Map<string, string>();
  for (const item of [...entities.values(), ...links.values()].flatMap((entry) => entry.evidence)) {
    if (!reportText.has(item.reportId)) reportText.set(item.reportId, rc.stores.reports.row(item.reportId).sanitised_text);
  }
  const floor = markingFloor(rc.session.db, [...entities.keys()], [...links.keys()]);
  const meta = rc.session.info;
  return {
    title,
    marking: marking ?? floor.marking,
    author: `${meta.analystName} (${meta.staffNumber})`,
    exportedAt: rc.nowIso,
    handlingConditions: floor.handlingConditions,
    document,
    entities,
    links,
    reportText,
  };
}
