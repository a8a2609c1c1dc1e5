import { describe, expect, it } from 'vitest';
import type { EntityDetail, EntitySummary, LinkDetail, MergeRecord } from '@shared/records';
import type { ReportInput } from '@shared/schemas/report';
import type { Engine } from '../../../electron/engine/index';
import { createTestVault, value } from '../../helpers/testVault';
import { PERSON, VAN, createEntity, createReport, reportInput } from '../../helpers/records';

async function summaryOf(engine: Engine, id: string): Promise<EntitySummary> {
  return value<EntityDetail>(await engine.call('entities.get', { id })).summary;
}

async function edit(engine: Engine, id: string, urn: string, overrides: Partial<ReportInput>): Promise<void> {
  value(await engine.call('reports.update', { id, report: reportInput({ urn, ...overrides }) }));
}

describe('evidence summaries (best grading, latest evidence, handling conditions)', () => {
  it("an entity's best grading follows a report regraded after linking", async () => {
    const { engine } = await createTestVault();
    const weak = await createReport(engine, { urn: 'IR/WEAK', sourceEvaluation: '3', intelligenceAssessment: 'D' });
    const fair = await createReport(engine, { sourceEvaluation: '2', intelligenceAssessment: 'C' });
    const person = await createEntity(engine, PERSON, [weak.summary.id, fair.summary.id]);
    expect((await summaryOf(engine, person.summary.id)).bestGrade).toMatchObject({ source: '2', assessment: 'C', handling: 'P' });

    await edit(engine, weak.summary.id, 'IR/WEAK', { sourceEvaluation: '1', intelligenceAssessment: 'A' });
    expect((await summaryOf(engine, person.summary.id)).bestGrade).toMatchObject({ source: '1', assessment: 'A', handling: 'P' });

    await edit(engine, weak.summary.id, 'IR/WEAK', { sourceEvaluation: '3', intelligenceAssessment: 'E' });
    expect((await summaryOf(engine, person.summary.id)).bestGrade).toMatchObject({ source: '2', assessment: 'C', handling: 'P' });
  });

  it("an entity's latest evidence and handling conditions follow a report redated or re-handled after linking", async () => {
    const { engine } = await createTestVault();
    const report = await createReport(engine, { urn: 'IR/DATED', occurredOn: '2026-01-10', receivedOn: '2026-01-12', recordedOn: '2026-01-12' });
    const van = await createEntity(engine, VAN, [report.summary.id]);
    expect(await summaryOf(engine, van.summary.id)).toMatchObject({ latestEvidenceOn: '2026-01-10', hasHandlingConditions: false });

    await edit(engine, report.summary.id, 'IR/DATED', {
      occurredOn: null,
      receivedOn: '2026-02-14',
      recordedOn: '2026-02-14',
      handlingCode: 'C',
      handlingConditions: 'Not to be disclosed to the employer.',
    });
    expect(await summaryOf(engine, van.summary.id)).toMatchObject({
      latestEvidenceOn: '2026-02-14',
      hasHandlingConditions: true,
      bestGrade: { source: '2', assessment: 'C', handling: 'C' },
    });
  });

  it("a link's best grading follows its report regraded after linking", async () => {
    const { engine } = await createTestVault();
    const report = await createReport(engine, { urn: 'IR/LINK', sourceEvaluation: '3', intelligenceAssessment: 'C' });
    const person = await createEntity(engine, PERSON);
    const van = await createEntity(engine, VAN);
    const created = value<LinkDetail>(
      await engine.call('links.create', { link: { fromId: person.summary.id, toId: van.summary.id, type: 'drives', strength: 'confirmed' }, evidence: [{ reportId: report.summary.id }] }),
    );
    await edit(engine, report.summary.id, 'IR/LINK', { sourceEvaluation: '1', intelligenceAssessment: 'B' });
    const { link } = value<LinkDetail>(await engine.call('links.get', { id: created.link.id }));
    expect(link.bestGrade).toMatchObject({ source: '1', assessment: 'B' });
  });

  it('merge then unmerge keeps evidence summaries', async () => {
    const { engine } = await createTestVault();
    const good = await createReport(engine, { sourceEvaluation: '1', intelligenceAssessment: 'B', occurredOn: '2026-01-05' });
    const shared = await createReport(engine, { sourceEvaluation: '3', intelligenceAssessment: 'D', occurredOn: '2026-02-01' });
    const late = await createReport(engine, { sourceEvaluation: '2', intelligenceAssessment: 'C', handlingCode: 'C', handlingConditions: 'Not to be shared with partners.', occurredOn: '2026-03-09', receivedOn: '2026-03-10', recordedOn: '2026-03-10' });
    const left = await createEntity(engine, PERSON, [good.summary.id, shared.summary.id]);
    const right = await createEntity(engine, { type: 'person', name: 'Popescu Ionut', aliases: ['Nelu'], category: 'suspect' }, [shared.summary.id, late.summary.id]);
    const before = { left: await summaryOf(engine, left.summary.id), right: await summaryOf(engine, right.summary.id) };

    const { entity, merge } = value<{ entity: EntityDetail; merge: MergeRecord }>(
      await engine.call('entities.merge', { survivorId: left.summary.id, mergedId: right.summary.id }),
    );
    expect(entity.summary).toMatchObject({
      evidenceCount: 3,
      bestGrade: { source: '1', assessment: 'B', handling: 'P' },
      latestEvidenceOn: '2026-03-09',
      hasHandlingConditions: true,
    });

    value(await engine.call('entities.unmerge', { mergeId: merge.id }));
    expect(await summaryOf(engine, left.summary.id)).toEqual(before.left);
    expect(await summaryOf(engine, right.summary.id)).toEqual(before.right);
  });

  it('removing evidence or deleting its report updates the summary', async () => {
    const { engine } = await createTestVault();
    const best = await createReport(engine, { sourceEvaluation: '1', intelligenceAssessment: 'A', occurredOn: '2026-03-01' });
    const other = await createReport(engine, { sourceEvaluation: '2', intelligenceAssessment: 'B', occurredOn: '2026-01-01' });
    const person = await createEntity(engine, PERSON, [best.summary.id, other.summary.id]);
    const detail = value<EntityDetail>(await engine.call('entities.get', { id: person.summary.id }));
    const bestEvidence = detail.evidence.find((item) => item.reportId === best.summary.id)!;

    value(await engine.call('evidence.remove', { id: bestEvidence.id }));
    expect(await summaryOf(engine, person.summary.id)).toMatchObject({ evidenceCount: 1, bestGrade: { source: '2', assessment: 'B' }, latestEvidenceOn: '2026-01-01' });

    value(await engine.call('reports.delete', { id: other.summary.id, reason: 'Entered in error' }));
    expect(await summaryOf(engine, person.summary.id)).toMatchObject({ evidenceCount: 0, bestGrade: null, latestEvidenceOn: null });
  });
});
