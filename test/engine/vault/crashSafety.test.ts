import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, createTestVault, value } from '../../helpers/testVault';

const WRITER = path.resolve('test/fixtures/vault/writer.cjs');

/** Runs the writer until it has committed something, kills it with SIGKILL after a random pause, returns what it reported committed. */
function runAndKill(args: string[], pauseMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: number[] = [];
    let buffer = '';
    let stderr = '';
    let killScheduled = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^committed (\d+)$/.exec(line);
        if (match) committed.push(Number(match[1]));
      }
      if (!killScheduled && committed.length > 0) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), pauseMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`writer exited by itself (code ${code}): ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it('never loses a committed record when the writer is killed with SIGKILL at 20 random moments', async () => {
    const vault = await createTestVault();
    value(await vault.engine.call('vault.lock', {}));
    const reported = new Set<number>();
    let next = 1;
    for (let round = 1; round <= 20; round++) {
      const committed = await runAndKill(
        [vault.options.dataFolder, vault.options.defaultVaultFolder, vault.vaultPath, PASSPHRASE, String(next)],
        Math.floor(Math.random() * 250),
      );
      committed.forEach((i) => reported.add(i));

      const engine = vault.restart();
      value(await engine.call('vault.unlock', { passphrase: PASSPHRASE }));
      const check = value<{ ok: boolean; checks: unknown[] }>(await engine.call('vault.check', {}));
      expect(check.ok, `round ${round}: ${JSON.stringify(check.checks)}`).toBe(true);
      expect(value<{ intact: boolean }>(await engine.call('audit.verify', {})).intact).toBe(true);
      const session = engine.vaults.requireSession();
      const present = new Set((session.db.prepare("SELECT target_id FROM audit_target WHERE target_type = 'crash-test'").pluck().all() as string[]).map(Number));
      const lost = [...reported].filter((i) => !present.has(i));
      expect(lost, `round ${round}: committed records missing`).toEqual([]);
      next = Math.max(...present) + 1;
      await engine.close();
    }
    expect(reported.size).toBeGreaterThan(20);
  }, 240_000);
});
