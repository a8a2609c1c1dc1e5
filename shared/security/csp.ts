/**
 * The Content-Security-Policy for the workbench, used by the app:// protocol handler and by
 * the browser harness. `connect` lists any extra origin the UI may talk to (the harness's
 * loopback bridge); the packaged app adds nothing.
 */
export function contentSecurityPolicy(options: { connect?: string[]; forMetaTag?: boolean } = {}): string {
  const connect = ["'self'", ...(options.connect ?? [])].join(' ');
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  // Browsers ignore (and warn about) frame-ancestors in a <meta> tag; the header carries it.
  return (options.forMetaTag ? directives.filter((d) => !d.startsWith('frame-ancestors')) : directives).join('; ');
}
