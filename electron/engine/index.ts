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
} from '@shared/contract';
import { parseOrThrow } from '@shared/contract/validation';
import { appHandlers } from './app/handlers';
import { EventBus, type EventListener } from './events';
import { mergeHandlerTables, type CompleteHandlerTable, type HandlerTable } from './handlers';
import { jobHandlers } from './jobs/handlers';
import { JobRunner } from './jobs/jobRunner';
import type { EngineOptions } from './options';
import { settingsHandlers } from './settings/handlers';
import { SettingsStore } from './settings/settingsStore';

export interface Engine {
  /** Validates and runs one contract call; never throws, always answers with an envelope. */
  call(name: string, input: unknown): Promise<CallResult<unknown>>;
  subscribe(listener: EventListener): () => void;
  readonly jobs: JobRunner;
  close(): Promise<void>;
}

/** The composition root: builds every domain and the handler table that implements the contract. */
export function createEngine(options: EngineOptions): Engine {
  const bus = new EventBus();
  const jobs = new JobRunner(bus);
  const settings = new SettingsStore(options.dataFolder);

  const tables: Array<{ domain: string; handlers: HandlerTable }> = [
    { domain: 'app', handlers: appHandlers(options) },
    { domain: 'settings', handlers: settingsHandlers(settings, bus) },
    { domain: 'jobs', handlers: jobHandlers(jobs) },
  ];
  const handlers = mergeHandlerTables(tables, engineCallNames);

  return {
    jobs,
    subscribe: (listener) => bus.subscribe(listener),
    call: (name, input) => dispatch(handlers, name, input, options.log ?? logToStderr),
    close: async () => {
      await jobs.cancelAll();
    },
  };
}

/** Unexpected failures are logged for diagnosis by name and stack only: never inputs, never keys. */
function logToStderr(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function dispatch(
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
    const handler = handlers[name] as (value: unknown) => unknown;
    return ok(await handler(parsed));
  } catch (error) {
    if (!(error instanceof FenlightError)) {
      log(`Fenlight engine: unexpected error in ${String(name)}: ${error instanceof Error ? error.stack : String(error)}`);
    }
    return failed(toContractError(error));
  }
}
