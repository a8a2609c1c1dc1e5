import type { AnyEvent, CallName, CallOutput, ParsedInput } from '@shared/contract';
import type { FenlightBridge } from '@shared/contract/bridge';
import { FenlightError, failed, ok, toContractError, type CallResult } from '@shared/contract';

export type FakeHandlers = { [N in CallName]?: (input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>> };

export interface FakeBridge extends FenlightBridge {
  calls: Array<{ name: string; input: unknown }>;
  emit(event: AnyEvent): void;
}

/**
 * A stand-in for window.fenlight in jsdom component tests (the real engine is exercised by the
 * engine and e2e suites). Calls without a handler fail as an engine would.
 */
export function installFakeBridge(handlers: FakeHandlers = {}): FakeBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: Array<{ name: string; input: unknown }> = [];
  const bridge: FakeBridge = {
    calls,
    async call(name, input): Promise<CallResult<unknown>> {
      calls.push({ name, input });
      const handler = handlers[name as CallName] as ((value: unknown) => unknown) | undefined;
      try {
        if (!handler) throw new FenlightError('INTERNAL', `No fake handler for ${name}.`);
        return ok(await handler(input));
      } catch (error) {
        return failed(toContractError(error));
      }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    emit(event) {
      for (const listener of listeners.get(event.name) ?? []) listener(event.payload);
    },
  };
  Object.defineProperty(window, 'fenlight', { value: bridge, configurable: true, writable: true });
  return bridge;
}
