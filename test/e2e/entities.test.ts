import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

/**
 * An entities file as a force system might export it: its own headers ("Kind", "Full name",
 * "Plate No"…), one row per entity, and three rows that must be refused.
 */
const ENTITIES_CSV = [
  'Kind,Full name,DOB,Category,Address,Post Code,Site type,Plate No',
  'person,Marius Ionescu,03/07/1985,suspect,,,,',
  'site,,,,14 Mill Road,PE13 2AB,hmo_shared_house,',
  'vehicle,,,,,,,AB12 CDE',
  'person,Daiva Kazlauskienė,31/02/1990,victim,,,,',
  'site,,,,Unit 4 Fen Road,CB1 1JI,hand_car_wash,',
  'boat,,,,,,,',
  'person,Andrei Rusu,,witness,,,,',
].join('\r\n');

describe.skipIf(!chromiumPath)('entities in Chromium (skipped when no Chromium is installed)', () => {
  let session: Session;
  let folder: string;
  /** Console problems before the Entities view opened belong to the workbench, which other suites check. */
  let problemsBefore = 0;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-e2e-entities-'));
    session = await openWorkbench(chromiumPath);
    await createVaultInUi(session.page);
  });

  afterAll(async () => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    if (!session) return;
    writeRequestLog(session, 'entities');
    await session.close();
  });

  it('opens the Entities view of an empty vault', async () => {
    const { page } = session;
    problemsBefore = session.problems.length;
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: 'Entities' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Entities' }).waitFor();
    await page.getByRole('status').filter({ hasText: '0 entities' }).waitFor();
    await saveScreenshot(page, 'entities-empty');
    expect(await checkAccessibility(page, 'entities-empty')).toEqual([]);
  });

  it('creates a victim with the NRM panel, and shows the profile', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'New entity' }).click();
    const dialog = page.getByRole('dialog', { name: 'New entity' });
    await dialog.getByLabel('Name', { exact: true }).fill('Ionuț Popescu');
    await dialog.getByLabel('Aliases').fill('Nelu');
    await dialog.getByLabel('Data subject category').selectOption('victim');
    await dialog.getByRole('radio', { name: 'Known date of birth' }).check();
    await dialog.getByLabel('Date of birth', { exact: true }).fill('14/02/1991');
    await dialog.getByLabel('Nationalities').fill('Romanian');
    await dialog.getByLabel('First language').fill('ro');
    await dialog.getByRole('checkbox', { name: 'Interpreter needed' }).check();
    await dialog.getByLabel('NRM referral date').fill('05/03/2026');
    await dialog.getByLabel('Reasonable grounds decision', { exact: true }).selectOption('positive');
    await dialog.getByLabel('Reasonable grounds decision date').fill('10/03/2026');
    await saveScreenshot(page, 'entities-new-person');
    expect(await checkAccessibility(page, 'entities-new-person')).toEqual([]);
    await dialog.getByRole('button', { name: 'Create entity' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ionuț Popescu' }).waitFor();
    const nrm = page.getByLabel('NRM and victim support', { exact: true });
    expect(await nrm.textContent()).toContain('Reasonable grounds decisionPositive, 10/03/2026');
    await page.getByRole('table', { name: 'Edit history' }).waitFor();
    expect(await page.getByRole('table', { name: 'Edit history' }).textContent()).toContain('Created');
    await saveScreenshot(page, 'entities-profile');
    expect(await checkAccessibility(page, 'entities-profile')).toEqual([]);
  });

  it('finds a second record of the same person (other word order, no accents) in the duplicates queue', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Back to entities' }).click();
    await page.getByRole('button', { name: 'New entity' }).click();
    const dialog = page.getByRole('dialog', { name: 'New entity' });
    await dialog.getByLabel('Name', { exact: true }).fill('POPESCU Ionut');
    await dialog.getByLabel('Data subject category').selectOption('potential_victim');
    await dialog.getByRole('radio', { name: 'Estimated age' }).check();
    await dialog.getByLabel('Estimated age (years)').fill('35');
    await dialog.getByRole('button', { name: 'Create entity' }).click();
    await page.getByRole('heading', { level: 1, name: 'POPESCU Ionut' }).waitFor();
    await page.getByRole('button', { name: 'Back to entities' }).click();
    await page.getByRole('status').filter({ hasText: '2 entities' }).waitFor();
    await saveScreenshot(page, 'entities-list');

    await page.getByRole('tab', { name: 'Possible duplicates' }).click();
    const card = page.getByRole('region', { name: /^Possible duplicate: / });
    await card.waitFor();
    const fields = card.getByRole('table');
    expect(await fields.getByRole('row', { name: /^Name/ }).textContent()).toContain('Match');
    expect(await fields.getByRole('row', { name: /^Data subject category/ }).textContent()).toContain(
      'Clash',
    );
    expect(await fields.getByRole('row', { name: /^Date of birth/ }).textContent()).toContain(
      'One side only',
    );
    await saveScreenshot(page, 'entities-duplicates');
    expect(await checkAccessibility(page, 'entities-duplicates')).toEqual([]);
  });

  it('merges the two, keeping both names, and undoes the merge from the profile', async () => {
    const { page } = session;
    const card = page.getByRole('region', { name: /^Possible duplicate: / });
    const accented =
      (await card.getByRole('button', { name: /\(left\)$/ }).textContent())?.startsWith('Ionuț') ?? false;
    await card.getByRole('button', { name: accented ? 'Merge into left' : 'Merge into right' }).click();
    const confirm = page.getByRole('dialog', { name: 'Merge “POPESCU Ionut” into “Ionuț Popescu”?' });
    await confirm
      .getByLabel('Reason (optional)')
      .fill('Same person: word order differs between the two reports');
    await saveScreenshot(page, 'entities-merge-confirm');
    expect(await checkAccessibility(page, 'entities-merge-confirm')).toEqual([]);
    await confirm.getByRole('button', { name: 'Merge' }).click();
    await page.getByText('Merged “POPESCU Ionut” into “Ionuț Popescu”.').waitFor();
    await page.getByText('No possible duplicates.').waitFor();

    await page.getByRole('button', { name: 'Open “Ionuț Popescu”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ionuț Popescu' }).waitFor();
    expect(await page.getByRole('list', { name: 'Aliases' }).textContent()).toContain('POPESCU Ionut');
    await page.getByRole('table', { name: 'Edit history' }).getByText('Merged').waitFor();
    await page.getByRole('heading', { name: 'Merge history' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'entities-merged-profile');
    await page.getByRole('button', { name: 'Undo merge of POPESCU Ionut' }).click();
    await page.getByText(/Merge undone: “POPESCU Ionut” is a separate entity again/).waitFor();
    await page.getByText(/\(undone /).waitFor();
    expect(await page.getByRole('list', { name: 'Aliases' }).textContent()).not.toContain('POPESCU Ionut');
    await saveScreenshot(page, 'entities-unmerged-profile');
    expect(await checkAccessibility(page, 'entities-unmerged-profile')).toEqual([]);
  });

  it('imports a CSV with its own headers, maps a column, lists the rejected rows and saves them', async () => {
    const { page, harness } = session;
    const file = path.join(folder, 'athena-nominals.csv');
    fs.writeFileSync(file, ENTITIES_CSV, 'utf8');
    await page.getByRole('button', { name: 'Back to entities' }).click();
    await page.getByRole('button', { name: 'Import…' }).click();
    await page
      .getByRole('dialog', { name: 'Import into the vault' })
      .getByRole('button', { name: 'Entities…' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Import entities' });
    harness.dialogs.choose(file);
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    const mapping = dialog.getByRole('table', { name: 'Column mapping' });
    await mapping.waitFor();
    expect(await mapping.getByLabel('Entity type').inputValue()).toBe('Kind');
    expect(await mapping.getByLabel('Postcode').inputValue()).toBe('Post Code');
    await dialog.getByText('More fields').click();
    await dialog.getByLabel('Registration mark (VRM)').selectOption('Plate No');
    await dialog.getByLabel('Save this mapping as (optional)').fill('Athena nominals');
    await dialog.getByText(/athena-nominals\.csv/).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'entities-import-mapping');
    expect(await checkAccessibility(page, 'entities-import-mapping')).toEqual([]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText('Import finished.').waitFor();

    const counts = dialog.getByLabel('Import results');
    expect(await counts.textContent()).toContain('Imported4');
    expect(await counts.textContent()).toContain('Rejected3');
    const rejected = dialog.getByRole('table', { name: 'Rejected rows' });
    const rows = await rejected.getByRole('row').allTextContents();
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^5Date of birth \(“DOB”\).*31\/02\/1990/);
    expect(rows[2]).toMatch(/^6Postcode \(“Post Code”\)/);
    expect(rows[3]).toMatch(/^7Entity type \(“Kind”\).*boat/);
    await saveScreenshot(page, 'entities-import-rejections');
    expect(await checkAccessibility(page, 'entities-import-rejections')).toEqual([]);

    const saved = path.join(folder, 'rejected-rows.csv');
    harness.dialogs.choose(saved);
    await dialog.getByRole('button', { name: 'Save rejected rows…' }).click();
    await dialog.getByText(/Saved 3 rejected rows/).waitFor();
    const text = fs.readFileSync(saved, 'utf8');
    expect(text).toContain('Daiva Kazlauskienė');
    expect(text).toContain('CB1 1JI');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('tab', { name: 'All entities' }).click();
    await page.getByRole('status').filter({ hasText: '6 entities' }).waitFor();
    await saveScreenshot(page, 'entities-after-import');
  });

  it('links the suspect to the address he lives at, and opens the address from the profile', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Marius Ionescu', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Marius Ionescu' }).waitFor();
    await page.getByRole('button', { name: 'Link to…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link Marius Ionescu to…' });
    await dialog.getByLabel('Find the other entity').fill('Mill');
    await dialog
      .getByRole('listbox', { name: 'Other entity' })
      .selectOption({ label: '14 Mill Road, PE13 2AB (Address or site)' });
    await dialog
      .getByLabel('Link type')
      .selectOption({ label: 'Marius Ionescu lives at 14 Mill Road, PE13 2AB' });
    await dialog.getByLabel('Strength').selectOption('confirmed');
    await dialog.getByLabel('Valid from').fill('01/01/2026');
    await saveScreenshot(page, 'entities-link-dialog');
    expect(await checkAccessibility(page, 'entities-link-dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Add link' }).click();
    const livesAt = page.getByRole('list', { name: 'Lives at' });
    await livesAt.waitFor();
    expect(await livesAt.textContent()).toMatch(/14 Mill Road, PE13 2AB.*Confirmed.*from 01\/01\/2026/);
    await page.getByRole('heading', { name: 'Linked entities' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'entities-linked-profile');
    await livesAt.getByRole('button', { name: '14 Mill Road, PE13 2AB' }).click();
    await page.getByRole('heading', { level: 1, name: '14 Mill Road, PE13 2AB' }).waitFor();
    expect(await page.getByLabel('Properties', { exact: true }).first().textContent()).toMatch(
      /OS grid reference|PostcodePE13 2AB/,
    );
    await page.getByRole('button', { name: 'Back to entities' }).click();
  });

  it('reads well in the dark theme', async () => {
    const { page } = session;
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: 'Entities' })
      .click();
    await page.getByRole('tab', { name: 'All entities' }).click();
    await page.getByRole('status').filter({ hasText: '6 entities' }).waitFor();
    await saveScreenshot(page, 'entities-list-dark');
    expect(await checkAccessibility(page, 'entities-list-dark')).toEqual([]);
    await page.getByRole('button', { name: 'Ionuț Popescu', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ionuț Popescu' }).waitFor();
    await saveScreenshot(page, 'entities-profile-dark');
    expect(await checkAccessibility(page, 'entities-profile-dark')).toEqual([]);
  });

  it('made no request outside the app’s origin, and the entities screens hit no console error or CSP violation', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.problems.slice(problemsBefore)).toEqual([]);
  });
});
