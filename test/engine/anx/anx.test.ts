import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnxImportSummary, SavedChart } from '@shared/contract/calls/charts';
import type { EntityDetail, EntitySummary } from '@shared/records';
import { validateAnx } from '../../../electron/engine/anx/anxSchema';
import { descendants, parseAnx } from '../../../electron/engine/anx/anxTree';
import { tempDir } from '../../helpers/tempDir';
import { createTestVault, value } from '../../helpers/testVault';
import { chartScenario } from '../../helpers/chartScenario';

async function exported() {
  const vault = await createTestVault();
  const scenario = await chartScenario(vault.engine);
  const saved = value<SavedChart>(await vault.engine.call('charts.save', { name: 'Op Heron', document: scenario.document }));
  const file = path.join(tempDir(), 'op-heron');
  const result = value<{ path: string }>(
    await vault.engine.call('charts.exportAnx', { chartId: saved.id, destination: file, reason: 'Case file for Op Heron', recipients: ['CPS East of England'] }),
  );
  return { ...vault, ...scenario, saved, file: result.path, xml: fs.readFileSync(result.path, 'utf8') };
}

describe('i2 ANX export', () => {
  it('writes a well-formed file that passes the schema check', async () => {
    const { xml, file } = await exported();
    expect(file.endsWith('op-heron.anx')).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(validateAnx(parseAnx(xml))).toEqual([]);
  });

  it('carries entity types, link types, strengths as dot styles, arrows, positions and attributes', async () => {
    const { xml } = await exported();
    const root = parseAnx(xml);
    expect(descendants(root, 'EntityType').map((type) => type.attributes.Name).sort()).toEqual(['Address', 'Person', 'Vehicle']);
    expect(descendants(root, 'Strength').map((strength) => [strength.attributes.Name, strength.attributes.DotStyle])).toEqual([
      ['Confirmed', 'DotStyleSolid'],
      ['Unconfirmed', 'DotStyleDashed'],
      ['Tentative', 'DotStyleDotted'],
    ]);
    expect(descendants(root, 'LinkStyle').map((style) => [style.attributes.Type, style.attributes.ArrowStyle])).toEqual(
      expect.arrayContaining([
        ['Drives', 'ArrowOnHead'],
        ['Works at', 'ArrowOnHead'],
      ]),
    );
    const attributes = descendants(root, 'Attribute').map((attribute) => `${attribute.attributes.AttributeClass}=${attribute.attributes.Value}`);
    expect(attributes).toEqual(expect.arrayContaining(['VRM=AB12 CDE', 'Date of Birth=1990-04-12', 'Postcode=PE13 2AA']));
    expect(descendants(root, 'End').map((end) => Number(end.attributes.X))).toEqual([0, 150, 300, 450]);
  });

  it('builds cards from the evidence with 3x5x2 as GradeOne/Two/Three and the source type, never the original text', async () => {
    const { xml, officer } = await exported();
    const cards = descendants(parseAnx(xml), 'Card');
    const card = cards.find((item) => item.attributes.SourceReference === officer.summary.urn)!;
    expect(card.attributes).toMatchObject({ GradeOneIndex: '0', GradeTwoIndex: '1', GradeThreeIndex: '0', SourceType: 'Police officer or staff' });
    expect(xml).not.toContain('name withheld');
    expect(cards.some((item) => item.attributes.Text?.startsWith('Handling code C — Do not disclose to the site owner.'))).toBe(true);
  });

  it('puts the protective marking in the chart’s Classification property and logs the disclosure', async () => {
    const { xml, engine, saved } = await exported();
    const classification = descendants(parseAnx(xml), 'CustomProperty').find((property) => property.attributes.Name === 'Classification');
    expect(classification?.attributes.Value).toBe('OFFICIAL-SENSITIVE PERSONAL DATA');
    const { entries } = value<{ entries: Array<{ action: string; reason: string; recipients: string[] }> }>(await engine.call('audit.list', { targetId: saved.id }));
    expect(entries[0]).toMatchObject({ action: 'DISCLOSE', reason: 'Case file for Op Heron', recipients: ['CPS East of England'] });
  });

  it('round-trips through import into another vault without losing entities, links, attributes or cards', async () => {
    const { file } = await exported();
    const target = await createTestVault();
    const summary = value<AnxImportSummary>(await target.engine.call('charts.importAnx', { path: file }));
    expect(summary).toMatchObject({ entitiesCreated: 4, linksCreated: 3, reportsCreated: 2, skipped: [] });
    const { rows } = value<{ rows: EntitySummary[] }>(await target.engine.call('entities.list', {}));
    expect(rows.map((row) => row.label).sort()).toEqual(['AB12 CDE', 'Agnieszka Wójcik', 'Ionuț POPESCU', 'Sparkle Hand Car Wash, PE13 2AA'].sort());
    const person = value<EntityDetail>(await target.engine.call('entities.get', { id: rows.find((row) => row.label === 'Ionuț POPESCU')!.id }));
    expect(person.fields).toMatchObject({ dateOfBirth: '1990-04-12', aliases: ['Johnny'], category: 'suspect' });
    expect(person.evidence[0]).toMatchObject({ grade: { source: '1', assessment: 'B', handling: 'P' } });
    expect(person.links.map((item) => [item.link.type, item.link.strength]).sort()).toEqual([
      ['controls_or_exploits', 'unconfirmed'],
      ['drives', 'tentative'],
    ]);
    const victim = value<EntityDetail>(await target.engine.call('entities.get', { id: rows.find((row) => row.label === 'Agnieszka Wójcik')!.id }));
    expect(victim.evidence[0]).toMatchObject({ grade: { handling: 'C' }, handlingConditions: 'Do not disclose to the site owner.' });
    expect(victim.fields).toMatchObject({ estimatedAge: 24, ageDisputed: true, category: 'victim' });
  });

  it('is idempotent on identity: importing the same file again adds nothing', async () => {
    const { file } = await exported();
    const target = await createTestVault();
    value(await target.engine.call('charts.importAnx', { path: file }));
    const again = value<AnxImportSummary>(await target.engine.call('charts.importAnx', { path: file }));
    expect(again).toMatchObject({ entitiesCreated: 0, entitiesMatched: 4, linksCreated: 0, linksMatched: 3, reportsCreated: 0 });
  });

  it('previews the entity types with suggested mappings, and honours an edited mapping', async () => {
    const { file } = await exported();
    const target = await createTestVault();
    const preview = value<{ entityTypes: Array<{ name: string; suggested: string }> }>(await target.engine.call('charts.previewAnx', { path: file }));
    expect(preview.entityTypes).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Vehicle', suggested: 'vehicle' })]));
    const summary = value<AnxImportSummary>(await target.engine.call('charts.importAnx', { path: file, typeMapping: { Vehicle: 'skip' } }));
    expect(summary.entitiesCreated).toBe(3);
    expect(summary.skipped.some((item) => /not mapped/.test(item.reason))).toBe(true);
  });

  it('says plainly when a file is not an ANX chart', async () => {
    const target = await createTestVault();
    const bogus = path.join(tempDir(), 'notes.anx');
    fs.writeFileSync(bogus, 'this is not xml');
    expect(await target.engine.call('charts.importAnx', { path: bogus })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/not an i2/) } });
  });
});

