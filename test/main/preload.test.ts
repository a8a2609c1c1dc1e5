import { beforeEach, describe, expect, it, vi } from 'vitest';
import { callNames, eventNames } from '@shared/contract';
import type { FenlightBridge } from '@shared/contract/bridge';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' }));
const on = vi.fn();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener },
}));

async function loadPreload(): Promise<FenlightBridge> {
  await import('../../electron/preload/index');
  return exposed.fenlight as FenlightBridge;
}

describe('preload', () => {
  beforeEach(() => {
    invoke.mockClear();
    on.mockClear();
  });

  it('exposes window.fenlight with exactly call and on, and nothing else', async () => {
    const api = await loadPreload();
    expect(Object.keys(exposed)).toEqual(['fenlight']);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards contract calls on the call channel', async () => {
    const api = await loadPreload();
    await expect(api.call('app.info', {})).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith('fenlight:call', 'app.info', {});
    expect(callNames).toContain('app.info');
  });

  it('refuses names outside the contract without touching IPC', async () => {
    const api = await loadPreload();
    await expect(api.call('fs.readFile', { path: '/etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await expect(api.call('__proto__', {})).resolves.toMatchObject({ ok: false });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('subscribes only to contract events and unsubscribes', async () => {
    const api = await loadPreload();
    expect(() => api.on('ipc.any', () => undefined)).toThrow(/no event/);
    const listener = vi.fn();
    const unsubscribe = api.on('vault.locked', listener);
    expect(eventNames).toContain('vault.locked');
    const handler = on.mock.calls[0]![1] as (event: unknown, message: unknown) => void;
    handler(null, { name: 'vault.locked', payload: { reason: 'idle' } });
    handler(null, { name: 'data.changed', payload: { scopes: [] } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ reason: 'idle' });
    unsubscribe();
    expect(removeListener).toHaveBeenCalledWith('fenlight:event', handler);
  });
});
