import fs from 'node:fs';
import { importKinds, type ColumnMapping, type ImportKind, type ImportOutcome } from '@shared/contract/calls/ingest';
import type { JobStatus } from '@shared/contract/calls/jobs';
import { canonicalColumns } from '@shared/ingest/columns';
import { guessImportKind } from '@shared/ingest/suggestMapping';
import { withEngine, type CliEngine } from '../cliEngine';
import type { CliCommand } from '../command';
import { CliFailure, EXIT, UsageError, type CliIo } from '../io';
import { parseOptions, required } from '../options';
import { resolveFrom, resolveVaultPath } from '../paths';
import { unlockVault } from '../unlock';

const VALUE_OPTIONS = new Set(['--vault', '--mapping', '--kind']);
const REJECTED_SHOWN = 20;
const PROGRESS_EVERY_MS = 5_000;
const POLL_MS = 50;

/** The one FILE among the options (parseOptions takes options only, each with its value). */
function splitFile(args: readonly string[]): { options: string[]; files: string[] } {
  const options: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (VALUE_OPTIONS.has(arg)) {
      options.push(arg);
      if (i + 1 < args.length) options.push(args[++i]!);
    } else if (arg.startsWith('-') && arg !== '-') options.push(arg);
    else files.push(arg);
  }
  return { options, files };
}

/** A mapping file: {"urn": "Reference", …} (canonical column → the file's header), or that object under "mapping". */
function readMapping(file: string): ColumnMapping {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : 'it is not valid JSON';
    throw new CliFailure(`Fenlight could not read the mapping file ${file}: ${reason}.`);
  }
  const candidate = typeof parsed === 'object' && parsed !== null && 'mapping' in parsed ? (parsed as { mapping: unknown }).mapping : parsed;
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate) || !Object.values(candidate).every((header) => typeof header === 'string')) {
    throw new CliFailure(`The mapping file ${file} must be a JSON object from column names to the file's headers, e.g. {"urn": "Reference", "received_on": "Date Received"}.`);
  }
  return candidate as ColumnMapping;
}

/** The kind a mapping is for: the one whose canonical columns include all its keys. */
function kindOfMapping(mapping: ColumnMapping): ImportKind | null {
  const names = Object.keys(mapping);
  return importKinds.find((kind) => names.every((name) => canonicalColumns(kind).some((column) => column.name === name))) ?? null;
}

function givenKind(given: string | undefined): ImportKind | undefined {
  if (given !== undefined && !(importKinds as readonly string[]).includes(given)) throw new UsageError(`--kind must be reports, entities or links, not “${given}”.`);
  return given as ImportKind | undefined;
}

/** --kind, else the kind the mapping's columns belong to, else the kind the file's headers look like, else reports. */
async function chooseKind(engine: CliEngine, given: ImportKind | undefined, mapping: ColumnMapping | undefined, file: string): Promise<ImportKind> {
  if (given !== undefined) return given;
  const fromMapping = mapping ? kindOfMapping(mapping) : null;
  if (fromMapping) return fromMapping;
  const preview = await engine.call('import.preview', { path: file, kind: 'reports' });
  return guessImportKind(preview.headers) ?? 'reports';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(engine: CliEngine, io: CliIo, jobId: string): Promise<JobStatus> {
  let lastReport = Date.now();
  for (;;) {
    const status = await engine.call('jobs.get', { jobId });
    if (status.state !== 'running') return status;
    if (Date.now() - lastReport >= PROGRESS_EVERY_MS && status.message) {
      io.err(`${status.message}…`);
      lastReport = Date.now();
    }
    await sleep(POLL_MS);
  }
}

function counts(outcome: ImportOutcome): string {
  return `${outcome.imported} imported, ${outcome.updated} updated, ${outcome.unchanged} unchanged, ${outcome.rejected.length} rejected`;
}

function printRejected(io: CliIo, outcome: ImportOutcome, print: (line: string) => void): void {
  if (outcome.rejected.length === 0) return;
  print('Rejected rows (nothing from them was imported):');
  for (const rejected of outcome.rejected.slice(0, REJECTED_SHOWN)) {
    print(`  row ${rejected.row}${rejected.column ? `, ${rejected.column}` : ''}: ${rejected.reason}`);
  }
  if (outcome.rejected.length > REJECTED_SHOWN) print(`  … and ${outcome.rejected.length - REJECTED_SHOWN} more.`);
}

export const importCommand: CliCommand = {
  name: ['import'],
  summary: 'Import reports, entities or links from a CSV file or Excel workbook',
  usage: 'import --vault PATH FILE [--mapping MAPPING.json] [--kind reports|entities|links]',
  async run(args, io, deps) {
    const { options, files } = splitFile(args);
    const values = parseOptions(options, { vault: { type: 'string' }, mapping: { type: 'string' }, kind: { type: 'string' } });
    const vaultPath = resolveVaultPath(io.cwd, required(values.vault, 'vault'));
    if (files.length === 0) throw new UsageError('Name the file to import.');
    if (files.length > 1) throw new UsageError(`Import one file at a time (given: ${files.join(', ')}).`);
    const file = resolveFrom(io.cwd, files[0]!);
    const kindOption = givenKind(values.kind);
    const mapping = values.mapping === undefined ? undefined : readMapping(resolveFrom(io.cwd, values.mapping));
    return withEngine(io, deps, async (engine) => {
      await unlockVault(engine, io, vaultPath, { acceptRecoveryKey: false });
      const kind = await chooseKind(engine, kindOption, mapping, file);
      // A file that cannot be read, or lacks a required column, fails here (exit code 1).
      const { jobId } = await engine.call('import.start', { path: file, kind, ...(mapping ? { mapping } : {}) });
      const status = await waitFor(engine, io, jobId);
      const outcome = await engine.call('import.outcome', { jobId });
      if (status.state !== 'succeeded') {
        io.err(`${status.error?.message ?? 'The import did not finish.'} So far: ${counts(outcome)}.`);
        printRejected(io, outcome, (line) => io.err(line));
        return EXIT.failure;
      }
      io.out(`Imported ${kind} from ${files[0]}: ${counts(outcome)}.`);
      if (outcome.extractedEntities > 0) {
        io.out(`${outcome.extractedEntities} new entities were found in the reports’ text and marked “extracted, unreviewed”: review them in the app.`);
      }
      printRejected(io, outcome, (line) => io.out(line));
      if (outcome.rejected.length > 0) {
        io.out('The file was read, so the exit code is 0. Fix the rejected rows and import the file again: rows already imported are left unchanged.');
      }
      return EXIT.ok;
    });
  },
};

export const importCommands: CliCommand[] = [importCommand];

