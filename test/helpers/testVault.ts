import fs from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import { expect } from 'vitest';
import type { CallResult } from '@shared/contract';
import { createEngine, type Engine } from '../../electron/engine/index';
import type { EngineOptions } from '../../electron/engine/options';
import { testEngineOptions } from './engineOptions';

export const PASSPHRASE = 'marsh kettle violin lantern';
export const ANALYST = { analystName: 'Priya Shah', staffNumber: 'CC4127' };

export interface TestVault {
  engine: Engine;
  options: EngineOptions;
  vaultPath: string;
  recoveryKey: string;
  /** A fresh engine over the same data folder (as after a restart). */
  restart(): Engine;
}

export function value<T>(result: CallResult<T> | CallResult<unknown>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** A created, unlocked vault in a temp folder, through the contract as the UI would do it. */
export async function createTestVault(overrides: Partial<EngineOptions> = {}, name = 'Casework'): Promise<TestVault> {
  const options = testEngineOptions(overrides);
  const engine = createEngine(options);
  const created = value<{ status: { vault: { path: string } }; recoveryKey: string }>(
    await engine.call('vault.create', { name, ...ANALYST, passphrase: PASSPHRASE }),
  );
  return {
    engine,
    options,
    vaultPath: created.status.vault.path,
    recoveryKey: created.recoveryKey,
    restart: () => createEngine(options),
  };
}

/** SHA-256 of every file in a folder (recursively), to prove something changed nothing. */
export function hashFolder(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

export function expectError(result: CallResult<unknown>, code: string): string {
  expect(result).toMatchObject({ ok: false, error: { code } });
  return result.ok ? '' : result.error.message;
}
