import { runBenchmarks } from './harness/runner';
import { demoBenchmarks } from './demo.bench';
import { engineBenchmarks } from './engine.bench';
import { graphBenchmarks } from './graph.bench';
import { mapBenchmarks } from './map.bench';
import { searchBenchmarks } from './search.bench';
import { importBenchmarks } from './import.bench';

/**
 * `npm run bench`: measures the budgets in DESIGN.md and prints the figures. Budgets live here,
 * not in timed unit tests. Heavy fixtures are generated into .bench-data/ (never committed).
 */
void runBenchmarks([...engineBenchmarks, ...graphBenchmarks, ...mapBenchmarks, ...importBenchmarks, ...demoBenchmarks, ...searchBenchmarks]).then((failedBudgets) => {
  process.exitCode = failedBudgets > 0 ? 1 : 0;
});
