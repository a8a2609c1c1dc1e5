import path from 'node:path';
import { VAULT_EXTENSION } from '../engine/vault/paths';

/** A path as typed, relative to where the command was run (not wherever the process started). */
export function resolveFrom(cwd: string, given: string): string {
  return path.resolve(cwd, given);
}

/**
 * The vault's database file: `--vault Casework` and `--vault Casework.fenlight-vault` name the
 * same vault, because Fenlight always gives the database that extension.
 */
export function resolveVaultPath(cwd: string, given: string): string {
  const resolved = resolveFrom(cwd, given);
  return resolved.endsWith(VAULT_EXTENSION) ? resolved : `${resolved}${VAULT_EXTENSION}`;
}
