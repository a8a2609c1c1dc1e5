/** The two Electron IPC channels that carry the contract between preload and main. */
export const CALL_CHANNEL = 'fenlight:call';
export const EVENT_CHANNEL = 'fenlight:event';
