import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@shared/contract/calls/ingest';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { tempDir } from '../../helpers/tempDir';
import { auditCount, auditEntries, csvText, REPORT_HEADERS, reportFields, reportRow, reportsByUrn, reportsCsv, runImport, writeFile } from './ingestKit';

describe('importing a reports file', () => {
  it('imports every valid row with its fields as written (dates read day first, lists split on semicolons)', async () => {
    const vault = await createTestVault();
    const file = reportsCsv([
      reportRow(1, { occurred_on: '03/05/2024', received_on: '04/05/2024', recorded_on: '2024-05-05', exploitation_types: 'labour; hand_car_wash', indicators: 'Malnourished, unkempt or exhausted;work_injuries;' }),
      reportRow(2, { handling_code: 'c', handling_conditions: 'Do not disclose to the subject.', district: 'Fenland', source_type: 'Modern Slavery Helpline' }),
    ]);
    const { status, outcome } = await runImport(vault, file);
    expect(status.state).toBe('succeeded');
    expect(outcome).toMatchObject({ kind: 'reports', imported: 2, updated: 0, unchanged: 0, rejected: [] });
    const stored = await reportsByUrn(vault);
    const first = await reportFields(vault, stored.get('IR/2024/00001')!.id);
    expect(first).toMatchObject({
      occurredOn: '2024-05-03',
      receivedOn: '2024-05-04',
      recordedOn: '2024-05-05',
      exploitationTypes: ['labour', 'hand_car_wash'],
      indicators: ['malnourished_unkempt', 'work_injuries'],
      originalText: 'Caller (named) said workers are collected at 06:00. Report 1.',
      author: { name: 'DC Sarah Clarke', staffNumber: 'CC1234' },
      mopiGroup: 2,
    });
    const second = await reportFields(vault, stored.get('IR/2024/00002')!.id);
    expect(second).toMatchObject({ handlingCode: 'C', handlingConditions: 'Do not disclose to the subject.', district: 'E07000010', sourceType: 'modern_slavery_helpline' });
  });

  it('imports a Windows-1252 file with CRLF line ends and quoted multi-line text, names intact', async () => {
    const vault = await createTestVault();
    const text = csvText(REPORT_HEADERS, [reportRow(1, { title: 'Müller and José, £50 a week', sanitised_text: 'First line.\r\nSecond line, with "quotes".' })]);
    expect(text).toContain('\r\n');
    const { outcome } = await runImport(vault, writeFile('legacy.csv', Buffer.from(text, 'latin1')));
    expect(outcome).toMatchObject({ imported: 1, rejected: [] });
    const fields = await reportFields(vault, (await reportsByUrn(vault)).get('IR/2024/00001')!.id);
    expect(fields).toMatchObject({ title: 'Müller and José, £50 a week', sanitisedText: 'First line.\r\nSecond line, with "quotes".' });
  });

  it('ignores columns that are not mapped (extra columns)', async () => {
    const vault = await createTestVault();
    const headers = [...REPORT_HEADERS, 'Notes for the team', 'Colour'];
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { 'Notes for the team': 'ignore me', Colour: 'blue' })], headers));
    expect(outcome).toMatchObject({ imported: 1, rejected: [] });
  });

  it('refuses a file that lacks required columns, naming them, and imports nothing', async () => {
    const vault = await createTestVault();
    const file = writeFile('partial.csv', csvText(['urn', 'title', 'sanitised_text'], [{ urn: 'IR/1', title: 'x', sanitised_text: 'y' }]));
    const message = expectError(await vault.engine.call('import.start', { path: file, kind: 'reports' }), 'INVALID_INPUT');
    expect(message).toMatch(/^partial\.csv has no column for Source evaluation \(source_evaluation\), Intelligence assessment/);
    expect(message).toMatch(/MoPI group \(mopi_group\), which are required/);
    expect((await reportsByUrn(vault)).size).toBe(0);
  });

  it('fails the call, not a job, when the file cannot be read', async () => {
    const vault = await createTestVault();
    const message = expectError(await vault.engine.call('import.start', { path: path.join(tempDir(), 'gone.csv'), kind: 'reports' }), 'IO_ERROR');
    expect(message).toBe('Fenlight could not read gone.csv: there is no such file.');
    expect(value<unknown[]>(await vault.engine.call('jobs.list', {}))).toEqual([]);
  });

  it('rejects a row with an impossible or unreadable date, naming the column, and keeps the others', async () => {
    const vault = await createTestVault();
    const { outcome } = await runImport(
      vault,
      reportsCsv([reportRow(1), reportRow(2, { received_on: '31/02/2024' }), reportRow(3, { recorded_on: 'last Tuesday' }), reportRow(4, { occurred_on: '05/03/2999', received_on: '06/03/2999', recorded_on: '07/03/2999' })]),
    );
    expect(outcome.imported).toBe(1);
    expect(outcome.rejected).toEqual([
      { row: 3, column: 'received_on', reason: 'Date received “31/02/2024” is not a real date. Dates are read day first (dd/mm/yyyy), so 03/05/2024 is 3 May 2024.' },
      { row: 4, column: 'recorded_on', reason: 'Date recorded “last Tuesday” is not a date: write it as dd/mm/yyyy, for example 05/03/2024.' },
      { row: 5, column: 'occurred_on', reason: expect.stringMatching(/^Date occurred cannot be in the future/) },
    ]);
    expect([...(await reportsByUrn(vault)).keys()]).toEqual(['IR/2024/00001']);
  });

  it('rejects the second of two rows with the same URN, naming both rows', async () => {
    const vault = await createTestVault();
    const rows = [reportRow(1), reportRow(2), reportRow(3), reportRow(2, { title: 'A different title' })];
    const { outcome } = await runImport(vault, reportsCsv(rows));
    expect(outcome.imported).toBe(3);
    expect(outcome.rejected).toEqual([{ row: 5, column: 'urn', reason: 'URN IR/2024/00002 appears twice in this file (rows 3 and 5): only the first was imported.' }]);
    expect((await reportsByUrn(vault)).get('IR/2024/00002')!.title).toBe('Workers collected from Wisbech car wash (2)');
  });

  it('stores cells that look like formulas as plain text, never evaluated or stripped', async () => {
    const vault = await createTestVault();
    const formulaTitle = '=HYPERLINK("http://evil.example","Click")';
    const text = '+44 7700 900123 then -1 and @SUM(A1:A9) =1+1';
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { title: formulaTitle, sanitised_text: text, original_text: '=cmd|\' /C calc\'!A0', author_name: '@Analyst' })]));
    expect(outcome).toMatchObject({ imported: 1, rejected: [] });
    const fields = await reportFields(vault, (await reportsByUrn(vault)).get('IR/2024/00001')!.id);
    expect(fields).toMatchObject({ title: formulaTitle, sanitisedText: text, originalText: '=cmd|\' /C calc\'!A0', author: { name: '@Analyst' } });
  });

  it('leaves nothing behind for a rejected row: no report, no entity from its text, no audit target', async () => {
    const vault = await createTestVault();
    const rejectedText = 'Silver Astra AB15 XYZ seen at PE13 2AB; driver uses 07700 900456.';
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1), reportRow(2, { handling_code: 'C', handling_conditions: '', sanitised_text: rejectedText })]));
    expect(outcome.rejected).toEqual([{ row: 3, column: 'handling_conditions', reason: expect.stringMatching(/^Handling code C needs the conditions/) }]);
    expect([...(await reportsByUrn(vault)).keys()]).toEqual(['IR/2024/00001']);
    const entities = value<{ total: number }>(await vault.engine.call('entities.list', {}));
    expect(entities.total).toBe(0);
    const collected = (await auditEntries(vault, ['COLLECT'])).flatMap((entry) => entry.targets);
    expect(collected).toHaveLength(1);
  });

  it('keeps a legacy 5x5x5 grade verbatim beside the 3x5x2 grade, never converted', async () => {
    const vault = await createTestVault();
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { legacy_grade: 'b24' }), reportRow(2, { legacy_grade: 'B 3 5' })]));
    expect(outcome.rejected).toEqual([]);
    const stored = await reportsByUrn(vault);
    expect(stored.get('IR/2024/00001')!.legacyGrade).toBe('b24');
    expect(stored.get('IR/2024/00002')!.legacyGrade).toBe('B 3 5');
    const fields = await reportFields(vault, stored.get('IR/2024/00001')!.id);
    expect(fields).toMatchObject({ sourceEvaluation: '2', intelligenceAssessment: 'B', handlingCode: 'P', legacyGrade: 'b24' });
  });

  it('refuses a row with only a legacy grade, saying it is never converted to 3x5x2', async () => {
    const vault = await createTestVault();
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { legacy_grade: 'B24', source_evaluation: '', intelligence_assessment: '', handling_code: '' })]));
    expect(outcome.rejected).toEqual([
      {
        row: 2,
        column: 'source_evaluation',
        reason: 'Source evaluation is required. The legacy 5x5x5 grade B24 is kept exactly as written but is never converted: give the 3x5x2 grade as well.',
      },
    ]);
  });

  it('names a list entry that is not a known code or label', async () => {
    const vault = await createTestVault();
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { exploitation_types: 'labour;car washing' })]));
    expect(outcome.rejected).toEqual([{ row: 2, column: 'exploitation_types', reason: 'Exploitation types: “car washing” is not one Fenlight knows. Use the codes or names listed in the README (“Import file formats”).' }]);
  });

  it('rejects a malformed legacy grade with the schema’s reason', async () => {
    const vault = await createTestVault();
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { legacy_grade: '2-B-P' })]));
    expect(outcome.rejected).toEqual([{ row: 2, column: 'legacy_grade', reason: expect.stringMatching(/^Legacy 5x5x5 grade “2-B-P” is not valid/) }]);
  });
});

