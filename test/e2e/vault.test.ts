import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  E2E_PASSPHRASE,
  checkAccessibility,
  createVaultInUi,
  foreignRequests,
  openWorkbench,
  saveScreenshot,
  writeRequestLog,
  type Session,
} from './support/session';

const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('vault in Chromium (skipped when no Chromium is installed)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openWorkbench(chromiumPath);
  });

  afterAll(async () => {
    if (!session) return;
    writeRequestLog(session, 'vault');
    await session.close();
  });

  it('creates a vault on first run: name, analyst, passphrase, then the recovery key once', async () => {
    const { page } = session;
    expect(await checkAccessibility(page, 'vault-create')).toEqual([]);
    const recoveryKey = await createVaultInUi(page, { screenshots: 'vault' });
    expect(recoveryKey).toMatch(/^[0-9A-Z]{36}$/);
    await saveScreenshot(page, 'vault-unlocked-workbench');
  });

  it('locks with the Lock button, leaving nothing of the vault on screen', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { name: 'Unlock Casework' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(0);
    await saveScreenshot(page, 'vault-locked');
    expect(await checkAccessibility(page, 'vault-unlock')).toEqual([]);
  });

  it('says a wrong passphrase is wrong, in plain words', async () => {
    const { page } = session;
    await page.getByLabel('Passphrase').fill('not my passphrase at all');
    await page.getByRole('button', { name: 'Unlock' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('That passphrase is not right.');
    await saveScreenshot(page, 'vault-wrong-passphrase');
  });

  it('unlocks with the right passphrase and reports the failed attempt', async () => {
    const { page } = session;
    await page.getByLabel('Passphrase').fill(E2E_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/1 failed attempt to unlock this vault/);
    await saveScreenshot(page, 'vault-unlocked-after-failure');
  });

  it('locks with Ctrl+L', async () => {
    const { page } = session;
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { name: 'Unlock Casework' }).waitFor();
    await page.getByLabel('Passphrase').fill(E2E_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  });

  it('checks the vault and shows the audit log from the UI', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Check vault' }).click();
    const results = page.getByRole('list', { name: 'Vault check results' });
    await results.waitFor();
    expect(await results.textContent()).toMatch(/Encryption.*Database structure.*Links between records.*Audit log/s);
    await saveScreenshot(page, 'vault-check');
    expect(await checkAccessibility(page, 'vault-settings')).toEqual([]);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText(/The audit chain is intact/).waitFor();
    await saveScreenshot(page, 'vault-audit-log');
    expect(await checkAccessibility(page, 'vault-audit-log')).toEqual([]);
  });

  it('made no request outside the app’s origin', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
