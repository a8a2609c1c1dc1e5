import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ExportSaved, ExportSaveInput } from '@shared/contract/calls/export';
import type { AuditEntry } from '@shared/audit';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { createEntity, createReport } from '../../helpers/records';
import { tempDir } from '../../helpers/tempDir';
import { CHART_SVG, frame, makePng, pdfPages } from './fixtures';

const disclosure = { reason: 'Case file for Op Heron, requested by DS Khan', recipients: ['DS Khan', 'CPS East'] };

function input(destination: string, overrides: Partial<ExportSaveInput> = {}): ExportSaveInput {
  return {
    destination,
    format: 'pdf',
    content: { kind: 'svg', svg: CHART_SVG, width: 800, height: 500 },
    frame: frame(),
    page: { paper: 'A4', orientation: 'landscape', fit: 'page' },
    subject: { kind: 'chart', name: 'Op Heron' },
    entityIds: ['entity-1', 'entity-2'],
    ...disclosure,
    ...overrides,
  };
}

async function disclosures(engine: Awaited<ReturnType<typeof createTestVault>>['engine']): Promise<AuditEntry[]> {
  return value<{ entries: AuditEntry[] }>(await engine.call('audit.list', { actions: ['DISCLOSE'] })).entries;
}

function expectMarkedPages(pages: string[][], marking: string): void {
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) {
    expect(page[0]).toBe(marking);
    expect(page[page.length - 1]).toBe(marking);
  }
}

describe('export.save: PDF', () => {
  it('marks every page at top and bottom, with title, date, author, legend and the names in Noto Sans', async () => {
    const { engine } = await createTestVault();
    const destination = path.join(tempDir(), 'heron');
    const saved = value<ExportSaved>(await engine.call('export.save', input(destination)));
    expect(saved).toMatchObject({ path: `${destination}.pdf`, format: 'pdf', pages: 1 });
    const pages = await pdfPages(fs.readFileSync(saved.path));
    expect(pages).toHaveLength(1);
    expectMarkedPages(pages, 'OFFICIAL-SENSITIVE');
    const text = pages[0]!.join(' ');
    expect(text).toContain('Op Heron — car wash network');
    expect(text).toContain('Exported 05/03/2026 14:30 by Priya Shah (CC4127)');
    expect(text).toContain('Page 1 of 1');
    expect(text).toContain('Hand car wash');
    expect(text).toContain('Tentative link');
    // Vector content: the labels are text in the PDF, with letters Helvetica cannot encode.
    expect(text).toContain('Ionuț Popescu');
    expect(text).toContain('Nguyễn Thị Hương');
    expect(text).not.toMatch(/Handling code C/);
  });

  it('puts the handling conditions, TRAINING DATA and the map attribution on every page', async () => {
    const { engine } = await createTestVault();
    const conditions = ['No onward dissemination without the originator’s consent.', 'Do not disclose to the subject.'];
    const saved = value<ExportSaved>(
      await engine.call(
        'export.save',
        input(path.join(tempDir(), 'map.pdf'), {
          content: { kind: 'png', bytes: makePng(2400, 1600), width: 2400, height: 1600 },
          frame: frame({ trainingData: true, handlingConditions: [...conditions, conditions[0]!], attribution: '© Natural Earth, GeoNames (CC-BY 4.0)' }),
          page: { paper: 'A3', orientation: 'portrait', fit: 'tile' },
          subject: { kind: 'map', name: 'Sites' },
        }),
      ),
    );
    const pages = await pdfPages(fs.readFileSync(saved.path));
    expect(pages.length).toBe(saved.pages);
    expect(pages.length).toBeGreaterThan(1);
    expectMarkedPages(pages, 'OFFICIAL-SENSITIVE — TRAINING DATA');
    for (const page of pages) {
      const text = page.join(' ');
      expect(text).toContain('Handling code C — conditions apply to material shown:');
      for (const condition of conditions) expect(text.split(condition).length - 1).toBe(1);
      expect(text).toContain('Map data: © Natural Earth, GeoNames (CC-BY 4.0)');
    }
  });

  it('tiles a large picture over pages labelled by row and column, in reading order', async () => {
    const { engine } = await createTestVault();
    // 3,000 × 1,400 px at full size (0.75 pt/px) is 2,250 × 1,050 pt: 5 columns × 2 rows of A4 portrait boxes (539 pt wide).
    const saved = value<ExportSaved>(
      await engine.call(
        'export.save',
        input(path.join(tempDir(), 'wall.pdf'), {
          content: { kind: 'png', bytes: makePng(3000, 1400), width: 3000, height: 1400 },
          page: { paper: 'A4', orientation: 'portrait', fit: 'tile' },
        }),
      ),
    );
    const pages = await pdfPages(fs.readFileSync(saved.path));
    expect(saved.pages).toBe(10);
    expect(pages).toHaveLength(10);
    expectMarkedPages(pages, 'OFFICIAL-SENSITIVE');
    expect(pages[0]!.join(' ')).toContain('Page 1 of 10 — row 1, column 1');
    expect(pages[1]!.join(' ')).toContain('Page 2 of 10 — row 1, column 2');
    expect(pages[5]!.join(' ')).toContain('Page 6 of 10 — row 2, column 1');
    expect(pages[9]!.join(' ')).toContain('Page 10 of 10 — row 2, column 5');
  });

  it('never prints a lower marking than the vault’s own', async () => {
    const { engine } = await createTestVault();
    const saved = value<ExportSaved>(await engine.call('export.save', input(path.join(tempDir(), 'low.pdf'), { frame: frame({ marking: 'OFFICIAL' }) })));
    expectMarkedPages(await pdfPages(fs.readFileSync(saved.path)), 'OFFICIAL-SENSITIVE');
  });
});

