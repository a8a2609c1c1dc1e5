import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '@shared/records';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { PERSON, VAN, createEntity, createReport } from '../../helpers/records';

type Page = { rows: ReportSummary[]; total: number };

describe('reports list limited to reports supporting given entities (a drawn map area)', () => {
  it('lists each report supporting one of the entities once, with the other filters still applying', async () => {
    const { engine } = await createTestVault();
    const both = await createReport(engine, { title: 'Both at the car wash', handlingCode: 'P' });
    const personOnly = await createReport(engine, { title: 'Person seen', sourceEvaluation: '3' });
    const neither = await createReport(engine, { title: 'Nothing to do with it' });
    const person = await createEntity(engine, PERSON, [both.summary.id, personOnly.summary.id]);
    const van = await createEntity(engine, VAN, [both.summary.id]);
    await createEntity(engine, { type: 'person', name: 'Agnieszka Wójcik', category: 'victim' }, [neither.summary.id]);
    const list = async (input: Record<string, unknown>) => value<Page>(await engine.call('reports.list', input));

    const inside = await list({ supporting: [person.summary.id, van.summary.id], sort: { key: 'title', direction: 'asc' } });
    expect(inside.total).toBe(2);
    expect(inside.rows.map((row) => row.title)).toEqual(['Both at the car wash', 'Person seen']);
    expect((await list({ supporting: [van.summary.id] })).rows.map((row) => row.id)).toEqual([both.summary.id]);
    const graded = await list({ supporting: [person.summary.id], filter: { sourceEvaluation: ['3'] } });
    expect(graded.rows.map((row) => row.id)).toEqual([personOnly.summary.id]);
  });

  it('lists nothing for an area with nothing inside, and refuses blank ids in words', async () => {
    const { engine } = await createTestVault();
    await createReport(engine);
    expect(value<Page>(await engine.call('reports.list', { supporting: [] }))).toEqual({ rows: [], total: 0 });
    expect(expectError(await engine.call('reports.list', { supporting: [' '] }), 'INVALID_INPUT')).toMatch(/Entity is required/);
  });
});
