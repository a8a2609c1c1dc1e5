/**
 * JSON for the harness's WebSocket bridge, which (unlike Electron IPC) cannot carry binary
 * data natively: Uint8Array values travel as tagged base64 and come back as Uint8Array.
 */
const BYTES_TAG = '$fenlightBytes';

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [BYTES_TAG]: bytesToBase64(item) } : item,
  );
}

export function decodeWire(text: string): unknown {
  // A reviver runs for every value, which slows large answers (the map's 50,000 sites): only use it when bytes are there.
  if (!text.includes(BYTES_TAG)) return JSON.parse(text);
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item === 'object' && item !== null && BYTES_TAG in item) {
      const encoded = (item as Record<string, unknown>)[BYTES_TAG];
      if (typeof encoded === 'string') return base64ToBytes(encoded);
    }
    return item;
  });
}
