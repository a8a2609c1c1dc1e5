/** Analysis requests and results (plain data, so they cross to the analysis worker). */
import type { GraphEdgeInput, GraphNodeInput } from '@shared/graph';

export const analysisCommands = [
  'findPath',
  'findLinked',
  'mostConnected',
  'centrality',
  'groups',
  'connectingNetwork',
] as const;
export type AnalysisCommand = (typeof analysisCommands)[number];

export const analysisCommandLabels: Record<AnalysisCommand, string> = {
  findPath: 'Find path',
  findLinked: 'Find linked',
  mostConnected: 'List most connected',
  centrality: 'Centrality',
  groups: 'Groups',
  connectingNetwork: 'Find connecting network',
};

export type CentralityMeasure = 'degree' | 'betweenness' | 'closeness' | 'eigenvector';
export type GroupMethod = 'components' | 'kcore' | 'communities';
export type ConnectedSortKey = 'links' | 'neighbours' | 'inbound' | 'outbound';

export type AnalysisRequest =
  | { command: 'findPath'; fromId: string; toId: string; followDirection: boolean; timeOrdered: boolean }
  | { command: 'findLinked'; seedIds: string[]; depth: number; followDirection: boolean }
  | { command: 'mostConnected'; sortBy: ConnectedSortKey }
  | { command: 'centrality'; measure: CentralityMeasure; directed: boolean }
  | { command: 'groups'; method: GroupMethod; k: number }
  | { command: 'connectingNetwork'; ids: string[]; followDirection: boolean };

/** The chart as the analysis sees it: what is shown and passes the filters. */
export interface ChartGraphInput {
  nodes: GraphNodeInput[];
  edges: GraphEdgeInput[];
}

export interface AnalysisColumn {
  key: string;
  label: string;
  /** Numbers shown with this many decimal places. */
  decimals?: number;
}

export interface AnalysisRow {
  entityId: string;
  values: Record<string, number | string>;
}

export interface AnalysisOutcome {
  /** A sentence for the panel and the live region, e.g. "Shortest path: 3 links (2 tied paths)". */
  summary: string;
  /** Items to stand out on the chart. */
  entityIds: string[];
  linkIds: string[];
  columns: AnalysisColumn[];
  rows: AnalysisRow[];
  /** Where the answer came from: the chart, or the whole vault (items maybe not on the chart). */
  scope: 'chart' | 'vault';
  /** Vault answers list entities that may not be on the chart yet. */
  offChart?: string[];
  labels?: Record<string, string>;
}
