import { z } from 'zod';
import { call } from '../define';
import type { NrmDecisionStage, NrmOutcome } from '../../domain/nrm';
import type { EntitySummary, LinkSummary } from '../../records';

const id = z.string().trim().min(1).max(128);

/** The most entities one request may put on a chart (the chart document's own ceiling). */
export const CHART_ITEMS_MAX = 20_000;

/**
 * What the chart needs beyond a summary to filter and badge an item, gathered from the reports
 * that support it. Grades are kept as a 15-bit mask of every (source, assessment) pair seen
 * (bit s·5 + a, as shared/graph/grades.ts), so "only 1–2 and A–B" is one AND whatever the mix.
 */
export interface ChartItemFacts {
  gradeMask: number;
  /** Exploitation codes of the supporting reports (types, sub-types and tags), sorted. */
  exploitationTypes: string[];
  /** Earliest and latest supporting report dates (occurred, else received), yyyy-mm-dd. */
  firstOn: string | null;
  lastOn: string | null;
}

/** Where a person stands in the National Referral Mechanism, for the chart's badge. */
export interface ChartNrmStatus {
  stage: 'referred' | NrmDecisionStage;
  outcome: NrmOutcome | null;
}

export interface ChartEntityItem {
  summary: EntitySummary;
  facts: ChartItemFacts;
  nrm: ChartNrmStatus | null;
}

export interface ChartLinkItem {
  summary: LinkSummary;
  facts: ChartItemFacts;
}

export interface ChartItems {
  entities: ChartEntityItem[];
  /** Live links with both ends among `entityIds` ∪ `contextIds` and at least one in `entityIds`. */
  links: ChartLinkItem[];
  /** Requested ids that were merged into another entity → the survivor now shown instead. */
  merged: Record<string, string>;
  /** Requested ids no longer in the vault (deleted). */
  missing: string[];
}

export const chartCalls = {
  /**
   * The summaries, filter facts and links a link chart needs to show `entityIds`. `contextIds`
   * are entities already on the chart: links from the new entities to them come back too, but
   * the context entities themselves are not returned (nor logged again). Showing records on a
   * chart is a consultation (DPA 2018 s62), logged once per call.
   */
  'chart.items': call(
    z.strictObject({
      entityIds: z.array(id).max(CHART_ITEMS_MAX),
      contextIds: z.array(id).max(CHART_ITEMS_MAX).default([]),
    }),
  ).returns<ChartItems>(),
};
