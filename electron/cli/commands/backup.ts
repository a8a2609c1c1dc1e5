import { formatBytes } from '@shared/format';
import { withEngine } from '../cliEngine';
import type { CliCommand } from '../command';
import { EXIT } from '../io';
import { parseOptions, required } from '../options';
import { resolveFrom, resolveVaultPath } from '../paths';
import { chooseSecret, unlockVault } from '../unlock';

export const backup: CliCommand = {
  name: ['backup'],
  summary: 'Write an encrypted backup of a vault to one file',
  usage: 'backup --vault PATH --out FILE',
  async run(args, io, deps) {
    const values = parseOptions(args, { vault: { type: 'string' }, out: { type: 'string' } });
    const vaultPath = resolveVaultPath(io.cwd, required(values.vault, 'vault'));
    const destination = resolveFrom(io.cwd, required(values.out, 'out'));
    return withEngine(io, deps, async (engine) => {
      await unlockVault(engine, io, vaultPath, { acceptRecoveryKey: false });
      const written = await engine.call('vault.backup', { destination });
      io.out(`Backup written to ${written.path} (${formatBytes(written.bytes)}).`);
      return EXIT.ok;
    });
  },
};

export const restore: CliCommand = {
  name: ['restore'],
  summary: 'Restore a vault from a backup file (checked in full before anything is replaced)',
  usage: 'restore --from FILE --vault PATH',
  async run(args, io, deps) {
    const values = parseOptions(args, { from: { type: 'string' }, vault: { type: 'string' } });
    const from = resolveFrom(io.cwd, required(values.from, 'from'));
    const destination = resolveVaultPath(io.cwd, required(values.vault, 'vault'));
    // Restore needs no open vault: the engine checks the secret against the backup's own key file.
    const secret = await chooseSecret(io, 'Passphrase of the backup: ', { acceptRecoveryKey: true });
    return withEngine(io, deps, async (engine) => {
      const restored = await engine.call('vault.restore', {
        from,
        destination,
        ...(secret.kind === 'passphrase' ? { passphrase: secret.passphrase } : { recoveryKey: secret.recoveryKey }),
      });
      io.out(`Restored the backup to ${restored.path}.`);
      if (restored.replacedFolder) io.out(`The vault that was there has been moved aside, unchanged, to ${restored.replacedFolder}.`);
      return EXIT.ok;
    });
  },
};

export const backupCommands: CliCommand[] = [backup, restore];
