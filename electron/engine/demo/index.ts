/** Synthetic Cambridgeshire and Peterborough MSHT cases for training vaults, tests and benchmarks. */
export { generateDemoBatches, generateDemoDataset, DEFAULT_BATCH_REPORTS } from './dataset';
export { writeDemoReportsCsv, reportCsvRow } from './csv';
export { demoLoadJob, NOT_EMPTY, type DemoLoadInput, type DemoLoadResult } from './loadJob';
export type { DemoBatch, DemoDataset, DemoEntity, DemoEvidence, DemoLink, DemoOptions } from './types';
