import type { ScryptParams } from '../../electron/engine/vault/crypto/kdf';

/** Cheap scrypt for tests (the real cost, OWASP's, is measured by `npm run bench`). */
export const TEST_KDF: ScryptParams = { name: 'scrypt', N: 2 ** 12, r: 8, p: 1 };
