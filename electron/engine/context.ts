import type { EventBus } from './events';
import type { JobRunner } from './jobs/jobRunner';
import type { EngineOptions } from './options';
import type { SettingsStore } from './settings/settingsStore';
import type { VaultManager } from './vault/vaultManager';

/** What every domain's handlers are built from (assembled once by the composition root). */
export interface EngineContext {
  options: EngineOptions;
  bus: EventBus;
  jobs: JobRunner;
  settings: SettingsStore;
  vaults: VaultManager;
  now: () => Date;
}
