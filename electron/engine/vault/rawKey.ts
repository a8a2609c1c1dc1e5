import { z } from 'zod';
import { disclosureSchema } from '@shared/contract/calls/audit';
import { parseOrThrow } from '@shared/contract/validation';
import type { AuditEntry } from '@shared/audit';
import type { VaultSession } from './vaultSession';

/** The audit operation name, so the log says exactly which door the key left by. */
export const RAW_KEY_OPERATION = 'cli vault raw-key';

/** The same reason and recipient rules as every other disclosure (audit export, exports). */
const disclosureInput = z.strictObject(disclosureSchema);

export interface RawKeyDisclosure {
  /** The data key as SQLCipher's raw-key literal, e.g. x'3f…' (64 lowercase hex digits). */
  literal: string;
  /** The DISCLOSE entry that records this disclosure. */
  entry: AuditEntry;
}

/**
 * Hands out the vault's data key for forensics and disclosure, in the form SQLCipher accepts in
 * raw-key mode. Deliberately not a contract call: only the command line (in-process) reaches
 * it, never the UI. The DISCLOSE entry is committed before the key is returned, so a key can
 * never leave without its record.
 */
export function discloseRawKey(session: VaultSession, reason: string, recipients: string[] = []): RawKeyDisclosure {
  const input = parseOrThrow(disclosureInput, { reason, recipients });
  const vaultId = session.info.vaultId;
  const entry = session.transaction(() =>
    session.audit.append({
      action: 'DISCLOSE',
      operation: RAW_KEY_OPERATION,
      targets: [{ type: 'vault', id: vaultId }],
      reason: input.reason,
      recipients: input.recipients,
      details: { facts: { form: 'SQLCipher 4 raw key' } },
    }),
  );
  const key = session.dataKeyCopy();
  try {
    return { literal: `x'${key.toString('hex')}'`, entry };
  } finally {
    // The string cannot be wiped, but the buffer copy need not linger as well.
    key.fill(0);
  }
}
