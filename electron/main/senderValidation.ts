import { APP_HOST, APP_SCHEME } from './appOrigin';

/** The parts of an IPC event's sender that decide whether we trust it. */
export interface SenderInfo {
  /** The webContents id of the sender. */
  webContentsId: number;
  /** The sending frame, or null if it has gone away. */
  frame: { url: string; isTopFrame: boolean } | null;
}

/**
 * Trust a message only from the top frame of a window we created, showing our app:// origin.
 * Sub-frames, other windows, webviews and pages that navigated elsewhere are refused.
 */
export function isTrustedSender(sender: SenderInfo, ourWebContentsIds: ReadonlySet<number>): boolean {
  if (!ourWebContentsIds.has(sender.webContentsId)) return false;
  if (!sender.frame || !sender.frame.isTopFrame) return false;
  try {
    // Node's URL gives custom schemes an opaque origin, so compare scheme and host instead.
    const url = new URL(sender.frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
