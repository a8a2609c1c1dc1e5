import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

export interface ScryptParams {
  name: 'scrypt';
  /** CPU/memory cost (a power of two). */
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's scrypt recommendation (N=2^17, r=8, p=1: 128 MiB). About 0.6 s on these laptops, so
 * guessing passphrases offline is slow while unlocking stays well inside the 1.5 s budget.
 */
export const OWASP_SCRYPT: ScryptParams = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 };

/** Derives a 256-bit key-encryption key; runs on libuv's thread pool, not the engine's thread. */
export function deriveKey(secret: string | Uint8Array, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * 2 + 1024 * 1024;
  const input = typeof secret === 'string' ? Buffer.from(secret.normalize('NFC'), 'utf8') : secret;
  return scrypt(input, salt, 32, { N: params.N, r: params.r, p: params.p, maxmem });
}
