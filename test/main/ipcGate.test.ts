import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { CallResult } from '@shared/contract';
import type { CallTargets, ShellHandlers } from '../../electron/main/callRouter';
import { registerIpcGate } from '../../electron/main/ipcGate';

type Handler = (event: IpcMainInvokeEvent, name: unknown, input: unknown) => Promise<CallResult<unknown>>;

function setup() {
  let handler: Handler | undefined;
  const ipcMain = { handle: (channel: string, fn: Handler) => (channel === 'fenlight:call' ? (handler = fn) : undefined) } as unknown as IpcMain;
  const engine = vi.fn(async () => ({ ok: true as const, value: 'from engine' }));
  const pickFolder = vi.fn(async () => ({ cancelled: false as const, path: '/home/analyst/vaults' }));
  const shell = { 'shell.pickFolder': pickFolder } as unknown as ShellHandlers;
  const targets: CallTargets = { engine, shell };
  registerIpcGate(ipcMain, targets, new Set([1]));
  const send = (name: unknown, input: unknown, frame = { url: 'app://fenlight/index.html', parent: null as unknown }) =>
    handler!({ sender: { id: 1 }, senderFrame: frame } as unknown as IpcMainInvokeEvent, name, input);
  return { send, engine, pickFolder };
}

describe('IPC gate in main', () => {
  it('forwards a valid call from the workbench to the engine', async () => {
    const { send, engine } = setup();
    await expect(send('app.info', {})).resolves.toEqual({ ok: true, value: 'from engine' });
    expect(engine).toHaveBeenCalledWith('app.info', {});
  });

  it('refuses a call from a foreign sub-frame without forwarding it', async () => {
    const { send, engine } = setup();
    const result = await send('app.info', {}, { url: 'https://evil.example/', parent: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(engine).not.toHaveBeenCalled();
  });

  it('refuses names outside the contract and invalid input before the engine sees them', async () => {
    const { send, engine } = setup();
    await expect(send('vault.exportKey', {})).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await expect(send('settings.update', { idleLockMinutes: 'soon' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: 'idleLockMinutes' }] } },
    });
    expect(engine).not.toHaveBeenCalled();
  });

  it('answers shell calls in main, never in the engine', async () => {
    const { send, engine, pickFolder } = setup();
    await expect(send('shell.pickFolder', { title: 'Choose where to keep the vault' })).resolves.toEqual({
      ok: true,
      value: { cancelled: false, path: '/home/analyst/vaults' },
    });
    expect(pickFolder).toHaveBeenCalledWith({ title: 'Choose where to keep the vault' });
    expect(engine).not.toHaveBeenCalled();
  });
});
