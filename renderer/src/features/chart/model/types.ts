/**
 * What the chart holds beside its document: the vault's current view of each entity and link on
 * it (summary, filter facts, NRM status), as `chart.items` returned them. The document refers to
 * these by id only, so a reopened chart shows later edits and merges.
 */
import type { ChartEntityItem, ChartLinkItem } from '@shared/contract/calls/chart';

export type { ChartEntityItem, ChartLinkItem };

export type EntityItems = ReadonlyMap<string, ChartEntityItem>;
export type LinkItems = ReadonlyMap<string, ChartLinkItem>;

export interface Point {
  x: number;
  y: number;
}

/** Analysis results drawn over the chart: these items stand out, the rest fade. */
export interface ChartHighlight {
  /** What produced it, e.g. "Shortest path: 3 links". */
  title: string;
  entityIds: readonly string[];
  linkIds: readonly string[];
}