describe('importing the same file again', () => {
  it('changes nothing: 0 imported, 0 updated, N unchanged, and no audit entry but the job’s own', async () => {
    const vault = await createTestVault();
    const rows = Array.from({ length: 12 }, (_, i) => reportRow(i + 1, { sanitised_text: `Van AB15 CDE at PE13 2AB (${i}); call 07700 900123.` }));
    const file = reportsCsv([...rows, reportRow(99, { received_on: 'not a date' })]);
    const first = await runImport(vault, file);
    expect(first.outcome).toMatchObject({ imported: 12, updated: 0, unchanged: 0, extractedEntities: 3 });
    const before = await auditCount(vault);
    const entitiesBefore = value<{ total: number }>(await vault.engine.call('entities.list', {})).total;
    const second = await runImport(vault, file);
    expect(second.outcome).toMatchObject({ imported: 0, updated: 0, unchanged: 12, extractedEntities: 0 });
    expect(second.outcome.rejected).toHaveLength(1);
    const after = await auditEntries(vault);
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ action: 'COLLECT', operation: 'import.reports', targets: [], details: { facts: { file: 'reports.csv', imported: 0, updated: 0, unchanged: 12, rejected: 1, ending: 'finished' } } });
    expect(value<{ total: number }>(await vault.engine.call('entities.list', {})).total).toBe(entitiesBefore);
  });

  it('updates a report whose fields changed, with an ALTER naming the restricted original text without its value', async () => {
    const vault = await createTestVault();
    await runImport(vault, reportsCsv([reportRow(1), reportRow(2)]));
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { title: 'Revised title', original_text: 'Secret source detail, revised.' }), reportRow(2)]));
    expect(outcome).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    const alters = await auditEntries(vault, ['ALTER']);
    expect(alters).toHaveLength(1);
    const id = (await reportsByUrn(vault)).get('IR/2024/00001')!.id;
    expect(alters[0]).toMatchObject({ operation: 'import.reports', targets: [{ type: 'report', id }] });
    expect(alters[0]!.details!.changes).toEqual([
      { field: 'title', before: 'Workers collected from Wisbech car wash (1)', after: 'Revised title' },
      { field: 'originalText', restricted: true },
    ]);
    expect(JSON.stringify(alters[0])).not.toMatch(/Secret source detail/);
  });

  it('keeps stored values for columns the file does not have', async () => {
    const vault = await createTestVault();
    await runImport(vault, reportsCsv([reportRow(1)]));
    const narrow = REPORT_HEADERS.filter((header) => !['original_text', 'author_staff_number', 'legacy_grade'].includes(header));
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { title: 'Only the title changed' })], narrow));
    expect(outcome).toMatchObject({ updated: 1 });
    const fields = await reportFields(vault, (await reportsByUrn(vault)).get('IR/2024/00001')!.id);
    expect(fields).toMatchObject({ title: 'Only the title changed', originalText: 'Caller (named) said workers are collected at 06:00. Report 1.', author: { staffNumber: 'CC1234' } });
  });
});

