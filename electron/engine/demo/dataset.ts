/**
 * The demo dataset: case after case drawn from the scenarios until exactly the requested number
 * of reports exists. Pure and deterministic: each case has its own random stream derived from
 * the seed and the case number, and the only state carried between cases (entities already
 * made, names taken, phone numbers handed out) depends on nothing but earlier cases. So the
 * same seed and the same "today" give the same data, whatever the batch size.
 */
import { isIsoDate } from '@shared/domain/calendar';
import { CaseBuilder } from './caseBuilder';
import { dayOf } from './dates';
import { deriveSeed, Random } from './random';
import { scenarios } from './scenarios';
import { caseStart } from './scenarios/common';
import { DemoState } from './state';
import type { DemoBatch, DemoDataset, DemoOptions } from './types';

/** About a thousand reports a batch: one write transaction each when loading. */
export const DEFAULT_BATCH_REPORTS = 1000;

function emptyBatch(): DemoBatch {
  return { cases: 0, reports: [], entities: [], links: [], evidence: [] };
}

function checkOptions({ reports, seed, today }: DemoOptions): void {
  if (!Number.isInteger(reports) || reports < 0) throw new RangeError(`Demo data needs a whole number of reports, not ${reports}.`);
  if (!Number.isInteger(seed)) throw new RangeError(`A demo seed is a whole number, not ${seed}.`);
  if (!isIsoDate(today)) throw new RangeError(`Demo data needs today as yyyy-mm-dd, not ${today}.`);
}

/**
 * Yields the dataset in batches of whole cases, each with at least `batchReports` reports (the
 * last may have fewer), so 100,000 reports never have to be held at once.
 */
export function* generateDemoBatches(options: DemoOptions, batchReports = DEFAULT_BATCH_REPORTS): Generator<DemoBatch> {
  checkOptions(options);
  const today = dayOf(options.today);
  const state = new DemoState(options.seed);
  const picker = new Random(deriveSeed(options.seed, 'scenarios'));
  const weights = scenarios.map((scenario) => [scenario, scenario.weight] as const);
  let remaining = options.reports;
  let batch = emptyBatch();
  for (let caseNumber = 1; remaining > 0; caseNumber++) {
    const rng = new Random(deriveSeed(options.seed, 'case', caseNumber));
    const scenario = picker.weighted(weights);
    const builder = new CaseBuilder(rng, state, caseNumber, today, caseStart(rng, today));
    scenario.build(builder);
    if (builder.reportCount === 0) throw new Error(`Demo scenario ${scenario.code} wrote no reports.`);
    const built = builder.build(remaining);
    remaining -= built.reports.length;
    batch.cases += 1;
    batch.reports.push(...built.reports);
    batch.entities.push(...built.entities);
    batch.links.push(...built.links);
    batch.evidence.push(...built.evidence);
    if (batch.reports.length >= batchReports) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (batch.reports.length > 0) yield batch;
}

/** The whole dataset in one structure (for tests and small datasets; use the batches for large ones). */
export function generateDemoDataset(options: DemoOptions): DemoDataset {
  const dataset: DemoDataset = { seed: options.seed, today: options.today, ...emptyBatch() };
  for (const batch of generateDemoBatches(options)) {
    dataset.cases += batch.cases;
    dataset.reports.push(...batch.reports);
    dataset.entities.push(...batch.entities);
    dataset.links.push(...batch.links);
    dataset.evidence.push(...batch.evidence);
  }
  return dataset;
}
