import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FenlightError } from '@shared/contract';
import { writeFileAtomic } from '../fs/atomicWrite';
import { deriveKey, type ScryptParams } from './crypto/kdf';
import { unwrapKey, wrapKey } from './crypto/wrap';

/**
 * The key-slot file: the vault's random 256-bit data key, wrapped once per way of unlocking
 * (a passphrase slot and a recovery-key slot). Changing the passphrase rewrites this small
 * file only; the database keeps the same data key.
 */
export const KEY_SLOT_FORMAT = 'fenlight-key-slots';
export const KEY_SLOT_VERSION = 1;

export type SlotKind = 'passphrase' | 'recovery';

const slotSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(['passphrase', 'recovery']),
  createdAt: z.string(),
  kdf: z.strictObject({ name: z.literal('scrypt'), N: z.number().int().positive(), r: z.number().int().positive(), p: z.number().int().positive() }),
  salt: z.string().min(1),
  wrapped: z.strictObject({ iv: z.string(), tag: z.string(), ciphertext: z.string() }),
});

const fileSchema = z.strictObject({
  format: z.literal(KEY_SLOT_FORMAT),
  version: z.literal(KEY_SLOT_VERSION),
  vaultId: z.string().min(1),
  createdAt: z.string(),
  recoveryKeyConfirmed: z.boolean(),
  slots: z.array(slotSchema).min(1),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type KeySlotFile = z.infer<typeof fileSchema>;

/** Everything about a slot except its ciphertext is bound to it as associated data. */
function associatedData(file: Pick<KeySlotFile, 'format' | 'version' | 'vaultId'>, slot: Omit<KeySlot, 'wrapped'>): string {
  return JSON.stringify([file.format, file.version, file.vaultId, slot.id, slot.kind, slot.createdAt, slot.kdf.name, slot.kdf.N, slot.kdf.r, slot.kdf.p, slot.salt]);
}

export function readKeySlots(file: string): KeySlotFile {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new FenlightError('VAULT_NOT_FOUND', `The vault’s key file is missing (${path.basename(file)}). Without it the vault cannot be opened: restore it from a backup.`);
    }
    throw new FenlightError('IO_ERROR', `Fenlight could not read the vault’s key file (${path.basename(file)}).`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new FenlightError('VAULT_CORRUPT', `The vault’s key file (${path.basename(file)}) is damaged: it may have been cut short or overwritten. Restore the vault from a backup.`);
  }
  const result = fileSchema.safeParse(parsed);
  if (!result.success) {
    const version = (parsed as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > KEY_SLOT_VERSION) {
      throw new FenlightError('VAULT_TOO_NEW', 'This vault’s key file was written by a newer version of Fenlight. Update Fenlight to open it.');
    }
    throw new FenlightError('VAULT_CORRUPT', `The vault’s key file (${path.basename(file)}) is damaged or is not a Fenlight key file. Restore the vault from a backup.`);
  }
  return result.data;
}

/** Atomic write (temp, fsync, rename) keeping the previous version as <file>.previous. */
export function writeKeySlots(file: string, slots: KeySlotFile): void {
  writeFileAtomic(file, `${JSON.stringify(slots, null, 2)}\n`, { keepPrevious: true });
}

export async function makeSlot(
  file: Pick<KeySlotFile, 'format' | 'version' | 'vaultId'>,
  kind: SlotKind,
  secret: string | Uint8Array,
  dataKey: Uint8Array,
  kdf: ScryptParams,
  now: Date,
): Promise<KeySlot> {
  const meta = { id: crypto.randomUUID(), kind, createdAt: now.toISOString(), kdf, salt: crypto.randomBytes(16).toString('base64') };
  const kek = await deriveKey(secret, Buffer.from(meta.salt, 'base64'), kdf);
  try {
    return { ...meta, wrapped: wrapKey(dataKey, kek, associatedData(file, meta)) };
  } finally {
    kek.fill(0);
  }
}

/** Tries each slot of the kind; returns the data key or null if the secret opens none. */
export async function openSlots(file: KeySlotFile, kind: SlotKind, secret: string | Uint8Array): Promise<Buffer | null> {
  for (const slot of file.slots.filter((candidate) => candidate.kind === kind)) {
    const kek = await deriveKey(secret, Buffer.from(slot.salt, 'base64'), slot.kdf);
    try {
      const { wrapped, ...meta } = slot;
      const dataKey = unwrapKey(wrapped, kek, associatedData(file, meta));
      if (dataKey && dataKey.length === 32) return dataKey;
    } finally {
      kek.fill(0);
    }
  }
  return null;
}

/** Replaces every slot of a kind with one new slot for the new secret. */
export async function replaceSlot(file: KeySlotFile, kind: SlotKind, secret: string | Uint8Array, dataKey: Uint8Array, kdf: ScryptParams, now: Date): Promise<KeySlotFile> {
  const slot = await makeSlot(file, kind, secret, dataKey, kdf, now);
  return { ...file, slots: [...file.slots.filter((candidate) => candidate.kind !== kind), slot] };
}
