import type { ChartDocument } from '@shared/chart/document';
import type { EntityFields } from '@shared/schemas/entity';
import type { EntitySummary, EvidenceItem, LinkSummary } from '@shared/records';

/** Everything an ANX file of a chart is written from (gathered from the vault by the handler). */
export interface AnxChartInput {
  title: string;
  marking: string;
  author: string;
  exportedAt: string;
  handlingConditions: string[];
  document: ChartDocument;
  entities: Map<string, { summary: EntitySummary; fields: EntityFields; identity: string; evidence: EvidenceItem[]; sourceTypes: Map<string, string> }>;
  links: Map<string, { summary: LinkSummary; evidence: EvidenceItem[]; sourceTypes: Map<string, string> }>;
  /** Sanitised text of each report cited as a card (never the restricted original). */
  reportText: Map<string, string>;
}