describe('ANX import safety', () => {
  it('refuses a file with a DTD (no entity expansion, no external entities)', async () => {
    const target = await createTestVault();
    const evil = path.join(tempDir(), 'evil.anx');
    fs.writeFileSync(evil, '<?xml version="1.0"?><!DOCTYPE Chart [<!ENTITY x SYSTEM "file:///etc/passwd">]><Chart><ChartItemCollection/></Chart>');
    expect(await target.engine.call('charts.importAnx', { path: evil })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/document type declaration/) } });
  });
});

describe('chart data exports', () => {
  it('writes nodes and links as CSV and FollowTheMoney JSON lines, each logged as a disclosure', async () => {
    const { engine, document } = await (async () => {
      const vault = await createTestVault();
      return { ...vault, ...(await chartScenario(vault.engine)) };
    })();
    const folder = tempDir();
    const csv = value<{ paths: string[] }>(await engine.call('charts.exportData', { format: 'csv', document, destination: path.join(folder, 'heron'), reason: 'Analysis for DS Khan', recipients: [] }));
    expect(csv.paths.map((file) => path.basename(file))).toEqual(['heron-nodes.csv', 'heron-links.csv']);
    const nodes = fs.readFileSync(csv.paths[0]!, 'utf8');
    expect(nodes).toContain('Ionuț POPESCU (12/04/1990)');
    expect(nodes.split('\r\n').filter(Boolean)).toHaveLength(5);
    const ftm = value<{ paths: string[] }>(await engine.call('charts.exportData', { format: 'ftm', document, destination: path.join(folder, 'heron'), reason: 'Hand-off to Aleph', recipients: [] }));
    const lines = fs.readFileSync(ftm.paths[0]!, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { schema: string; properties: Record<string, string[]> });
    expect(lines.map((line) => line.schema).sort()).toEqual(['Address', 'Person', 'Person', 'UnknownLink', 'UnknownLink', 'UnknownLink', 'Vehicle'].sort());
    expect(lines.find((line) => line.schema === 'Person' && line.properties.name?.[0] === 'Ionuț POPESCU')?.properties.birthDate).toEqual(['1990-04-12']);
    const { entries } = value<{ entries: Array<{ action: string; operation: string }> }>(await engine.call('audit.list', { actions: ['DISCLOSE'] }));
    expect(entries.map((entry) => entry.operation)).toEqual(['charts.exportData', 'charts.exportData']);
  });
});

