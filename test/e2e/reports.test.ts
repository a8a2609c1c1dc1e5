import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility, createVaultInUi, foreignRequests, openWorkbench, saveScreenshot, writeRequestLog, type Session } from './support/session';

const chromiumPath = inject('chromiumPath');

const URN = 'CAMBS-IR-2026-0417';
const TITLE = 'Workers collected from a lay-by on the A141';
const SANITISED =
  'Between 05:00 and 05:30 a white Ford Transit van AB12 CDE collects up to eight men from the lay-by. ' +
  'The men look exhausted and wear the same clothes each day. The driver can be reached on 07700 900123.';
const ORIGINAL = 'Caller (a neighbour at the lay-by cottages) says the driver calls himself Nelu.';

describe.skipIf(!chromiumPath)('reports in Chromium (skipped when no Chromium is installed)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openWorkbench(chromiumPath);
    await createVaultInUi(session.page);
  });

  afterAll(async () => {
    if (!session) return;
    writeRequestLog(session, 'reports');
    await session.close();
  });

  it('opens the Reports view from the navigation', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByRole('status').filter({ hasText: '0 reports' }).waitFor();
    await page.getByRole('button', { name: 'Import…' }).waitFor();
    await saveScreenshot(page, 'reports-empty');
    expect(await checkAccessibility(page, 'reports-empty')).toEqual([]);
  });

  it('writes a report, explaining that handling code C needs its conditions', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'New report' }).click();
    await page.getByRole('heading', { level: 1, name: 'New report' }).waitFor();
    await page.getByLabel('URN', { exact: true }).fill(URN);
    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByLabel('Source evaluation', { exact: true }).selectOption('2');
    await page.getByLabel('Intelligence assessment', { exact: true }).selectOption('B');
    await page.getByLabel('Handling code', { exact: true }).selectOption('C');
    await page.getByLabel('Protective marking', { exact: true }).selectOption('OFFICIAL-SENSITIVE PERSONAL DATA');
    await page.getByLabel('Source type', { exact: true }).selectOption('member_of_public');
    await page.getByLabel('Sanitised text', { exact: true }).fill(SANITISED);
    await page.getByLabel('Intelligence text', { exact: true }).fill(ORIGINAL);
    await page.getByLabel('Date occurred', { exact: true }).fill('02/11/2026');
    await page.getByRole('checkbox', { name: 'Labour exploitation' }).check();
    await page.getByRole('checkbox', { name: 'Agriculture' }).check();
    await page.getByRole('checkbox', { name: 'Malnourished, unkempt or exhausted' }).check();
    await page.getByRole('checkbox', { name: 'Wears the same clothes every day' }).check();
    await page.getByRole('checkbox', { name: 'Taken to and from work, often at unusual hours' }).check();
    await page.getByLabel('District', { exact: true }).selectOption('E07000010');
    await page.getByLabel('MoPI group', { exact: true }).selectOption('2');

    // The extractor marks the plate and the phone as the text is written.
    const preview = page.getByRole('group', { name: 'Sanitised text, with what was found marked' });
    await preview.locator('mark', { hasText: 'AB12 CDE' }).waitFor();
    await preview.locator('mark', { hasText: '07700 900123' }).waitFor();
    const found = page.getByRole('list', { name: 'Found in the text' });
    expect(await found.getByRole('button', { name: 'Save the report first' }).count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('heading', { name: 'Found in the text' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'reports-editor-found');

    await page.getByRole('button', { name: 'Save report' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'The report was not saved' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Handling code C needs the conditions that apply');
    await saveScreenshot(page, 'reports-editor-conditions-needed');
    expect(await checkAccessibility(page, 'reports-editor')).toEqual([]);
    await page.getByLabel('Handling conditions', { exact: true }).fill('Do not disclose to the subject. Contact the MSHT unit before acting.');
  });

  it('saves the report and shows it with its grade, conditions and what it names', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Save report' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(URN) }).waitFor();
    expect(await page.getByRole('note', { name: 'Handling conditions' }).textContent()).toContain('Do not disclose to the subject.');
    expect(await page.getByLabel('Protective marking of this report').textContent()).toBe('OFFICIAL-SENSITIVE PERSONAL DATA');
    expect(await page.getByRole('article').textContent()).toContain('02/11/2026');
    // The original stays hidden until asked for.
    expect(await page.getByText('neighbour at the lay-by').count()).toBe(0);
    await page.getByRole('list', { name: 'Found in the text' }).getByRole('button', { name: 'Add as entity' }).first().waitFor();
    await saveScreenshot(page, 'reports-viewer');
    expect(await checkAccessibility(page, 'reports-viewer')).toEqual([]);
  });

  it('adds the plate and the phone as entities, with the report as their evidence', async () => {
    const { page } = session;
    const found = page.getByRole('list', { name: 'Found in the text' });
    for (const text of ['AB12 CDE', '07700 900123']) {
      const item = found.getByRole('listitem').filter({ hasText: text });
      await item.getByRole('button', { name: 'Add as entity' }).click();
      await item.getByRole('status').filter({ hasText: /Added .* as an entity/ }).waitFor();
    }
    const supports = page.getByRole('list', { name: 'Entities this report supports' });
    await supports.getByRole('button', { name: 'AB12 CDE (Vehicle)' }).waitFor();
    await supports.getByRole('button', { name: '07700 900123 (Phone)' }).waitFor();
    await supports.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'reports-entities-added');
    expect(await checkAccessibility(page, 'reports-entities-added')).toEqual([]);
  });

  it('shows the restricted original only on request', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Show original text' }).click();
    await page.getByRole('group', { name: 'Intelligence text' }).filter({ hasText: 'neighbour at the lay-by' }).waitFor();
    await saveScreenshot(page, 'reports-original-shown');
    await page.getByRole('button', { name: 'Hide original text' }).click();
  });

  it('lists the report, with its grade and handling conditions', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Back to reports' }).click();
    const row = page.getByRole('grid', { name: 'Reports' }).getByRole('row', { name: new RegExp(URN) });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('2-B-C');
    expect(text).toContain('Fenland');
    expect(text).toContain('Do not disclose to the subject.');
    await saveScreenshot(page, 'reports-list');
    expect(await checkAccessibility(page, 'reports-list')).toEqual([]);
  });

  it('finds the report and an entity with Ctrl+K', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Workbench' }).click();
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Search commands' }).fill(URN);
    await palette.getByRole('option', { name: `${URN} — ${TITLE}` }).waitFor();
    await saveScreenshot(page, 'reports-palette-report');
    expect(await checkAccessibility(page, 'reports-palette')).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(URN) }).waitFor();

    await page.keyboard.press('Control+K');
    await palette.getByRole('combobox', { name: 'Search commands' }).fill('AB12');
    const vehicle = palette.getByRole('option', { name: 'AB12 CDE (Vehicle)' });
    await vehicle.waitFor();
    await saveScreenshot(page, 'reports-palette-entity');
    await vehicle.click();
    await page.getByRole('heading', { level: 1, name: 'AB12 CDE' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Entities' }).getAttribute('aria-current')).toBe('page');
    await saveScreenshot(page, 'reports-palette-opened-entity');
  });

  it('reads well in the dark theme', async () => {
    const { page } = session;
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox', { name: 'Search commands' }).fill('dark theme');
    await palette.getByRole('option', { name: 'Use dark theme' }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Reports' }).click();
    await page.getByRole('grid', { name: 'Reports' }).getByRole('row', { name: new RegExp(URN) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(URN) }).waitFor();
    await page.getByRole('list', { name: 'Found in the text' }).getByRole('listitem').first().waitFor();
    await saveScreenshot(page, 'reports-viewer-dark');
    expect(await checkAccessibility(page, 'reports-viewer-dark')).toEqual([]);
    await page.getByRole('button', { name: 'Edit report' }).click();
    await page.getByRole('heading', { level: 1, name: `Edit report ${URN}` }).waitFor();
    await page.getByRole('group', { name: 'Sanitised text, with what was found marked' }).locator('mark').first().waitFor();
    await page.getByRole('heading', { name: 'Found in the text' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'reports-editor-dark');
    expect(await checkAccessibility(page, 'reports-editor-dark')).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('made no request outside the app’s origin', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