describe('column mapping', () => {
  const theirHeaders: Record<string, string> = {
    urn: 'Reference',
    title: 'Subject',
    sanitised_text: 'Text',
    source_evaluation: 'Source Eval',
    intelligence_assessment: 'Intel Assessment',
    handling_code: 'Handling',
    protective_marking: 'Marking',
    source_type: 'How Received',
    received_on: 'Date Received',
    recorded_on: 'Date Recorded',
    author_name: 'Officer',
    mopi_group: 'MoPI',
  };

  function theirFile(): string {
    const rows = [1, 2].map((n) => {
      const row = reportRow(n);
      return Object.fromEntries(Object.entries(theirHeaders).map(([canonical, header]) => [header, row[canonical]!]));
    });
    return writeFile('niche-export.csv', csvText([...Object.values(theirHeaders), 'Ward'], rows));
  }

  it('suggests a mapping in the preview, with the canonical columns and a sample', async () => {
    const vault = await createTestVault();
    const preview = value<ImportPreview>(await vault.engine.call('import.preview', { path: theirFile(), kind: 'reports' }));
    expect(preview).toMatchObject({ fileName: 'niche-export.csv', format: 'csv', encoding: 'utf-8', rowCount: 2, suggestedMapping: theirHeaders });
    expect(preview.headers).toContain('Ward');
    expect(preview.sampleRows[0]![0]).toBe('IR/2024/00001');
    expect(preview.canonicalColumns.find((column) => column.name === 'urn')).toEqual({ name: 'urn', label: 'URN', required: true });
  });

  it('imports with a mapping and saves it for reuse under a name', async () => {
    const vault = await createTestVault();
    const { outcome } = await runImport(vault, theirFile(), 'reports', { mapping: theirHeaders, saveMappingAs: 'Niche export' });
    expect(outcome).toMatchObject({ imported: 2, rejected: [] });
    expect(value(await vault.engine.call('import.mappings', { kind: 'reports' }))).toEqual([{ name: 'Niche export', mapping: theirHeaders }]);
    expect(value(await vault.engine.call('import.mappings', { kind: 'entities' }))).toEqual([]);
    const preview = value<ImportPreview>(await vault.engine.call('import.preview', { path: theirFile(), kind: 'reports', mappingName: 'Niche export' }));
    expect(preview.suggestedMapping).toEqual(theirHeaders);
    expectError(await vault.engine.call('import.preview', { path: theirFile(), kind: 'reports', mappingName: 'Nope' }), 'NOT_FOUND');
  });
});

