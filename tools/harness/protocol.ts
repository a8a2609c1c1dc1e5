import type { AnyEvent, CallResult } from '@shared/contract';

/** Messages on the harness's loopback WebSocket bridge (JSON via the wire codec). */
export type BridgeRequest = { type: 'call'; id: number; name: string; input: unknown };
export type BridgeMessage = { type: 'result'; id: number; result: CallResult<unknown> } | { type: 'event'; event: AnyEvent };

export const BRIDGE_SCRIPT_PATH = '/__fenlight/bridge.js';
export const BRIDGE_SOCKET_PATH = '/__fenlight/bridge';
