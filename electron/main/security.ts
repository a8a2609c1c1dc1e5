import type { App, Session, WebContents } from 'electron';

/**
 * Deny by default: no navigation away from the app, no new windows, no webviews, no
 * permissions. Links meant for the browser go through the shell.openExternal call instead.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Applies the hardening to every webContents the app ever creates. */
export function installSecurityPolicy(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
