/** Messages between the chart and its layout worker (plain structured-clone data). */

export const layoutNames = ['auto', 'force', 'fcose', 'hierarchical', 'concentric', 'grid'] as const;
export type LayoutName = (typeof layoutNames)[number];

export const layoutLabels: Record<LayoutName, string> = {
  auto: 'Automatic (best for the chart’s size)',
  force: 'Force-directed (fast, for large charts)',
  fcose: 'Organic (compound spring embedder)',
  hierarchical: 'Hierarchical (top to bottom)',
  concentric: 'Concentric (most linked in the middle)',
  grid: 'Grid',
};

export interface LayoutNodeInput {
  id: string;
  x: number;
  y: number;
  /** Pinned entities keep their places. */
  pinned: boolean;
  groupId: string | null;
}

export interface LayoutRequest {
  name: LayoutName;
  nodes: LayoutNodeInput[];
  /** Pairs of node ids (a link's ends). */
  edges: Array<[string, string]>;
}

export interface LayoutResult {
  /** Node ids and their new positions (x, y interleaved), in the same order. */
  ids: string[];
  positions: Float64Array;
  /** Which algorithm actually ran ("auto" picks one). */
  algorithm: Exclude<LayoutName, 'auto'>;
  tookMs: number;
  /** Force layouts stop at a time budget; this says how many iterations fitted. */
  iterations?: number;
}

export type LayoutMessage = { id: number; request: LayoutRequest };
export type LayoutReply =
  { id: number; ok: true; result: LayoutResult } | { id: number; ok: false; message: string };

/** Below this many entities the organic layout (fcose) is fast enough; above it, the force layout. */
export const FCOSE_MAX_NODES = 500;