describe('bulk extraction from report text', () => {
  it('creates entities marked unreviewed, with the report as evidence, and lists them for review', async () => {
    const vault = await createTestVault();
    const text = 'White Transit AB15 CDE seen at PE13 2AB. Driver uses 07700 900123 and boss@example.com; NINO AB 12 34 56 C found.';
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { sanitised_text: text, original_text: 'Restricted: 07700 900999 and CB1 1JG' })]));
    expect(outcome).toMatchObject({ imported: 1, extractedEntities: 5 });
    const unreviewed = value<{ rows: Array<{ id: string; type: string; label: string; reviewState: string; evidenceCount: number }> }>(
      await vault.engine.call('entities.list', { reviewState: 'unreviewed' }),
    );
    expect(unreviewed.rows.map((row) => [row.type, row.label, row.evidenceCount]).sort()).toEqual([
      ['document', 'National Insurance number AB123456C', 1],
      ['email', 'boss@example.com', 1],
      ['phone', '07700 900123', 1],
      ['site', 'Unnamed site, PE13 2AB', 1],
      ['vehicle', 'AB15 CDE', 1],
    ]);
    // The original text is restricted: nothing is drawn from it.
    expect(value<{ total: number }>(await vault.engine.call('entities.list', { text: '900999' })).total).toBe(0);
    const collect = (await auditEntries(vault, ['COLLECT'])).find((entry) => entry.targets.length > 0)!;
    expect(collect.targets.filter((target) => target.type === 'entity')).toHaveLength(5);
  });

  it('adds evidence to an entity already in the vault (by identity or known name) instead of creating another', async () => {
    const vault = await createTestVault();
    const van = value<{ summary: { id: string } }>(await vault.engine.call('entities.create', { entity: { type: 'vehicle', vrm: 'AB15 CDE' }, evidence: [] }));
    const boss = value<{ summary: { id: string } }>(
      await vault.engine.call('entities.create', { entity: { type: 'person', name: 'Florin Bălan', category: 'suspect' }, evidence: [] }),
    );
    const { outcome } = await runImport(vault, reportsCsv([reportRow(1, { sanitised_text: 'Florin Balan drives ab15cde, reg AB15 CDE.' })]));
    expect(outcome).toMatchObject({ imported: 1, extractedEntities: 0 });
    for (const id of [van.summary.id, boss.summary.id]) {
      const detail = value<{ summary: { reviewState: string; evidenceCount: number } }>(await vault.engine.call('entities.get', { id }));
      expect(detail.summary).toMatchObject({ reviewState: 'reviewed', evidenceCount: 1 });
    }
    const combine = await auditEntries(vault, ['COMBINE']);
    expect(combine).toHaveLength(1);
    expect(combine[0]!.targets.map((target) => target.id).sort()).toEqual([van.summary.id, boss.summary.id].sort());
  });

  it('reuses an entity extracted earlier in the same import (one entity, one card per report)', async () => {
    const vault = await createTestVault();
    const rows = Array.from({ length: 3 }, (_, i) => reportRow(i + 1, { sanitised_text: `Van AB15 CDE again (${i}). AB15 CDE.` }));
    const { outcome } = await runImport(vault, reportsCsv(rows));
    expect(outcome.extractedEntities).toBe(1);
    const van = value<{ rows: Array<{ evidenceCount: number }> }>(await vault.engine.call('entities.list', { type: 'vehicle' }));
    expect(van.rows).toEqual([expect.objectContaining({ evidenceCount: 3 })]);
  });
});