describe('export.save: PNG and SVG', () => {
  it('writes PNG bytes exactly as the renderer framed them', async () => {
    const { engine } = await createTestVault();
    const png = makePng(320, 200);
    const saved = value<ExportSaved>(
      await engine.call('export.save', input(path.join(tempDir(), 'map'), { format: 'png', content: { kind: 'png', bytes: png, width: 320, height: 200 } })),
    );
    expect(saved.path.endsWith('map.png')).toBe(true);
    expect(new Uint8Array(fs.readFileSync(saved.path))).toEqual(png);
  });

  it('refuses bytes that are not a PNG', async () => {
    const { engine } = await createTestVault();
    const destination = path.join(tempDir(), 'fake.png');
    expectError(await engine.call('export.save', input(destination, { format: 'png', content: { kind: 'png', bytes: new Uint8Array([1, 2, 3]), width: 1, height: 1 } })), 'INVALID_INPUT');
    expect(fs.existsSync(destination)).toBe(false);
  });

  it('frames an SVG as a well-formed document carrying the marking, labels and legend', async () => {
    const { engine } = await createTestVault();
    const saved = value<ExportSaved>(
      await engine.call('export.save', input(path.join(tempDir(), 'chart.svg'), { format: 'svg', frame: frame({ handlingConditions: ['Do not disclose to the subject <urgent>.'] }) })),
    );
    const svg = fs.readFileSync(saved.path, 'utf8');
    const document = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const texts = [...document.getElementsByTagName('text')].map((node) => ({ role: node.getAttribute('data-role'), text: node.textContent }));
    expect(texts.filter((item) => item.role?.startsWith('banner'))).toEqual([
      { role: 'banner-top', text: 'OFFICIAL-SENSITIVE' },
      { role: 'banner-bottom', text: 'OFFICIAL-SENSITIVE' },
    ]);
    const all = texts.map((item) => item.text).join('\n');
    expect(all).toContain('Ionuț Popescu');
    expect(all).toContain('Confirmed link');
    expect(all).toContain('• Do not disclose to the subject <urgent>.');
  });

  it('refuses an SVG that carries script or fetches anything', async () => {
    const { engine } = await createTestVault();
    for (const svg of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect onload="alert(1)"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/beacon.png"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>',
    ]) {
      expectError(await engine.call('export.save', input(path.join(tempDir(), 'bad.svg'), { format: 'svg', content: { kind: 'svg', svg, width: 10, height: 10 } })), 'INVALID_INPUT');
    }
    expect(await disclosures(engine)).toEqual([]);
  });
});

