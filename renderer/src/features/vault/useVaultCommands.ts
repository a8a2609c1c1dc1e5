import { useCallback, useMemo } from 'react';
import type { PaletteCommand } from '../palette/commands';
import { call } from '../../lib/fenlight';
import { useShellStore } from '../shell/shellStore';
import { useVaultStore } from './vaultStore';

export type VaultCommand = 'vault.lock' | 'vault.new' | 'vault.open';

/** Lock, new vault and open vault — from the menu, the palette or a shortcut alike. */
export function useVaultCommands(): { run(command: VaultCommand): Promise<void>; palette: PaletteCommand[] } {
  const lock = useVaultStore((state) => state.lock);
  const startCreating = useVaultStore((state) => state.startCreating);
  const setStatus = useVaultStore((state) => state.setStatus);
  const navigate = useShellStore((state) => state.navigate);

  const run = useCallback(
    async (command: VaultCommand) => {
      if (command === 'vault.lock') {
        await lock();
      } else if (command === 'vault.new') {
        await lock();
        startCreating(true);
      } else {
        const picked = await call('shell.pickOpenPath', { title: 'Open a Fenlight vault', filters: [{ name: 'Fenlight vaults', extensions: ['fenlight-vault'] }] });
        if (!picked.cancelled) setStatus(await call('vault.open', { path: picked.path }));
      }
    },
    [lock, startCreating, setStatus],
  );

  const palette = useMemo<PaletteCommand[]>(
    () => [
      { id: 'vault.lock', title: 'Lock the vault', keywords: ['leave', 'away', 'secure'], shortcut: 'Ctrl+L', run: () => void run('vault.lock') },
      { id: 'go.audit', title: 'Open the audit log', keywords: ['s62', 'consultation', 'disclosure', 'history'], run: () => navigate('audit') },
      { id: 'vault.check', title: 'Check the vault', keywords: ['integrity', 'verify'], run: () => navigate('settings') },
      { id: 'vault.new', title: 'Create a new vault', keywords: ['file'], run: () => void run('vault.new') },
      { id: 'vault.open', title: 'Open another vault', keywords: ['file'], run: () => void run('vault.open') },
    ],
    [run, navigate],
  );
  return { run, palette };
}
