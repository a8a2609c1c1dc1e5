import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/engine/index';
import { testEngineOptions } from '../../helpers/engineOptions';
import { value } from '../../helpers/testVault';
import { reportInput } from '../../helpers/records';

const MARKER = 'ZEBRA-MARKER-7731';

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('no plaintext on disk', () => {
  it('never writes a saved marker string to the database, its -wal/-shm, the key file, temp files or a backup', async () => {
    const options = testEngineOptions();
    const engine = createEngine(options);
    const passphrase = `${MARKER} lantern heron`;
    const created = value<{ status: { vault: { path: string } } }>(
      await engine.call('vault.create', { name: 'Casework', analystName: `Analyst ${MARKER}`, staffNumber: 'CC4127', passphrase }),
    );
    const report = value<{ summary: { id: string } }>(
      await engine.call('reports.create', {
        report: reportInput({ title: `Report ${MARKER}`, originalText: `Original ${MARKER}`, sanitisedText: `Sanitised ${MARKER} text`, handlingCode: 'C', handlingConditions: `Conditions ${MARKER}` }),
      }),
    );
    value(await engine.call('entities.create', { entity: { type: 'person', name: `Person ${MARKER}`, aliases: [`Alias ${MARKER}`], category: 'victim' }, evidence: [{ reportId: report.summary.id }] }));
    value(await engine.call('reports.saveView', { name: `View ${MARKER}`, filter: { text: MARKER } }));
    const exports = path.join(options.dataFolder, '..', 'exports');
    for (let i = 0; i < 200; i++) {
      value(await engine.call('audit.export', { destination: path.join(exports, `e${i % 3}.csv`), reason: `Reason ${MARKER} ${i}`, recipients: [`${MARKER} recipient`] }));
    }
    const backup = value<{ path: string }>(await engine.call('vault.backup', { destination: path.join(options.dataFolder, 'casework') })).path;

    const vaultFolder = path.dirname(created.status.vault.path);
    // While the vault is open its -wal and -shm exist: check them too.
    const openFiles = filesUnder(vaultFolder);
    expect(openFiles.some((file) => file.endsWith('-wal'))).toBe(true);
    for (const file of [...openFiles, backup, ...filesUnder(options.dataFolder)]) {
      expect(fs.readFileSync(file).includes(MARKER), `${file} contains the marker`).toBe(false);
    }
    await engine.close();
    for (const file of filesUnder(vaultFolder)) {
      expect(fs.readFileSync(file).includes(MARKER), `${file} contains the marker`).toBe(false);
    }
    // The exports are disclosures by design (they are meant to be readable): only they may hold it.
    expect(fs.readFileSync(path.join(exports, 'e0.csv'), 'utf8')).toContain(MARKER);
  });
});
