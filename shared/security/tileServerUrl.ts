/**
 * Checks the force tile server address an analyst types in Settings → Map. Only https, a real
 * host, no user name or password in it, and the {z}, {x} and {y} places MapLibre fills in.
 * The origin it returns is the one, and only, the CSP opens when the tile server is switched on.
 */
export type TileServerCheck = { ok: true; url: string; origin: string } | { ok: false; reason: string };

export function checkTileServerUrl(input: string): TileServerCheck {
  const url = input.trim();
  if (url === '') return { ok: false, reason: 'Enter the tile server address.' };
  let parsed: URL;
  try {
    // The braces are not valid in a host, so they are swapped for digits only to parse it.
    parsed = new URL(url.replace(/\{[zxy]\}/g, '0'));
  } catch {
    return { ok: false, reason: 'That is not a web address. It should look like https://tiles.example.police.uk/{z}/{x}/{y}.png' };
  }
  if (parsed.protocol !== 'https:') return { ok: false, reason: 'The tile server address must start with https:// so map requests are encrypted.' };
  if (parsed.username || parsed.password) return { ok: false, reason: 'Leave the user name and password out of the tile server address.' };
  const authority = url.replace(/^https:\/\//i, '').split(/[/?]/)[0] ?? '';
  if (/[{}]/.test(authority)) return { ok: false, reason: 'Put {z}, {x} and {y} in the path of the tile server address, not in the server name.' };
  if (!parsed.hostname) return { ok: false, reason: 'The tile server address has no server name.' };
  if (parsed.hash) return { ok: false, reason: 'The tile server address cannot contain "#".' };
  for (const place of ['{z}', '{x}', '{y}']) {
    if (!url.includes(place)) return { ok: false, reason: `The tile server address needs ${place} where the zoom and tile numbers go, as in https://tiles.example.police.uk/{z}/{x}/{y}.png` };
  }
  return { ok: true, url, origin: parsed.origin };
}