describe('export.save: disclosure log', () => {
  it('logs a DISCLOSE entry with reason, recipients, targets and facts before publishing', async () => {
    const { engine } = await createTestVault();
    const saved = value<ExportSaved>(await engine.call('export.save', input(path.join(tempDir(), 'heron.pdf'))));
    const [entry] = await disclosures(engine);
    expect(entry).toMatchObject({
      action: 'DISCLOSE',
      operation: 'export.save',
      reason: disclosure.reason,
      recipients: disclosure.recipients,
      targets: [
        { type: 'entity', id: 'entity-1' },
        { type: 'entity', id: 'entity-2' },
      ],
      details: { facts: { format: 'PDF', paper: 'A4 landscape', pages: 1, entities: 2, file: 'heron.pdf', subject: 'chart', marking: 'OFFICIAL-SENSITIVE' } },
    });
    expect(fs.existsSync(`${saved.path}.partial`)).toBe(false);
  });

  it('caps the targets listed at 5,000 and records the full count', async () => {
    const { engine } = await createTestVault();
    const ids = Array.from({ length: 6000 }, (_, i) => `site-${i}`);
    value(await engine.call('export.save', input(path.join(tempDir(), 'many.pdf'), { entityIds: ids })));
    const [entry] = await disclosures(engine);
    expect(entry!.targets).toHaveLength(5000);
    expect(entry!.details?.facts?.entities).toBe(6000);
  });

  it('writes nothing and logs nothing when the destination cannot be written', async () => {
    const { engine } = await createTestVault();
    const dir = tempDir();
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'a file where a folder should be');
    const message = expectError(await engine.call('export.save', input(path.join(blocker, 'heron.pdf'))), 'IO_ERROR');
    expect(message).toMatch(/Nothing was saved and nothing was logged/);
    expect(fs.readdirSync(dir)).toEqual(['not-a-folder']);
    expect(await disclosures(engine)).toEqual([]);
  });

  it('asks for a reason for disclosure', async () => {
    const { engine } = await createTestVault();
    const destination = path.join(tempDir(), 'noreason.pdf');
    expectError(await engine.call('export.save', { ...input(destination), reason: '' }), 'INVALID_INPUT');
    expect(fs.existsSync(destination)).toBe(false);
  });
});

describe('export.save: handling conditions from the vault', () => {
  it('adds the conditions of C-graded evidence to PDFs, and refuses a PNG framed without them', async () => {
    const { engine } = await createTestVault();
    const report = await createReport(engine, { handlingCode: 'C', handlingConditions: 'Contact the originating unit before acting.' });
    const site = await createEntity(engine, { type: 'site', name: 'Car wash', location: { lat: 52.21, lon: 0.12 }, siteType: 'hand_car_wash' }, [report.summary.id]);
    expect(value(await engine.call('export.conditions', { entityIds: [site.summary.id] }))).toEqual({ conditions: ['Contact the originating unit before acting.'] });
    const saved = value<ExportSaved>(await engine.call('export.save', input(path.join(tempDir(), 'c.pdf'), { entityIds: [site.summary.id] })));
    const pages = await pdfPages(fs.readFileSync(saved.path));
    expect(pages[0]!.join(' ')).toContain('Contact the originating unit before acting.');
    const png = { kind: 'png' as const, bytes: makePng(10, 10), width: 10, height: 10 };
    const destination = path.join(tempDir(), 'c.png');
    expectError(await engine.call('export.save', input(destination, { format: 'png', content: png, entityIds: [site.summary.id] })), 'INVALID_INPUT');
    expect(fs.existsSync(destination)).toBe(false);
    value(await engine.call('export.save', input(destination, { format: 'png', content: png, entityIds: [site.summary.id], frame: frame({ handlingConditions: ['Contact the originating unit before acting.'] }) })));
  });
});
