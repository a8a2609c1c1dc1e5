import { FenlightError } from '@shared/contract';
import { formatBytes, formatCount, formatDuration, plural } from '@shared/format';
import { todayInLondon } from '@shared/format/dates';
import { generateDemoBatches } from '../../engine/demo/dataset';
import { writeDemoReportsCsv } from '../../engine/demo/csv';
import { vaultName } from '../../engine/vault/paths';
import { withEngine, type CliEngine } from '../cliEngine';
import type { CliCommand } from '../command';
import { EXIT, UsageError } from '../io';
import { parseOptions, required } from '../options';
import { resolveFrom, resolveVaultPath } from '../paths';
import { unlockVault } from '../unlock';

/** The demo.load call's limits (shared/contract/calls/demo.ts), checked here so a typo is a usage error. */
const MAX_REPORTS = 200_000;
const POLL_MS = 200;

function wholeNumber(text: string | undefined, option: string, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text.trim().replace(/[,_]/g, ''));
  if (!/^\d[\d,_]*$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${option} must be a whole number from ${formatCount(min)} to ${formatCount(max)}.`);
  }
  return value;
}

async function waitForJob(engine: CliEngine, jobId: string): Promise<void> {
  for (;;) {
    const status = await engine.call('jobs.get', { jobId });
    if (status.state === 'succeeded') return;
    if (status.state !== 'running') {
      throw new FenlightError(status.error?.code ?? 'INTERNAL', status.error?.message ?? `The demo load ${status.state === 'cancelled' ? 'was cancelled' : 'failed'}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export const demo: CliCommand = {
  name: ['demo'],
  summary: 'Load synthetic demo cases into an empty vault (flagged TRAINING DATA), or write them as a reports CSV',
  usage: 'demo --vault PATH [--reports N] [--seed S]   |   demo --csv FILE [--reports N] [--seed S]',
  async run(args, io, deps) {
    const values = parseOptions(args, { vault: { type: 'string' }, csv: { type: 'string' }, reports: { type: 'string' }, seed: { type: 'string' } });
    const reports = wholeNumber(values.reports, 'reports', 500, 1, MAX_REPORTS);
    const seed = wholeNumber(values.seed, 'seed', 1, 0, Number.MAX_SAFE_INTEGER);
    if (values.vault !== undefined && values.csv !== undefined) throw new UsageError('Give --vault or --csv, not both.');
    const started = performance.now();

    if (values.csv !== undefined) {
      // A CSV needs no vault: it is for the import benchmark and for trying the import dialog.
      const file = resolveFrom(io.cwd, required(values.csv, 'csv'));
      const today = todayInLondon(deps.engineOptions?.now?.() ?? new Date());
      const written = writeDemoReportsCsv(generateDemoBatches({ reports, seed, today }), file);
      io.out(`Wrote ${plural(written.rows, 'demo report')} (seed ${seed}) to ${file} (${formatBytes(written.bytes)}) in ${formatDuration(performance.now() - started)}.`);
      return EXIT.ok;
    }

    const vaultPath = resolveVaultPath(io.cwd, required(values.vault, 'vault'));
    return withEngine(io, deps, async (engine) => {
      const { session } = await unlockVault(engine, io, vaultPath, { acceptRecoveryKey: false });
      const loadStarted = performance.now();
      const { jobId } = await engine.call('demo.load', { reports, seed });
      await waitForJob(engine, jobId);
      const took = performance.now() - loadStarted;
      const count = (sql: string) => session.db.prepare(sql).pluck().get() as number;
      io.out(`Loaded ${plural(count('SELECT count(*) FROM report'), 'demo report')} (seed ${seed}) into “${vaultName(vaultPath)}” in ${formatDuration(took)}:`);
      io.out(`  ${plural(count('SELECT count(*) FROM entity WHERE merged_into IS NULL'), 'entity', 'entities')}`);
      io.out(`  ${plural(count('SELECT count(*) FROM link'), 'link')}`);
      io.out(`  ${plural(count('SELECT count(*) FROM evidence'), 'piece of evidence', 'pieces of evidence')}`);
      io.out('The vault is flagged TRAINING DATA: the marking banner says so on every screen and export.');
      return EXIT.ok;
    });
  },
};

export const demoCommands: CliCommand[] = [demo];
