import { event } from './define';
import type { ContractError } from './errors';
import type { JobState } from './calls/jobs';
import type { AppSettings } from '../settings';
import type { BasemapState } from './calls/basemap';

export const lockReasons = ['command', 'idle', 'suspend', 'screen-lock', 'engine-restart'] as const;
export type LockReason = (typeof lockReasons)[number];

export const shellCommands = ['vault.new', 'vault.open', 'vault.lock', 'palette.open', 'settings.open', 'about.open'] as const;
export type ShellCommand = (typeof shellCommands)[number];

export interface JobProgress {
  jobId: string;
  kind: string;
  done: number;
  total: number | null;
  message: string | null;
}

export interface JobFinished {
  jobId: string;
  kind: string;
  state: Exclude<JobState, 'running'>;
  result: unknown;
  error: ContractError | null;
}

/** What changed in the vault, so views can refresh just what they show. */
export interface DataChanged {
  scopes: string[];
  ids?: string[];
}

export const events = {
  'job.progress': event<JobProgress>(),
  'job.finished': event<JobFinished>(),
  'vault.locked': event<{ reason: LockReason }>(),
  'data.changed': event<DataChanged>(),
  'settings.changed': event<AppSettings>(),
  /** The map's basemap choice (the shell's tile route and CSP follow it too). */
  'basemap.changed': event<BasemapState>(),
  /** A menu item or accelerator in the shell asks the UI to do something. */
  'shell.command': event<{ command: ShellCommand }>(),
};
