import type { VaultDatabase } from '../database';

export interface Migration {
  /** Schema version this migration brings the vault to (1, 2, 3 …). */
  version: number;
  name: string;
  up(db: VaultDatabase): void;
}
