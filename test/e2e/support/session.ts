import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import axe from 'axe-core';
import { startHarness, type Harness } from '../../../tools/harness/harness';
import os from 'node:os';
import { CHROMIUM_ARGS } from './chromium';

export const ARTEFACTS = path.resolve('test-results/e2e');

export interface Session {
  harness: Harness;
  browser: Browser;
  page: Page;
  dataDir: string;
  /** Every URL the page requested during the session. */
  requests: string[];
  /** Console errors and CSP violations. */
  problems: string[];
  close(): Promise<void>;
}

/** The real renderer against the real engine, through the harness, in Debian's Chromium. */
export async function openWorkbench(chromiumPath: string, options: { dataDir?: string } = {}): Promise<Session> {
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  // Not tempDir(): that is emptied after each test, and a session spans a whole file.
  const ownDir = options.dataDir ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-e2e-'));
  const dataDir = options.dataDir ?? ownDir!;
  const harness = await startHarness({ dataDir, log: () => undefined });
  // Playwright gives every launch a fresh, empty profile of its own.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await harness.close();
    throw error;
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(harness.url);
  // The vault gate decides the first screen: create, unlock or the workbench.
  await page.locator('h1, nav[aria-label="Main navigation"]').first().waitFor();
  return {
    harness,
    browser,
    page,
    dataDir,
    requests,
    problems,
    close: async () => {
      await browser.close();
      await harness.close();
      if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
    },
  };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page as it is; writes the full report; returns serious and critical violations. */
export async function checkAccessibility(page: Page, name: string): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run;
    return run(document, { resultTypes: ['violations'] });
  });
  fs.writeFileSync(path.join(ARTEFACTS, `axe-${name}.json`), JSON.stringify(results, null, 2));
  const violations = (results as { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> })
    .violations;
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.flatMap((node) => node.target) }));
}

/** Requests that left the app's own origin (data: and blob: URLs stay on the machine). */
export function foreignRequests(session: Session): string[] {
  return session.requests.filter((url) => !url.startsWith(`${session.harness.origin}/`) && !/^(data|blob):/.test(url));
}

export function writeRequestLog(session: Session, name: string): void {
  fs.writeFileSync(path.join(ARTEFACTS, `requests-${name}.json`), JSON.stringify(session.requests, null, 2));
}

export const E2E_PASSPHRASE = 'marsh kettle violin lantern';

/** First run through the UI: create a vault, confirm the recovery key, arrive at the workbench. */
export async function createVaultInUi(page: Page, options: { screenshots?: string } = {}): Promise<string> {
  await page.getByRole('heading', { name: 'Create a vault' }).waitFor();
  await page.getByLabel('Analyst name').fill('Priya Shah');
  await page.getByLabel('Staff number').fill('CC4127');
  await page.getByLabel('Passphrase', { exact: true }).fill(E2E_PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(E2E_PASSPHRASE);
  if (options.screenshots) await saveScreenshot(page, `${options.screenshots}-create`);
  await page.getByRole('button', { name: 'Create vault' }).click();
  const key = page.getByLabel('Recovery key', { exact: true });
  await key.waitFor();
  const recoveryKey = (await key.innerText()).replace(/\s+/g, '');
  if (options.screenshots) await saveScreenshot(page, `${options.screenshots}-recovery-key`);
  await page.getByRole('checkbox', { name: /written down the recovery key/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  return recoveryKey;
}
