/** The privileged scheme the workbench is served from; the only origin we trust. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fenlight';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
