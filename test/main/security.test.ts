import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { denyAllPermissions, hardenWebContents } from '../../electron/main/security';

function fakeContents() {
  const handlers: Record<string, (event: { preventDefault(): void }) => void> = {};
  let openHandler: (() => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: (event: { preventDefault(): void }) => void) => (handlers[name] = fn),
    setWindowOpenHandler: (fn: () => { action: string }) => (openHandler = fn),
  } as unknown as WebContents;
  return { contents, handlers, open: () => openHandler!() };
}

describe('web contents hardening', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { contents, handlers } = fakeContents();
    hardenWebContents(contents);
    const preventDefault = vi.fn();
    handlers[name]!({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('denies every new window', () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents);
    expect(open()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
      setDevicePermissionHandler: (fn: typeof device) => (device = fn),
    } as unknown as Session;
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
    expect(device!()).toBe(false);
  });
});
