import type { z } from 'zod';
import type { CallDef, EventDef } from './define';
import { appCalls } from './calls/app';
import { auditCalls } from './calls/audit';
import { basemapCalls } from './calls/basemap';
import { chartCalls } from './calls/chart';
import { chartsCalls } from './calls/charts';
import { demoCalls } from './calls/demo';
import { entityCalls } from './calls/entities';
import { ingestCalls } from './calls/ingest';
import { exportCalls } from './calls/export';
import { geoCalls } from './calls/geo';
import { graphCalls } from './calls/graph';
import { reportCalls } from './calls/reports';
import { searchCalls } from './calls/search';
import { vaultCalls } from './calls/vault';
import { jobCalls } from './calls/jobs';
import { shellCalls, SHELL_CALL_PREFIX } from './calls/shell';
import { events } from './events';

/** Every call between the UI and the engine (or shell), declared once. */
export const contract = {
  ...appCalls,
  ...vaultCalls,
  ...auditCalls,
  ...reportCalls,
  ...entityCalls,
  ...searchCalls,
  ...demoCalls,
  ...ingestCalls,
  ...geoCalls,
  ...graphCalls,
  ...chartCalls,
  ...chartsCalls,
  ...exportCalls,
  ...jobCalls,
  ...basemapCalls,
  ...shellCalls,
};

export type Contract = typeof contract;
export type CallName = keyof Contract & string;
export type ShellCallName = Extract<CallName, `shell.${string}`>;
export type EngineCallName = Exclude<CallName, ShellCallName>;

type InputSchemaOf<N extends CallName> = Contract[N]['input'];
/** What a caller sends (before defaults and normalisation). */
export type CallInput<N extends CallName> = z.input<InputSchemaOf<N>>;
/** What a handler receives (after validation). */
export type ParsedInput<N extends CallName> = z.output<InputSchemaOf<N>>;
export type CallOutput<N extends CallName> = Contract[N] extends CallDef<z.ZodType, infer O> ? O : never;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function isShellCall(name: CallName): name is ShellCallName {
  return name.startsWith(SHELL_CALL_PREFIX);
}

export const engineCallNames = callNames.filter((name): name is EngineCallName => !isShellCall(name));
export const shellCallNames = callNames.filter(isShellCall);

export type Events = typeof events;
export type EventName = keyof Events & string;
export type EventPayload<E extends EventName> = Events[E] extends EventDef<infer P> ? P : never;
export type AnyEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

export { events };
export * from './errors';
export * from './result';
export type { CallDef, EventDef } from './define';
