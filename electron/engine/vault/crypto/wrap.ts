import crypto from 'node:crypto';

export interface WrappedKey {
  iv: string;
  tag: string;
  ciphertext: string;
}

/** AES-256-GCM with the slot's metadata as associated data, so no field can be altered unnoticed. */
export function wrapKey(dataKey: Uint8Array, kek: Uint8Array, associatedData: string): WrappedKey {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64') };
}

/** Returns the data key, or null when the key-encryption key (the secret) is wrong or the slot altered. */
export function unwrapKey(wrapped: WrappedKey, kek: Uint8Array, associatedData: string): Buffer | null {
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}
