import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import {
  checkAccessibility,
  createVaultInUi,
  foreignRequests,
  openWorkbench,
  saveScreenshot,
  writeRequestLog,
  type Session,
} from './support/session';

const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('workbench shell in Chromium (skipped when no Chromium is installed)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openWorkbench(chromiumPath);
    await createVaultInUi(session.page);
  });

  afterAll(async () => {
    if (!session) return;
    writeRequestLog(session, 'shell');
    await session.close();
  });

  it('renders the workbench with the protective marking at the top and the bottom', async () => {
    const { page } = session;
    const banners = page.getByRole('note', { name: /Protective marking/ });
    await expect(banners.count()).resolves.toBe(2);
    await expect(banners.first().textContent()).resolves.toBe('OFFICIAL-SENSITIVE');
    await expect(banners.last().textContent()).resolves.toBe('OFFICIAL-SENSITIVE');
    await expect(page.getByRole('region', { name: 'Link chart' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'Map', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('complementary', { name: 'Inspector' }).isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'shell-workbench');
    expect(await checkAccessibility(page, 'shell-workbench')).toEqual([]);
  });

  it('round-trips app.info through the bridge to the real engine', async () => {
    const info = await session.page.evaluate(() => window.fenlight.call('app.info', {}));
    expect(info).toMatchObject({ ok: true, value: { name: 'Fenlight', version: '0.1.0', dataFolder: session.dataDir } });
  });

  it('exposes exactly call and on, and refuses names outside the contract', async () => {
    const { page } = session;
    const keys = await page.evaluate(() => Object.keys(window.fenlight).sort());
    expect(keys).toEqual(['call', 'on']);
    const refused = await page.evaluate(() => window.fenlight.call('vault.rawSql', { sql: 'DROP TABLE report' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const threw = await page.evaluate(() => {
      try {
        window.fenlight.on('process.exit', () => undefined);
        return false;
      } catch {
        return true;
      }
    });
    expect(threw).toBe(true);
  });

  it('shows the version in About, reached from the command palette (Ctrl+K)', async () => {
    const { page } = session;
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    expect(await checkAccessibility(page, 'shell-palette')).toEqual([]);
    await page.getByRole('combobox', { name: 'Search commands' }).fill('about');
    await saveScreenshot(page, 'shell-palette');
    await page.keyboard.press('Enter');
    const about = page.getByRole('dialog', { name: 'About Fenlight' });
    await about.getByText('0.1.0').waitFor();
    await saveScreenshot(page, 'shell-about');
    await about.getByRole('button', { name: 'Close' }).click();
    await expect(about.count()).resolves.toBe(0);
  });

  it('switches to the dark theme in settings and remembers it', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await saveScreenshot(page, 'shell-settings-dark');
    expect(await checkAccessibility(page, 'shell-settings-dark')).toEqual([]);
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  });

  it('made no request outside the app’s origin and hit no CSP violation', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('refuses a bridge connection without the run’s token or from another origin', async () => {
    const socketUrl = `${session.harness.origin.replace('http', 'ws')}/__fenlight/bridge`;
    const attempt = (url: string, origin: string) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(url, { origin });
        socket.on('open', () => {
          socket.close();
          resolve('opened');
        });
        socket.on('unexpected-response', (_request, response) => resolve(`refused ${response.statusCode}`));
        socket.on('error', () => resolve('refused'));
      });
    const token = new URL(session.harness.url).hash.replace('#token=', '');
    expect(await attempt(`${socketUrl}?token=wrong`, session.harness.origin)).toMatch(/^refused/);
    expect(await attempt(`${socketUrl}?token=${token}`, 'http://evil.example')).toMatch(/^refused/);
    expect(await attempt(`${socketUrl}?token=${token}`, session.harness.origin)).toBe('opened');
  });
});
