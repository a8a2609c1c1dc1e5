import { describe, expect, it } from 'vitest';
import type { ReportDetail, ReportSummary } from '@shared/records';
import type { AuditEntry } from '@shared/audit';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { createReport, reportInput } from '../../helpers/records';

async function auditFor(engine: Awaited<ReturnType<typeof createTestVault>>['engine'], id: string): Promise<AuditEntry[]> {
  return value<{ entries: AuditEntry[] }>(await engine.call('audit.list', { targetId: id })).entries;
}

describe('intelligence reports', () => {
  it('creates a 3x5x2-graded report and audits it as COLLECT', async () => {
    const { engine } = await createTestVault();
    const report = await createReport(engine);
    expect(report.summary).toMatchObject({ grade: { source: '2', assessment: 'C', handling: 'P' }, protectiveMarking: 'OFFICIAL-SENSITIVE', origin: 'manual' });
    expect(report.fields.originalText).toBe('');
    expect(report.fields.nextReviewDate).toBe('2032-03-04');
    expect((await auditFor(engine, report.summary.id)).map((entry) => entry.action)).toEqual(['COLLECT']);
  });

  it('refuses a handling code C report without conditions, and keeps conditions with it when given', async () => {
    const { engine } = await createTestVault();
    const message = expectError(await engine.call('reports.create', { report: reportInput({ handlingCode: 'C' }) }), 'INVALID_INPUT');
    expect(message).toMatch(/Handling code C needs the conditions/);
    const report = await createReport(engine, { handlingCode: 'C', handlingConditions: 'No onward dissemination without originator consent.' });
    expect(report.summary.handlingConditions).toBe('No onward dissemination without originator consent.');
  });

  it('refuses SECRET with an explanation', async () => {
    const { engine } = await createTestVault();
    const message = expectError(await engine.call('reports.create', { report: reportInput({ protectiveMarking: 'SECRET' }) }), 'INVALID_INPUT');
    expect(message).toMatch(/OFFICIAL/);
  });

  it('refuses impossible and future dates, naming the field', async () => {
    const { engine } = await createTestVault();
    expect(expectError(await engine.call('reports.create', { report: reportInput({ receivedOn: '2026-02-31' }) }), 'INVALID_INPUT')).toMatch(/Date received/);
    expect(expectError(await engine.call('reports.create', { report: reportInput({ recordedOn: '2999-01-01' }) }), 'INVALID_INPUT')).toMatch(/future/);
  });

  it.each(['1', '2', '3'] as const)('accepts source evaluation %s', async (source) => {
    const { engine } = await createTestVault();
    expect((await createReport(engine, { sourceEvaluation: source })).summary.grade.source).toBe(source);
  });

  it.each(['A', 'B', 'C', 'D', 'E'] as const)('accepts intelligence assessment %s', async (assessment) => {
    const { engine } = await createTestVault();
    expect((await createReport(engine, { intelligenceAssessment: assessment })).summary.grade.assessment).toBe(assessment);
  });

  it('refuses a second report with the same URN', async () => {
    const { engine } = await createTestVault();
    await createReport(engine, { urn: 'IR/2026/DUP' });
    expect(expectError(await engine.call('reports.create', { report: reportInput({ urn: 'IR/2026/DUP' }) }), 'CONFLICT')).toMatch(/already in the vault/);
  });

  it('keeps a legacy 5x5x5 grade verbatim beside the 3x5x2 fields', async () => {
    const { engine } = await createTestVault();
    const report = await createReport(engine, { legacyGrade: 'B24' });
    expect(report.summary.legacyGrade).toBe('B24');
    expect(report.summary.grade).toMatchObject({ source: '2', assessment: 'C' });
  });

  it('shows the original text only in the restricted view, and logs that view', async () => {
    const { engine } = await createTestVault();
    const { summary } = await createReport(engine);
    expect(value<ReportDetail>(await engine.call('reports.get', { id: summary.id })).fields.originalText).toBe('');
    const restricted = value<ReportDetail>(await engine.call('reports.get', { id: summary.id, restricted: true }));
    expect(restricted.fields.originalText).toMatch(/name withheld/);
    const consults = (await auditFor(engine, summary.id)).filter((entry) => entry.action === 'CONSULT');
    expect(consults.map((entry) => entry.details?.facts?.restrictedView ?? false)).toEqual([true, false]);
  });

  it('audits an edit as ALTER with a field diff that names the restricted field without its contents', async () => {
    const { engine } = await createTestVault();
    const { summary } = await createReport(engine);
    const edited = reportInput({ urn: summary.urn, title: 'Workers collected from HMO in March', originalText: 'SECRET-SOURCE-DETAIL' });
    value(await engine.call('reports.update', { id: summary.id, report: edited }));
    const alter = (await auditFor(engine, summary.id)).find((entry) => entry.action === 'ALTER')!;
    expect(alter.details?.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', before: 'Workers collected from HMO in Wisbech at 05:00', after: 'Workers collected from HMO in March' },
        { field: 'originalText', restricted: true },
      ]),
    );
    expect(JSON.stringify(alter)).not.toContain('SECRET-SOURCE-DETAIL');
  });

  it('keeps the restricted original text when an edit leaves it out', async () => {
    const { engine } = await createTestVault();
    const { summary } = await createReport(engine);
    const { originalText: _left, ...edited } = reportInput({ urn: summary.urn, title: 'Retitled' });
    value(await engine.call('reports.update', { id: summary.id, report: edited }));
    const restricted = value<ReportDetail>(await engine.call('reports.get', { id: summary.id, restricted: true }));
    expect(restricted.fields).toMatchObject({ title: 'Retitled', originalText: expect.stringMatching(/name withheld/) });
  });

  it('records nothing when an unchanged report is saved', async () => {
    const { engine } = await createTestVault();
    const { summary } = await createReport(engine, { urn: 'IR/SAME' });
    value(await engine.call('reports.update', { id: summary.id, report: reportInput({ urn: 'IR/SAME' }) }));
    expect((await auditFor(engine, summary.id)).map((entry) => entry.action)).toEqual(['COLLECT']);
  });

  it('erases a report with a reason (ERASE), removing the evidence it gave', async () => {
    const { engine } = await createTestVault();
    const { summary } = await createReport(engine);
    const entity = value<{ summary: { id: string; evidenceCount: number } }>(
      await engine.call('entities.create', { entity: { type: 'vehicle', vrm: 'AB12CDE' }, evidence: [{ reportId: summary.id }] }),
    );
    expect(entity.summary.evidenceCount).toBe(1);
    value(await engine.call('reports.delete', { id: summary.id, reason: 'MoPI review: no policing purpose' }));
    expectError(await engine.call('reports.get', { id: summary.id }), 'NOT_FOUND');
    const erase = (await auditFor(engine, summary.id)).find((entry) => entry.action === 'ERASE')!;
    expect(erase.reason).toBe('MoPI review: no policing purpose');
    expect(value<{ summary: { evidenceCount: number } }>(await engine.call('entities.get', { id: entity.summary.id })).summary.evidenceCount).toBe(0);
  });

  it('lists reports sorted and filtered by grade, district, exploitation and date', async () => {
    const { engine } = await createTestVault();
    await createReport(engine, { urn: 'A1', sourceEvaluation: '1', intelligenceAssessment: 'B', occurredOn: '2026-01-05', district: 'E06000031', exploitationTypes: ['criminal'] });
    await createReport(engine, { urn: 'A2', sourceEvaluation: '2', intelligenceAssessment: 'D', occurredOn: '2026-02-05' });
    await createReport(engine, { urn: 'A3', sourceEvaluation: '3', intelligenceAssessment: 'E', occurredOn: '2026-03-01' });
    const list = async (input: Record<string, unknown>) => value<{ rows: ReportSummary[]; total: number }>(await engine.call('reports.list', input));
    expect((await list({ sort: { key: 'grade', direction: 'asc' } })).rows.map((row) => row.urn)).toEqual(['A1', 'A2', 'A3']);
    expect((await list({ filter: { sourceEvaluation: ['1', '2'] } })).total).toBe(2);
    expect((await list({ filter: { district: 'E06000031' } })).rows.map((row) => row.urn)).toEqual(['A1']);
    expect((await list({ filter: { exploitationType: 'criminal' } })).rows.map((row) => row.urn)).toEqual(['A1']);
    expect((await list({ filter: { from: '2026-02-01', to: '2026-02-28' } })).rows.map((row) => row.urn)).toEqual(['A2']);
    expect((await list({ filter: { text: 'wisbech' } })).total).toBe(3);
  });

  it('saves, lists and deletes saved filters', async () => {
    const { engine } = await createTestVault();
    const saved = value<{ id: string }>(await engine.call('reports.saveView', { name: 'Fenland 1-2', filter: { district: 'E07000010', sourceEvaluation: ['1', '2'] } }));
    expect(value(await engine.call('reports.savedViews', {}))).toEqual([{ id: saved.id, name: 'Fenland 1-2', filter: { district: 'E07000010', sourceEvaluation: ['1', '2'] } }]);
    value(await engine.call('reports.deleteView', { id: saved.id }));
    expect(value(await engine.call('reports.savedViews', {}))).toEqual([]);
  });

  it('extracts identifiers and names of entities already in the vault from report text', async () => {
    const { engine } = await createTestVault();
    const person = value<{ summary: { id: string } }>(await engine.call('entities.create', { entity: { type: 'person', name: 'Ionuț Popescu', category: 'suspect' } }));
    const found = value<Array<{ kind: string; normalised: string; entityId?: string }>>(
      await engine.call('reports.extract', { text: 'Ionut POPESCU drove AB12 CDE to PE13 2AA; call 07700 900123.' }),
    );
    expect(found.map((item) => item.kind).sort()).toEqual(['known-entity', 'phone', 'postcode', 'vrm']);
    expect(found.find((item) => item.kind === 'known-entity')?.entityId).toBe(person.summary.id);
  });
});
