import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../fs/jsonFile';
import { vaultName } from './paths';

const MAX_RECENT = 8;

const fileSchema = z.object({
  current: z.string().nullable(),
  recent: z.array(z.object({ path: z.string(), lastOpenedAt: z.string() })),
});

export interface RecentVault {
  path: string;
  name: string;
  lastOpenedAt: string;
}

/** Which vault Fenlight opens next time, and the recently used ones (kept outside any vault). */
export class VaultRegistry {
  private readonly file: string;

  constructor(dataFolder: string) {
    this.file = path.join(dataFolder, 'vaults.json');
  }

  current(): string | null {
    return this.read().current;
  }

  recent(): RecentVault[] {
    return this.read().recent.map((entry) => ({ ...entry, name: vaultName(entry.path) }));
  }

  remember(vaultPath: string, now: Date): void {
    const state = this.read();
    const recent = [{ path: vaultPath, lastOpenedAt: now.toISOString() }, ...state.recent.filter((entry) => entry.path !== vaultPath)].slice(0, MAX_RECENT);
    writeJsonFile(this.file, { current: vaultPath, recent });
  }

  private read(): z.infer<typeof fileSchema> {
    return readJsonFile(this.file, fileSchema, { current: null, recent: [] });
  }
}
