import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { createEngine } from '../../electron/engine/index';
import { createVaultDatabase, closeVaultDatabase, VAULT_CACHE_KIB } from '../../electron/engine/vault/database';
import { percentile, type Benchmark } from './harness/runner';

const PASSPHRASE = 'marsh kettle violin lantern';

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-bench-vault-'));
}

/** Unlocking with the real (OWASP scrypt) key derivation, opening and migrating the database. */
const unlock: Benchmark = {
  name: 'vault unlock',
  async run() {
    const dir = scratch();
    const options = {
      dataFolder: path.join(dir, 'data'),
      defaultVaultFolder: path.join(dir, 'vaults'),
      build: { version: 'bench', commit: 'bench', builtAt: new Date().toISOString() },
      runtime: `node ${process.versions.node}`,
      log: () => undefined,
    };
    const engine = createEngine(options);
    const created = await engine.call('vault.create', { name: 'Bench', analystName: 'Bench Analyst', staffNumber: 'B1', passphrase: PASSPHRASE });
    if (!created.ok) throw new Error(created.error.message);
    // Fill it with 100,000 report rows (plain inserts through the vault's own connection).
    const session = engine.vaults.requireSession();
    const insert = session.db.prepare(
      `INSERT INTO report (id, urn, title, original_text, sanitised_text, source_evaluation, intelligence_assessment, handling_code, handling_conditions,
         protective_marking, source_type, exploitation_types, indicators, occurred_on, received_on, recorded_on, author_name, author_staff_number, district,
         mopi_group, next_review_date, legacy_grade, grade_rank, origin, created_at, updated_at)
       VALUES (?, ?, ?, '', ?, '2', 'C', 'P', '', 'OFFICIAL-SENSITIVE', 'member_of_public', '[]', '[]', '2025-01-01', '2025-01-02', '2025-01-02', 'Bench', NULL, NULL, 3, '2031-01-02', NULL, 7, 'demo', '2025-01-02', '2025-01-02')`,
    );
    session.transaction(() => {
      for (let i = 0; i < 100_000; i++) insert.run(crypto.randomUUID(), `IR/BENCH/${i}`, `Report ${i}`, `Workers seen at car wash number ${i} in Wisbech.`);
    });
    await engine.call('vault.lock', {});
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const result = await engine.call('vault.unlock', { passphrase: PASSPHRASE });
      samples.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
      await engine.call('vault.lock', {});
    }
    await engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
    return [
      { label: 'unlock a vault of 100,000 reports (scrypt N=2^17 included), median', value: percentile(samples, 50), unit: 'ms', budget: 1500 },
      { label: 'unlock, worst of 5', value: Math.max(...samples), unit: 'ms', budget: 1500 },
    ];
  },
};

/** The same insert-and-query workload on an encrypted vault database and on plain SQLite. */
function workload(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS w (id INTEGER PRIMARY KEY, name TEXT, body TEXT, n INTEGER); CREATE INDEX IF NOT EXISTS w_n ON w (n);');
  const started = performance.now();
  const insert = db.prepare('INSERT INTO w (name, body, n) VALUES (?, ?, ?)');
  for (let batch = 0; batch < 20; batch++) {
    db.transaction(() => {
      for (let i = 0; i < 1000; i++) insert.run(`name ${batch}-${i}`, 'x'.repeat(200), (batch * 1000 + i) % 997);
    })();
  }
  const byIndex = db.prepare('SELECT count(*), sum(length(body)) FROM w WHERE n = ?');
  for (let i = 0; i < 2000; i++) byIndex.get(i % 997);
  db.prepare('SELECT count(*) FROM w WHERE name LIKE ?').get('%-5%');
  return performance.now() - started;
}

const encryptionOverhead: Benchmark = {
  name: 'encryption overhead',
  async run() {
    const dir = scratch();
    const ratios: number[] = [];
    for (let round = 0; round < 3; round++) {
      const encryptedFile = path.join(dir, `e${round}.db`);
      const encrypted = createVaultDatabase(encryptedFile, crypto.randomBytes(32));
      const plain = new Database(path.join(dir, `p${round}.db`));
      plain.pragma('journal_mode=WAL');
      plain.pragma('synchronous=FULL');
      plain.pragma('secure_delete=ON');
      plain.pragma(`cache_size=-${VAULT_CACHE_KIB}`);
      const plainMs = workload(plain);
      const encryptedMs = workload(encrypted);
      ratios.push(encryptedMs / plainMs);
      plain.close();
      closeVaultDatabase(encrypted);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    return [{ label: 'encrypted ÷ plain SQLite, 20k inserts + 2k indexed queries (median of 3)', value: percentile(ratios, 50), unit: 'ratio', budget: 1.3 }];
  },
};

export const vaultBenchmarks: Benchmark[] = [unlock, encryptionOverhead];
