import { parseArgs } from 'node:util';
import { FenlightError } from '@shared/contract';
import { withEngine } from '../cliEngine';
import type { CliCommand } from '../command';
import { EXIT, UsageError } from '../io';
import { parseOptions, required } from '../options';
import { resolveFrom, resolveVaultPath } from '../paths';
import { unlockVault } from '../unlock';

export const exportAnx: CliCommand = {
  name: ['export', 'anx'],
  summary: 'Export a saved chart as an i2 Analyst’s Notebook file (logged as a disclosure)',
  usage: 'export anx --vault PATH --chart NAME --out FILE --reason TEXT [--recipient NAME]...',
  async run(args, io, deps) {
    const values = parseOptions(args, {
      vault: { type: 'string' },
      chart: { type: 'string' },
      out: { type: 'string' },
      reason: { type: 'string' },
      recipient: { type: 'string', multiple: true },
    });
    const vaultPath = resolveVaultPath(io.cwd, required(values.vault, 'vault'));
    const chartName = required(values.chart, 'chart');
    const destination = resolveFrom(io.cwd, required(values.out, 'out'));
    const reason = required(values.reason, 'reason');
    return withEngine(io, deps, async (engine) => {
      await unlockVault(engine, io, vaultPath, { acceptRecoveryKey: false });
      const chart = (await engine.call('charts.list', {})).find((item) => item.name.toLowerCase() === chartName.toLowerCase());
      if (!chart) throw new FenlightError('NOT_FOUND', `There is no saved chart called “${chartName}” in this vault.`);
      const result = await engine.call('charts.exportAnx', { chartId: chart.id, destination, reason, recipients: values.recipient ?? [] });
      io.out(`Exported “${chart.name}” (${result.entities} entities, ${result.links} links) to ${result.path}, marked ${chart.marking}. The disclosure was logged.`);
      return EXIT.ok;
    });
  },
};

export const importAnx: CliCommand = {
  name: ['import-anx'],
  summary: 'Import an i2 Analyst’s Notebook (ANX) chart into a vault',
  usage: 'import-anx --vault PATH FILE [--map "i2 type=fenlight type"]...',
  async run(args, io, deps) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { vault: { type: 'string' }, map: { type: 'string', multiple: true } }, strict: true, allowPositionals: true });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    }
    if (parsed.positionals.length !== 1) throw new UsageError('Give exactly one ANX file to import.');
    const vaultPath = resolveVaultPath(io.cwd, required(parsed.values.vault, 'vault'));
    const file = resolveFrom(io.cwd, parsed.positionals[0]!);
    const typeMapping: Record<string, 'person' | 'site' | 'vehicle' | 'phone' | 'organisation' | 'email' | 'account' | 'document' | 'skip'> = {};
    for (const pair of parsed.values.map ?? []) {
      const [from, to] = pair.split('=').map((part) => part.trim());
      if (!from || !to || !['person', 'site', 'vehicle', 'phone', 'organisation', 'email', 'account', 'document', 'skip'].includes(to)) {
        throw new UsageError(`--map takes "i2 type=fenlight type" (person, site, vehicle, phone, organisation, email, account, document or skip), not “${pair}”.`);
      }
      typeMapping[from] = to as (typeof typeMapping)[string];
    }
    return withEngine(io, deps, async (engine) => {
      await unlockVault(engine, io, vaultPath, { acceptRecoveryKey: false });
      const result = await engine.call('charts.importAnx', { path: file, typeMapping });
      io.out(
        `Entities: ${result.entitiesCreated} new, ${result.entitiesMatched} already in the vault. Links: ${result.linksCreated} new, ${result.linksMatched} already there. Reports from cards: ${result.reportsCreated} new, ${result.reportsMatched} already there.`,
      );
      for (const skipped of result.skipped.slice(0, 20)) io.out(`Skipped ${skipped.item}: ${skipped.reason}`);
      if (result.skipped.length > 20) io.out(`… and ${result.skipped.length - 20} more skipped.`);
      return EXIT.ok;
    });
  },
};

export const anxCommands: CliCommand[] = [exportAnx, importAnx];