describe('ANX schema check', () => {
  const minimal = (body: string) => `<?xml version="1.0"?><Chart>${body}</Chart>`;

  it('finds collections out of the schema’s order', () => {
    const problems = validateAnx(parseAnx(minimal('<ChartItemCollection/><StrengthCollection/>')));
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/out of order/);
  });

  it('finds missing required attributes and dangling ID references', () => {
    const xml = minimal(`
      <EntityTypeCollection><EntityType Id="ET1" Name="Person"/></EntityTypeCollection>
      <ChartItemCollection>
        <ChartItem Id="C1"><End X="0" Y="0"><Entity EntityId="E1" Identity="x"><Icon><IconStyle Type="Robot"/></Icon></Entity></End></ChartItem>
        <ChartItem Id="C2"><Link End1Id="E1" End2Id="E9"><LinkStyle Type="Knows"/></Link></ChartItem>
        <ChartItem><End><Entity/></End></ChartItem>
      </ChartItemCollection>`);
    const messages = validateAnx(parseAnx(xml)).map((problem) => problem.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Entity type "Robot" is not declared.',
        'End2Id="E9" does not refer to an entity on the chart.',
        'Link type "Knows" is not declared.',
        '<ChartItem> needs the Id attribute.',
        '<Entity> needs the EntityId attribute.',
      ]),
    );
  });

  it('requires the card collection before the link style', () => {
    const xml = minimal(`<LinkTypeCollection><LinkType Id="L" Name="Knows"/></LinkTypeCollection><ChartItemCollection>
      <ChartItem Id="A"><End><Entity EntityId="1" Identity="1"><Icon><IconStyle/></Icon></Entity></End></ChartItem>
      <ChartItem Id="B"><End><Entity EntityId="2" Identity="2"><Icon><IconStyle/></Icon></Entity></End></ChartItem>
      <ChartItem Id="C"><Link End1Id="1" End2Id="2"><LinkStyle Type="Knows"/><CardCollection/></Link></ChartItem></ChartItemCollection>`);
    expect(validateAnx(parseAnx(xml)).map((problem) => problem.message).join('\n')).toMatch(/<CardCollection> is out of order inside <Link>/);
  });
});
