import {
  contract,
  engineCallNames,
  failed,
  isCallName,
  isShellCall,
  ok,
  toContractError,
  FenlightError,
  type CallResult,
  type EngineCallName,
} from '@shared/contract';
import { parseOrThrow } from '@shared/contract/validation';
import { appHandlers } from './app/handlers';
import { auditedByJob, callAuditClass } from './audit/classification';
import { auditHandlers } from './audit/handlers';
import { chartHandlers } from './chart/handlers';
import type { EngineContext } from './context';
import { demoHandlers } from './demo/handlers';
import { EventBus, type EventListener } from './events';
import { mergeHandlerTables, type CompleteHandlerTable, type HandlerTable } from './handlers';
import { anxHandlers } from './anx/handlers';
import { chartsHandlers } from './charts/handlers';
import { entityHandlers } from './entities/handlers';
import { ingestHandlers } from './ingest/handlers';
import { exportHandlers } from './export/handlers';
import { geoHandlers } from './geo/handlers';
import { graphHandlers } from './graph/handlers';
import { jobHandlers } from './jobs/handlers';
import { linkHandlers } from './records/linkHandlers';
import { reportHandlers } from './reports/handlers';
import { searchHandlers } from './search/handlers';
import { JobRunner } from './jobs/jobRunner';
import type { EngineOptions } from './options';
import { settingsHandlers } from './settings/handlers';
import { BasemapStore } from './tiles/basemapStore';
import { basemapHandlers } from './tiles/handlers';
import { SettingsStore } from './settings/settingsStore';
import { vaultHandlers } from './vault/handlers';
import { VaultManager } from './vault/vaultManager';

export interface Engine {
  /** Validates and runs one contract call; never throws, always answers with an envelope. */
  call(name: string, input: unknown): Promise<CallResult<unknown>>;
  subscribe(listener: EventListener): () => void;
  readonly jobs: JobRunner;
  /** For the command line and tests in this process; never reachable through the contract. */
  readonly vaults: VaultManager;
  close(): Promise<void>;
}

/** Calls that are not the analyst doing something, so they do not postpone the idle lock. */
const PASSIVE_CALLS = new Set<string>(['vault.status', 'jobs.get', 'jobs.list']);

/** The composition root: builds every domain and the handler table that implements the contract. */
export function createEngine(options: EngineOptions): Engine {
  const now = options.now ?? (() => new Date());
  const bus = new EventBus();
  const jobs = new JobRunner(bus, now);
  const settings = new SettingsStore(options.dataFolder);
  const vaults = new VaultManager({
    dataFolder: options.dataFolder,
    defaultVaultFolder: options.defaultVaultFolder,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.kdf ? { kdf: options.kdf } : {}),
    now,
    settings,
    bus,
    beforeLock: () => jobs.cancelAll(),
  });
  const context: EngineContext = { options, bus, jobs, settings, vaults, now };
  const log = options.log ?? logToStderr;

  const tables: Array<{ domain: string; handlers: HandlerTable }> = [
    { domain: 'app', handlers: appHandlers(options) },
    { domain: 'settings', handlers: settingsHandlers(settings, bus) },
    {
      domain: 'basemap',
      handlers: basemapHandlers(new BasemapStore(options.dataFolder), bus, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    },
    { domain: 'vault', handlers: vaultHandlers(vaults, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), now }) },
    { domain: 'audit', handlers: auditHandlers(vaults) },
    { domain: 'reports', handlers: reportHandlers(context) },
    { domain: 'entities', handlers: entityHandlers(context) },
    { domain: 'links', handlers: linkHandlers(context) },
    { domain: 'search', handlers: searchHandlers(context) },
    { domain: 'demo', handlers: demoHandlers(context) },
    { domain: 'ingest', handlers: ingestHandlers(context) },
    { domain: 'geo', handlers: geoHandlers(context) },
    { domain: 'charts', handlers: chartsHandlers(context) },
    { domain: 'anx', handlers: anxHandlers(context) },
    { domain: 'graph', handlers: graphHandlers(context) },
    { domain: 'export', handlers: exportHandlers(context) },
    { domain: 'chart', handlers: chartHandlers(context) },
    { domain: 'jobs', handlers: jobHandlers(jobs) },
  ];
  const handlers = mergeHandlerTables(tables, engineCallNames);

  return {
    jobs,
    vaults,
    subscribe: (listener) => bus.subscribe(listener),
    call: (name, input) => dispatch(context, handlers, name, input, log),
    close: async () => {
      await vaults.close();
      await jobs.cancelAll();
    },
  };
}

/** Unexpected failures are logged for diagnosis by name and stack only: never inputs, never keys. */
function logToStderr(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function dispatch(
  context: EngineContext,
  handlers: CompleteHandlerTable,
  name: string,
  input: unknown,
  log: (message: string) => void,
): Promise<CallResult<unknown>> {
  try {
    if (!isCallName(name) || isShellCall(name)) {
      throw new FenlightError('INVALID_INPUT', `Fenlight's engine has no operation called "${String(name)}".`);
    }
    const parsed = parseOrThrow(contract[name].input, input);
    if (!PASSIVE_CALLS.has(name)) context.vaults.touch();
    const auditedFrom = auditMark(context, name);
    const handler = handlers[name] as (value: unknown) => unknown;
    const value = await handler(parsed);
    checkAudited(context, name, auditedFrom, log);
    return ok(value);
  } catch (error) {
    if (!(error instanceof FenlightError)) {
      log(`Fenlight engine: unexpected error in ${String(name)}: ${error instanceof Error ? error.stack : String(error)}`);
    }
    return failed(toContractError(error));
  }
}

function auditMark(context: EngineContext, name: EngineCallName): number | null {
  if (callAuditClass[name] === 'none' || auditedByJob.has(name)) return null;
  return context.vaults.currentSession()?.audit.lastSeq() ?? null;
}

/** A call classified as an s62 operation must have written an entry of that kind. */
function checkAudited(context: EngineContext, name: EngineCallName, from: number | null, log: (message: string) => void): void {
  const expected = callAuditClass[name];
  if (expected === 'none' || auditedByJob.has(name)) return;
  const session = context.vaults.currentSession();
  if (session?.audit.takeNothingToRecord()) return;
  if (!session || from === null || !session.audit.actionsSince(from).includes(expected)) {
    log(`Fenlight engine: ${name} completed without writing its ${expected} audit entry.`);
  }
}
