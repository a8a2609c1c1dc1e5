import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SavedChart } from '@shared/contract/calls/charts';
import { value } from '../helpers/testVault';
import { chartScenario } from '../helpers/chartScenario';
import { PASSPHRASE, cliSandbox, withUnlocked } from './cliTestKit';

describe('fenlight export anx and import-anx', () => {
  it('exports a saved chart by name and imports it into another vault', async () => {
    const sandbox = cliSandbox();
    const { vaultPath } = await sandbox.createVault('Source');
    await withUnlocked(vaultPath, PASSPHRASE, async (engine) => {
      const { document } = await chartScenario(engine);
      value<SavedChart>(await engine.call('charts.save', { name: 'Op Heron', document }));
    });
    const out = path.join(sandbox.folder, 'heron.anx');
    const exported = await sandbox.run(['export', 'anx', '--vault', vaultPath, '--chart', 'op heron', '--out', out, '--reason', 'Case file'], { FENLIGHT_PASSPHRASE: PASSPHRASE });
    expect(exported.stderr).toEqual([]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.join('\n')).toMatch(/4 entities, 3 links.*OFFICIAL-SENSITIVE PERSONAL DATA.*logged/);
    expect(fs.readFileSync(out, 'utf8')).toContain('<Chart');

    const target = await sandbox.createVault('Target');
    const imported = await sandbox.run(['import-anx', '--vault', target.vaultPath, out], { FENLIGHT_PASSPHRASE: PASSPHRASE });
    expect(imported.code).toBe(0);
    expect(imported.stdout[0]).toBe('Entities: 4 new, 0 already in the vault. Links: 3 new, 0 already there. Reports from cards: 2 new, 0 already there.');
  });

  it('fails with a one-line reason for an unknown chart, and treats a missing file argument as a usage error', async () => {
    const sandbox = cliSandbox();
    const { vaultPath } = await sandbox.createVault();
    const missing = await sandbox.run(['export', 'anx', '--vault', vaultPath, '--chart', 'Nope', '--out', path.join(sandbox.folder, 'x.anx'), '--reason', 'x y z'], { FENLIGHT_PASSPHRASE: PASSPHRASE });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toEqual(['There is no saved chart called “Nope” in this vault.']);
    expect((await sandbox.run(['import-anx', '--vault', vaultPath], { FENLIGHT_PASSPHRASE: PASSPHRASE })).code).toBe(2);
    expect((await sandbox.run(['import-anx', '--vault', vaultPath, 'a.anx', '--map', 'Car=boat'], { FENLIGHT_PASSPHRASE: PASSPHRASE })).code).toBe(2);
  });
});
