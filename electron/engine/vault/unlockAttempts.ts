import path from 'node:path';
import { z } from 'zod';
import { FenlightError } from '@shared/contract';
import { readJsonFile, writeJsonFile } from '../fs/jsonFile';

/** Failures allowed before unlocking is slowed down. */
export const FREE_ATTEMPTS = 5;
const BASE_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds to wait after `failures` consecutive failures: none for the first five, then doubling. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS));
}

const recordSchema = z.object({ failures: z.number().int().nonnegative(), lastFailureAt: z.string() });
const fileSchema = z.record(z.string(), recordSchema);

export interface FailureReport {
  failures: number;
  lastFailureAt: string;
}

/**
 * Counts failed unlocks per vault in Fenlight's own data folder — never in the vault's files,
 * which a wrong passphrase must leave byte-for-byte unchanged.
 */
export class UnlockAttempts {
  private readonly file: string;

  constructor(dataFolder: string) {
    this.file = path.join(dataFolder, 'unlock-attempts.json');
  }

  /** Refuses (without running the slow key derivation) while a slow-down is in force. */
  assertAllowed(vaultId: string, now: Date): void {
    const record = this.read()[vaultId];
    if (!record) return;
    const waitUntil = Date.parse(record.lastFailureAt) + delayAfter(record.failures) * 1000;
    const remaining = Math.ceil((waitUntil - now.getTime()) / 1000);
    if (remaining > 0) {
      throw new FenlightError(
        'TOO_MANY_ATTEMPTS',
        `There have been ${record.failures} wrong attempts to unlock this vault. Wait ${formatWait(remaining)} before trying again.`,
        { retryAfterSeconds: remaining },
      );
    }
  }

  recordFailure(vaultId: string, now: Date): FailureReport {
    const all = this.read();
    const record = { failures: (all[vaultId]?.failures ?? 0) + 1, lastFailureAt: now.toISOString() };
    writeJsonFile(this.file, { ...all, [vaultId]: record });
    return record;
  }

  /** Clears the count on a successful unlock and returns what there was to report. */
  takeReport(vaultId: string): FailureReport | null {
    const all = this.read();
    const record = all[vaultId];
    if (!record) return null;
    delete all[vaultId];
    writeJsonFile(this.file, all);
    return record;
  }

  private read(): Record<string, FailureReport> {
    return readJsonFile(this.file, fileSchema, {});
  }
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
