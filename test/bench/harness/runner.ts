import { formatNumber } from '@shared/format';

export interface Measurement {
  /** What was measured, e.g. "engine round trip (app.info), p95". */
  label: string;
  value: number;
  unit: 'ms' | 's' | 'ratio' | 'fps' | 'count';
  /** The DESIGN.md budget, when there is one: the value must not exceed it (or, for fps, fall below). */
  budget?: number;
}

export interface Benchmark {
  name: string;
  run(): Promise<Measurement[]>;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function withinBudget(measurement: Measurement): boolean {
  if (measurement.budget === undefined) return true;
  return measurement.unit === 'fps' ? measurement.value >= measurement.budget : measurement.value <= measurement.budget;
}

/** Runs each benchmark, prints a table of figures against budgets, returns how many budgets failed. */
export async function runBenchmarks(benchmarks: Benchmark[]): Promise<number> {
  let failed = 0;
  const rows: string[][] = [['benchmark', 'measure', 'value', 'budget', '']];
  for (const benchmark of benchmarks) {
    process.stderr.write(`bench: ${benchmark.name}…\n`);
    for (const measurement of await benchmark.run()) {
      const ok = withinBudget(measurement);
      if (!ok) failed += 1;
      rows.push([
        benchmark.name,
        measurement.label,
        `${formatNumber(measurement.value, 2)} ${measurement.unit}`,
        measurement.budget === undefined ? '—' : `${measurement.unit === 'fps' ? '≥' : '≤'} ${formatNumber(measurement.budget, 2)} ${measurement.unit}`,
        measurement.budget === undefined ? '' : ok ? 'ok' : 'OVER BUDGET',
      ]);
    }
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}\n`);
  return failed;
}
