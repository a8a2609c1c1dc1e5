/**
 * Link-chart analysis (i2 Analyze tab parity): Find Path, Find Linked, List Most Connected,
 * centrality, groups and Find Connecting Network. Pure TypeScript over typed arrays; runs in the
 * renderer, a Web Worker or the engine. Build a graph with `buildGraph`, narrow it with
 * `filterGraph`, then analyse.
 */
export * from './model';
export * from './grades';
export * from './filter';
export * from './paths';
export * from './traversal';
export * from './connectingNetwork';
export * from './mostConnected';
export * from './centrality';
export * from './betweenness';
export * from './groups';
export * from './louvain';
export { shortestPaths, DEFAULT_MAX_PATHS, type ShortestPathsResult, type IndexPath, type PathSearchOptions } from './shortestPaths';
export { timeOrderedPaths, type TimedPathOptions, type TimedPathsResult } from './timedPaths';
export { SearchScratch, scratchFor } from './scratch';
export { simpleAdjacency, type SimpleAdjacency, type Orientation } from './simple';
export { timeSweep, latestDepartures, type TimeSweep } from './timeReach';
