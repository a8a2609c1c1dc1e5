import { runBenchmarks } from './harness/runner';
import { chartBenchmarks } from './chart.bench';
import { demoBenchmarks } from './demo.bench';
import { engineBenchmarks } from './engine.bench';
import { graphBenchmarks } from './graph.bench';
import { importBenchmarks } from './import.bench';
import { mapBenchmarks } from './map.bench';
import { searchBenchmarks } from './search.bench';
import { tileBenchmarks } from './tiles.bench';
import { vaultBenchmarks } from './vault.bench';

/**
 * `npm run bench [-- word …]`: measures the budgets in DESIGN.md and prints the figures; words
 * keep only the benchmarks whose names contain one of them. Budgets live here, not in timed unit
 * tests. Heavy fixtures are generated into .bench-data/ (never committed).
 */
const all = [
  ...engineBenchmarks,
  ...vaultBenchmarks,
  ...graphBenchmarks,
  ...chartBenchmarks,
  ...mapBenchmarks,
  ...importBenchmarks,
  ...demoBenchmarks,
  ...searchBenchmarks,
  ...tileBenchmarks,
];
const words = process.argv.slice(2).map((word) => word.toLowerCase());
const chosen = words.length === 0 ? all : all.filter((bench) => words.some((word) => bench.name.toLowerCase().includes(word)));
if (chosen.length === 0) {
  process.stderr.write(`No benchmark matches ${words.join(', ')}. Names: ${all.map((bench) => bench.name).join('; ')}\n`);
  process.exitCode = 2;
} else {
  void runBenchmarks(chosen).then((failedBudgets) => {
    process.exitCode = failedBudgets > 0 ? 1 : 0;
  });
}
