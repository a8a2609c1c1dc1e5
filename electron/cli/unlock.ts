import { formatDateTime } from '@shared/format';
import { vaultName } from '../engine/vault/paths';
import type { VaultSession } from '../engine/vault/vaultSession';
import type { CliEngine } from './cliEngine';
import type { CliIo } from './io';
import { askSecret, fromEnv, noPassphrase, SECRET_ENV } from './secrets';

export type UnlockSecret = { kind: 'passphrase'; passphrase: string } | { kind: 'recovery-key'; recoveryKey: string };

export interface UnlockOptions {
  /**
   * Whether FENLIGHT_RECOVERY_KEY may be used. After a recovery-key unlock the engine refuses
   * every contract call until a new passphrase is set, so only commands that work on the
   * session directly (check, audit verify, raw-key) or set that passphrase (passwd) take it.
   */
  acceptRecoveryKey: boolean;
}

/**
 * The secret for a vault or backup: FENLIGHT_PASSPHRASE first, then FENLIGHT_RECOVERY_KEY where
 * the command accepts it, else the passphrase at a hidden prompt.
 */
export async function chooseSecret(io: CliIo, question: string, options: UnlockOptions): Promise<UnlockSecret> {
  const passphrase = fromEnv(io, SECRET_ENV.passphrase);
  if (passphrase !== undefined) return { kind: 'passphrase', passphrase };
  const recoveryKey = options.acceptRecoveryKey ? fromEnv(io, SECRET_ENV.recoveryKey) : undefined;
  if (recoveryKey !== undefined) return { kind: 'recovery-key', recoveryKey };
  const alternatives = options.acceptRecoveryKey ? ` (or ${SECRET_ENV.recoveryKey})` : '';
  return { kind: 'passphrase', passphrase: await askSecret(io, { env: SECRET_ENV.passphrase, question, missing: noPassphrase(alternatives) }) };
}

export interface UnlockedVault {
  session: VaultSession;
  secret: UnlockSecret;
}

/**
 * Opens and unlocks one vault through the engine, so the app's rules apply unchanged: the same
 * key slots, the same slow-down after wrong attempts. Failed attempts since the last unlock are
 * reported on stderr, as the app reports them on its unlock screen.
 */
export async function unlockVault(engine: CliEngine, io: CliIo, vaultPath: string, options: UnlockOptions): Promise<UnlockedVault> {
  await engine.call('vault.open', { path: vaultPath });
  const secret = await chooseSecret(io, `Passphrase for “${vaultName(vaultPath)}”: `, options);
  const { failedAttempts } =
    secret.kind === 'passphrase'
      ? await engine.call('vault.unlock', { passphrase: secret.passphrase })
      : await engine.call('vault.unlockWithRecoveryKey', { recoveryKey: secret.recoveryKey });
  if (failedAttempts) {
    io.err(
      `Note: ${failedAttempts.failures} wrong attempt(s) to unlock this vault since it was last opened, the latest at ${formatDateTime(failedAttempts.lastFailureAt)}.`,
    );
  }
  const session = engine.vaults.currentSession();
  if (!session) throw new Error('The vault reported itself unlocked but has no session.');
  return { session, secret };
}
