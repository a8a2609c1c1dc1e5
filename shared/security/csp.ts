/**
 * The Content-Security-Policy for the workbench, used by the app:// protocol handler and by
 * the browser harness. `connect` lists any extra origin the UI may talk to (the harness's
 * loopback bridge); the packaged app adds nothing. `tileServer` is the force tile server's
 * origin, given only while the analyst has opted in to it: it, and nothing wider, is added to
 * img-src (raster tiles) and connect-src (MapLibre fetches tiles).
 */
export function contentSecurityPolicy(options: { connect?: string[]; forMetaTag?: boolean; tileServer?: string } = {}): string {
  const tileServer = options.tileServer && isHttpsOrigin(options.tileServer) ? [options.tileServer] : [];
  const connect = ["'self'", ...(options.connect ?? []), ...tileServer].join(' ');
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ['img-src', "'self'", 'data:', 'blob:', ...tileServer].join(' '),
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

/** Exactly an https origin (no path, wildcard, quote or space), so a setting cannot widen the policy. */
function isHttpsOrigin(value: string): boolean {
  return /^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(value);
}

/**
 * The built index.html also carries the policy in a <meta> tag, and a browser enforces every
 * policy it is given, so the shell rewrites that tag to match the header it sends.
 */
export function withMetaPolicy(html: string, policy: string): string {
  const escaped = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
  return html.replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/i, (_whole, before: string, after: string) => `${before}${escaped}${after}`);
}
