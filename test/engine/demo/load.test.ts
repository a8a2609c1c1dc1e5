import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/audit';
import type { JobFinished } from '@shared/contract/events';
import type { SearchResult } from '@shared/contract/calls/search';
import type { VaultStatus } from '@shared/vault/types';
import { todayInLondon } from '@shared/format/dates';
import { generateDemoDataset } from '../../../electron/engine/demo/dataset';
import { NOT_EMPTY, type DemoLoadResult } from '../../../electron/engine/demo/loadJob';
import type { Engine } from '../../../electron/engine/index';
import { createTestVault, expectError, value } from '../../helpers/testVault';

async function loadDemo(engine: Engine, reports: number, seed: number): Promise<{ finished: JobFinished }> {
  const finishedEvents: JobFinished[] = [];
  const unsubscribe = engine.subscribe((event) => {
    if (event.name === 'job.finished') finishedEvents.push(event.payload);
  });
  const { jobId } = value<{ jobId: string }>(await engine.call('demo.load', { reports, seed }));
  const status = await engine.jobs.wait(jobId);
  unsubscribe();
  expect(status.error).toBeNull();
  expect(status.state).toBe('succeeded');
  return { finished: finishedEvents.find((event) => event.jobId === jobId)! };
}

function count(engine: Engine, sql: string): number {
  return engine.vaults.currentSession()!.db.prepare(sql).pluck().get() as number;
}

describe('demo.load', () => {
  it('loads the dataset into an empty vault: counts, TRAINING DATA flag, audit, search', async () => {
    const vault = await createTestVault();
    const events: string[] = [];
    vault.engine.subscribe((event) => {
      if (event.name === 'data.changed') events.push(event.payload.scopes.join(','));
    });
    expect(value<VaultStatus>(await vault.engine.call('vault.status', {}))).toMatchObject({ vault: { trainingData: false } });

    const { finished } = await loadDemo(vault.engine, 1200, 5);
    const expected = generateDemoDataset({ reports: 1200, seed: 5, today: todayInLondon(new Date()) });
    const result = finished.result as DemoLoadResult;
    expect(result).toMatchObject({ reports: 1200, entities: expected.entities.length, links: expected.links.length, evidence: expected.evidence.length, cases: expected.cases, seed: 5 });

    expect(count(vault.engine, "SELECT count(*) FROM report WHERE origin = 'demo'")).toBe(1200);
    expect(count(vault.engine, 'SELECT count(*) FROM entity')).toBe(expected.entities.length);
    expect(count(vault.engine, 'SELECT count(*) FROM link')).toBe(expected.links.length);
    expect(count(vault.engine, 'SELECT count(*) FROM evidence')).toBe(expected.evidence.length);
    // Nothing on a chart without a route back to its reports.
    expect(count(vault.engine, 'SELECT count(*) FROM entity e WHERE NOT EXISTS (SELECT 1 FROM evidence v WHERE v.entity_id = e.id)')).toBe(0);
    expect(count(vault.engine, 'SELECT count(*) FROM link l WHERE NOT EXISTS (SELECT 1 FROM evidence v WHERE v.link_id = l.id)')).toBe(0);

    const status = value<VaultStatus>(await vault.engine.call('vault.status', {}));
    expect(status).toMatchObject({ state: 'unlocked', vault: { trainingData: true } });
    expect(value(await vault.engine.call('audit.verify', {}))).toMatchObject({ intact: true });
    const { entries } = value<{ entries: AuditEntry[] }>(await vault.engine.call('audit.list', { actions: ['COLLECT'], limit: 100 }));
    const demoEntries = entries.filter((entry) => entry.operation === 'demo.load');
    expect(demoEntries.length).toBeGreaterThanOrEqual(1);
    const reportTargets = demoEntries.flatMap((entry) => entry.targets.filter((target) => target.type === 'report'));
    expect(reportTargets).toHaveLength(1200);
    expect(events).toContain('vault,reports,entities,links');

    // A VRM the reports mention is found by search, as typed with its space.
    const withVehicle = expected.reports.find((report) => / VRM [A-Z]{2}\d{2} [A-Z]{3}/.test(report.sanitisedText ?? ''))!;
    const vrm = / VRM ([A-Z]{2}\d{2} [A-Z]{3})/.exec(withVehicle.sanitisedText!)![1]!;
    const found = value<SearchResult>(await vault.engine.call('search.query', { q: vrm, scope: 'reports' }));
    expect(found.hits.some((hit) => hit.kind === 'report' && hit.report.urn === withVehicle.urn)).toBe(true);
    const entityHits = value<SearchResult>(await vault.engine.call('search.query', { q: vrm.replace(' ', ''), scope: 'entities' }));
    expect(entityHits.hits.some((hit) => hit.kind === 'entity' && hit.entity.type === 'vehicle')).toBe(true);
  });

  it('refuses a vault that already has reports, before starting a job', async () => {
    const vault = await createTestVault();
    value(
      await vault.engine.call('reports.create', {
        report: {
          urn: 'IR/2026/000001',
          title: 'A real report',
          sourceEvaluation: '2',
          intelligenceAssessment: 'C',
          handlingCode: 'P',
          protectiveMarking: 'OFFICIAL-SENSITIVE',
          sourceType: 'member_of_public',
          receivedOn: todayInLondon(new Date()),
          recordedOn: todayInLondon(new Date()),
          author: { name: 'Priya Shah' },
          mopiGroup: 3,
        },
      }),
    );
    const message = expectError(await vault.engine.call('demo.load', { reports: 10, seed: 1 }), 'CONFLICT');
    expect(message).toBe(NOT_EMPTY);
    expect(message).toMatch(/^Demo data can only be loaded into an empty vault/);
    expect(value<VaultStatus>(await vault.engine.call('vault.status', {}))).toMatchObject({ vault: { trainingData: false } });
    expect(vault.engine.jobs.list()).toEqual([]);
  });

  it('refuses a second load into the same vault', async () => {
    const vault = await createTestVault();
    await loadDemo(vault.engine, 20, 1);
    expectError(await vault.engine.call('demo.load', { reports: 20, seed: 2 }), 'CONFLICT');
  });

  it('removes what it loaded when cancelled, so the vault is as it was (and can take demo data later)', async () => {
    const vault = await createTestVault();
    const { jobId } = value<{ jobId: string }>(await vault.engine.call('demo.load', { reports: 5000, seed: 9 }));
    expect(value(await vault.engine.call('jobs.cancel', { jobId }))).toEqual({ cancelled: true });
    const status = await vault.engine.jobs.wait(jobId);
    expect(status.state).toBe('cancelled');
    for (const table of ['report', 'entity', 'link', 'evidence', 'entity_name']) expect(count(vault.engine, `SELECT count(*) FROM ${table}`), table).toBe(0);
    expect(value<VaultStatus>(await vault.engine.call('vault.status', {}))).toMatchObject({ vault: { trainingData: false } });
    expect(value(await vault.engine.call('audit.verify', {}))).toMatchObject({ intact: true });
    const { entries } = value<{ entries: AuditEntry[] }>(await vault.engine.call('audit.list', { actions: ['ERASE'], limit: 10 }));
    expect(entries.filter((entry) => entry.operation === 'demo.load')).toHaveLength(1);
    expect(value<SearchResult>(await vault.engine.call('search.query', { q: 'car wash' })).hits).toEqual([]);
    await loadDemo(vault.engine, 30, 9);
    expect(count(vault.engine, 'SELECT count(*) FROM report')).toBe(30);
  });
});
