import type { AnyEvent } from '@shared/contract';
import { decodeWire, encodeWire } from '@shared/contract/wireCodec';
import { createBridgeApi, type IpcLike } from '../../../electron/preload/bridgeApi';
import { BRIDGE_SOCKET_PATH, type BridgeMessage, type BridgeRequest } from '../protocol';

/**
 * Browser side of the harness: the very `window.fenlight` the preload builds (same code),
 * carried over a loopback WebSocket instead of Electron IPC. The token arrives in the page's
 * URL fragment (never sent to the server as part of a request), is removed from the address
 * bar and kept for this tab only, so a reload still connects.
 */
const TOKEN_KEY = 'fenlight-harness-token';
const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
sessionStorage.setItem(TOKEN_KEY, token);
history.replaceState(null, '', location.pathname + location.search);

const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}${BRIDGE_SOCKET_PATH}?token=${encodeURIComponent(token)}`);
const opened = new Promise<void>((resolve, reject) => {
  socket.addEventListener('open', () => resolve());
  socket.addEventListener('error', () => reject(new Error('The Fenlight harness bridge could not connect.')));
});
const pending = new Map<number, (result: unknown) => void>();
const listeners = new Set<(event: unknown, message: AnyEvent) => void>();
let nextId = 1;

socket.addEventListener('message', (message: MessageEvent<string>) => {
  const data = decodeWire(message.data) as BridgeMessage;
  if (data.type === 'result') {
    pending.get(data.id)?.(data.result);
    pending.delete(data.id);
  } else {
    for (const listener of listeners) listener(null, data.event);
  }
});
socket.addEventListener('close', () => {
  for (const resolve of pending.values()) {
    resolve({ ok: false, error: { code: 'INTERNAL', message: 'The connection to Fenlight’s engine was lost. Restart the harness.' } });
  }
  pending.clear();
});

const ipc: IpcLike = {
  async invoke(_channel, name, input) {
    await opened;
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      socket.send(encodeWire({ type: 'call', id, name: String(name), input } satisfies BridgeRequest));
    });
  },
  on(_channel, listener) {
    listeners.add(listener);
  },
  removeListener(_channel, listener) {
    listeners.delete(listener);
  },
};

Object.defineProperty(window, 'fenlight', { value: createBridgeApi(ipc), writable: false, configurable: false });
