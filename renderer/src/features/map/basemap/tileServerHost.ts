/** The server's name in a tile URL template, for the warning and the status line. */
export function serverHost(url: string): string {
  try {
    return new URL(url.trim().replace(/\{[zxy]\}/g, '0')).host || url;
  } catch {
    return url;
  }
}
