import { runBenchmarks } from './harness/runner';
import { engineBenchmarks } from './engine.bench';
import { mapBenchmarks } from './map.bench';

/**
 * `npm run bench`: measures the budgets in DESIGN.md and prints the figures. Budgets live here,
 * not in timed unit tests. Heavy fixtures are generated into .bench-data/ (never committed).
 */
void runBenchmarks([...engineBenchmarks, ...mapBenchmarks]).then((failedBudgets) => {
  process.exitCode = failedBudgets > 0 ? 1 : 0;
});
