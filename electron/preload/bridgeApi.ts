import { failed, isCallName, isEventName, type AnyEvent, type CallResult } from '@shared/contract';
import type { FenlightBridge } from '@shared/contract/bridge';
import { CALL_CHANNEL, EVENT_CHANNEL } from '@shared/contract/ipcChannels';

/** The slice of ipcRenderer the bridge needs (so it can be tested without Electron). */
export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, message: AnyEvent) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, message: AnyEvent) => void): unknown;
}

/**
 * window.fenlight: `call` for contract names only and `on` for contract events only.
 * Nothing else of Electron or Node crosses into the page.
 */
export function createBridgeApi(ipc: IpcLike): FenlightBridge {
  return Object.freeze({
    call(name: string, input: unknown): Promise<CallResult<unknown>> {
      if (!isCallName(name)) {
        return Promise.resolve(failed({ code: 'INVALID_INPUT', message: 'Fenlight does not offer that operation.' }));
      }
      return ipc.invoke(CALL_CHANNEL, name, input) as Promise<CallResult<unknown>>;
    },
    on(eventName: string, listener: (payload: unknown) => void): () => void {
      if (!isEventName(eventName)) throw new Error(`Fenlight has no event called "${eventName}".`);
      const handler = (_event: unknown, message: AnyEvent) => {
        if (message.name === eventName) listener(message.payload);
      };
      ipc.on(EVENT_CHANNEL, handler);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, handler);
      };
    },
  });
}