describe('an Excel workbook of reports', () => {
  it('imports the first worksheet like a CSV, dates typed as dates included', async () => {
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Export');
    sheet.addRow(REPORT_HEADERS);
    const row = reportRow(1);
    sheet.addRow(REPORT_HEADERS.map((header) => (header === 'received_on' ? new Date(Date.UTC(2024, 2, 2)) : header === 'mopi_group' ? 2 : row[header])));
    sheet.addRow(REPORT_HEADERS.map((header) => reportRow(2, { title: '=SUM(A1)' })[header]));
    const file = path.join(tempDir(), 'reports.xlsx');
    await workbook.xlsx.writeFile(file);
    const vault = await createTestVault();
    const { outcome } = await runImport(vault, file);
    expect(outcome).toMatchObject({ imported: 2, rejected: [] });
    const stored = await reportsByUrn(vault);
    expect(await reportFields(vault, stored.get('IR/2024/00001')!.id)).toMatchObject({ receivedOn: '2024-03-02', mopiGroup: 2 });
    expect(stored.get('IR/2024/00002')!.title).toBe('=SUM(A1)');
  });
});

describe('saving rejected rows', () => {
  it('writes the rejected rows as read, with Row, Column and Reason, formulas neutralised', async () => {
    const vault = await createTestVault();
    const file = reportsCsv([reportRow(1), reportRow(2, { received_on: '31/02/2024', title: '=HYPERLINK("x")' }), reportRow(3, { mopi_group: '7' })]);
    const { jobId, outcome } = await runImport(vault, file);
    expect(outcome.rejected).toHaveLength(2);
    const destination = path.join(tempDir(), 'to-fix');
    const saved = value<{ path: string; rows: number }>(await vault.engine.call('import.saveRejected', { jobId, destination }));
    expect(saved).toEqual({ path: `${destination}.csv`, rows: 2 });
    const lines = fs.readFileSync(saved.path, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(`${REPORT_HEADERS.join(',')},Row,Column,Reason`);
    expect(lines[1]).toMatch(/^IR\/2024\/00002,'=HYPERLINK\(""x""\)",|^IR\/2024\/00002,"'=HYPERLINK\(""x""\)",/);
    expect(lines[1]).toMatch(/,3,received_on,"Date received “31\/02\/2024” is not a real date/);
    expect(lines[2]).toMatch(/,7,,,4,mopi_group,"MoPI group must be 1, 2 or 3\."$/);
  });

  it('says so when the import is no longer held', async () => {
    const vault = await createTestVault();
    expectError(await vault.engine.call('import.saveRejected', { jobId: 'no-such-job', destination: path.join(tempDir(), 'x.csv') }), 'NOT_FOUND');
  });
});

describe('cancelling an import', () => {
  it('stops between batches, keeps the committed batches (logged), says so, and a re-import finishes the job', async () => {
    const vault = await createTestVault();
    const rows = Array.from({ length: 1_600 }, (_, i) => reportRow(i + 1));
    const file = reportsCsv(rows);
    const { jobId } = value<{ jobId: string }>(await vault.engine.call('import.start', { path: file, kind: 'reports' }));
    // Let the first batch commit, then cancel: the job sees it at its next checkpoint.
    await new Promise<void>((resolve) => {
      const off = vault.engine.subscribe((event) => {
        if (event.name === 'job.progress' && event.payload.jobId === jobId && event.payload.done >= 500) {
          off();
          resolve();
        }
      });
    });
    expect(value<{ cancelled: boolean }>(await vault.engine.call('jobs.cancel', { jobId }))).toEqual({ cancelled: true });
    const status = await vault.engine.jobs.wait(jobId);
    expect(status.state).toBe('cancelled');
    expect(status.error?.message).toMatch(/^The import was cancelled after [\d,]+ rows\. The [\d,]+ rows already imported or updated are kept \(and logged\)/);
    const partial = value<{ imported: number }>(await vault.engine.call('import.outcome', { jobId }));
    expect(partial.imported % 500).toBe(0);
    expect(partial.imported).toBeLessThan(1_600);
    expect((await reportsByUrn(vault)).size).toBe(partial.imported);
    const summary = (await auditEntries(vault, ['COLLECT']))[0]!;
    expect(summary.details!.facts).toMatchObject({ ending: 'cancelled', imported: partial.imported });
    const again = await runImport(vault, file);
    expect(again.outcome).toMatchObject({ imported: 1_600 - partial.imported, unchanged: partial.imported });
  });
});
