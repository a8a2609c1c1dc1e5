import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { failed, type AnyEvent } from '@shared/contract';
import { routeCall, type CallTargets } from './callRouter';
import { isTrustedSender, type SenderInfo } from './senderValidation';
import { CALL_CHANNEL, EVENT_CHANNEL } from '@shared/contract/ipcChannels';

function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frame: frame ? { url: frame.url, isTopFrame: frame.parent === null } : null,
  };
}

/** The single IPC entry point: sender checked, name and input validated, then routed. */
export function registerIpcGate(ipcMain: IpcMain, targets: CallTargets, ourWebContentsIds: ReadonlySet<number>): void {
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(senderInfo(event), ourWebContentsIds)) {
      return failed({ code: 'FORBIDDEN', message: 'This request did not come from the Fenlight workbench and was refused.' });
    }
    return routeCall(targets, name, input);
  });
}

export function sendEvent(contents: WebContents, event: AnyEvent): void {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
