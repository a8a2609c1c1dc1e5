import path from 'node:path';
import { discloseRawKey } from '../../engine/vault/rawKey';
import { checkVault } from '../../engine/vault/vaultCheck';
import { vaultName } from '../../engine/vault/paths';
import { withEngine } from '../cliEngine';
import type { CliCommand } from '../command';
import { EXIT } from '../io';
import { parseOptions, required } from '../options';
import { resolveVaultPath } from '../paths';
import { askSecret, noPassphrase, SECRET_ENV } from '../secrets';
import { unlockVault } from '../unlock';

export const vaultCreate: CliCommand = {
  name: ['vault', 'create'],
  summary: 'Create a new encrypted vault and print its recovery key',
  usage: 'vault create --vault PATH --analyst NAME --staff-number N',
  async run(args, io, deps) {
    const values = parseOptions(args, { vault: { type: 'string' }, analyst: { type: 'string' }, 'staff-number': { type: 'string' } });
    const vaultPath = resolveVaultPath(io.cwd, required(values.vault, 'vault'));
    const analystName = required(values.analyst, 'analyst');
    const staffNumber = required(values['staff-number'], 'staff-number');
    const name = vaultName(vaultPath);
    const passphrase = await askSecret(io, {
      env: SECRET_ENV.passphrase,
      question: `Passphrase for the new vault “${name}”: `,
      confirm: 'Type the passphrase again: ',
      missing: noPassphrase(),
    });
    return withEngine(io, deps, async (engine) => {
      const created = await engine.call('vault.create', { name, folder: path.dirname(vaultPath), analystName, staffNumber, passphrase });
      const databasePath = created.status.vault?.path ?? vaultPath;
      io.out(`Created the vault “${name}” at ${databasePath}.`);
      io.out('');
      io.out('Recovery key:');
      io.out('');
      io.out(`    ${created.recoveryKey}`);
      io.out('');
      io.out('Write the recovery key down now and keep it apart from this laptop. It is the only way into the');
      io.out('vault if the passphrase is forgotten, and Fenlight will not show it again.');
      // The app asks the analyst to confirm they wrote it down; here they have just been shown it.
      await engine.call('vault.confirmRecoveryKey', {});
      return EXIT.ok;
    });
  },
};

export const vaultCheck: CliCommand = {
  name: ['vault', 'check'],
  summary: 'Check a vault’s encryption, database structure, links and audit chain',
  usage: 'vault check --vault PATH',
  async run(args, io, deps) {
    const values = parseOptions(args, { vault: { type: 'string' } });
    const vaultPath = resolveVaultPath(io.cwd, required(values.vault, 'vault'));
    return withEngine(io, deps, async (engine) => {
      // The session directly rather than the vault.check call: it is the same check, and it
      // also runs after a recovery-key unlock, which the contract holds back until the
      // passphrase is changed (a forensic check must not have to alter the key file first).
      const { session } = await unlockVault(engine, io, vaultPath, { acceptRecoveryKey: true });
      const report = checkVault(session.db, session.audit);
      for (const check of report.checks) io.out(`${(check.ok ? 'ok' : 'FAILED').padEnd(6)}  ${check.label}: ${check.message}`);
      const failed = report.checks.filter((check) => !check.ok);
      if (failed.length === 0) {
        io.out(`Vault check passed: all ${report.checks.length} checks are ok.`);
        return EXIT.ok;
      }
      io.err(`Vault check failed: ${failed.length} of ${report.checks.length} checks did not pass (${failed.map((check) => check.label).join(', ')}).`);
      return EXIT.failure;
    });
  },
};

export const vaultPasswd: CliCommand = {
  name: ['vault', 'passwd'],
  summary: 'Change a vault’s passphrase (with the current passphrase or the recovery key)',
  usage: 'vault passwd --vault PATH',
  async run(args, io, deps) {
    const values = parseOptions(args, { vault: { type: 'string' } });
    const vaultPath = resolveVaultPath(io.cwd, required(values.vault, 'vault'));
    return withEngine(io, deps, async (engine) => {
      // Unlocking first proves the current secret before anyone types a new passphrase twice.
      const { secret } = await unlockVault(engine, io, vaultPath, { acceptRecoveryKey: true });
      const newPassphrase = await askSecret(io, {
        env: SECRET_ENV.newPassphrase,
        question: 'New passphrase: ',
        confirm: 'Type the new passphrase again: ',
        missing: `No new passphrase given: set ${SECRET_ENV.newPassphrase}, or run the command in a terminal to be asked for it.`,
      });
      // After a recovery-key unlock the engine asks for no current passphrase (it was forgotten).
      await engine.call('vault.changePassphrase', secret.kind === 'passphrase' ? { currentPassphrase: secret.passphrase, newPassphrase } : { newPassphrase });
      io.out(`The passphrase of “${vaultName(vaultPath)}” has been changed. The recovery key is unchanged.`);
      return EXIT.ok;
    });
  },
};

export const vaultRawKey: CliCommand = {
  name: ['vault', 'raw-key'],
  summary: 'Disclose the vault’s data key for SQLCipher tools (audited as a disclosure)',
  usage: 'vault raw-key --vault PATH --reason TEXT [--recipient NAME]...',
  async run(args, io, deps) {
    const values = parseOptions(args, { vault: { type: 'string' }, reason: { type: 'string' }, recipient: { type: 'string', multiple: true } });
    const vaultPath = resolveVaultPath(io.cwd, required(values.vault, 'vault'));
    const reason = required(values.reason, 'reason');
    return withEngine(io, deps, async (engine) => {
      // A recovery-key holder can already unwrap the data key from the key file, so taking the
      // session directly (not through the contract's change-your-passphrase gate) gives away
      // nothing new, and spares a forensic examiner from altering the key file.
      const { session } = await unlockVault(engine, io, vaultPath, { acceptRecoveryKey: true });
      const disclosure = discloseRawKey(session, reason, values.recipient ?? []);
      // stdout carries the key alone, so it can be piped; everything else goes to stderr.
      io.out(disclosure.literal);
      io.err(`This disclosure of the vault’s key was logged in its audit log (entry ${disclosure.entry.seq}). Anyone holding the key can read the whole vault.`);
      return EXIT.ok;
    });
  },
};

export const vaultCommands: CliCommand[] = [vaultCreate, vaultCheck, vaultPasswd, vaultRawKey];
