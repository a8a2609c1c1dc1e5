import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@shared/contract/calls/search';
import { createTestVault, value } from '../../helpers/testVault';
import { PERSON, VAN, createEntity, createReport } from '../../helpers/records';

async function searchable() {
  const vault = await createTestVault();
  const { engine } = vault;
  await createReport(engine, { urn: 'IR/1', title: 'Car wash in March', sanitisedText: 'Workers at Sparkle Hand Car Wash sleep on site.', sourceEvaluation: '1', intelligenceAssessment: 'A', district: 'E07000010', exploitationTypes: ['labour'], occurredOn: '2026-01-10' });
  await createReport(engine, { urn: 'IR/2', title: 'Cannabis grow in Peterborough', sanitisedText: 'Strong smell of cannabis and blacked-out windows at a house in Peterborough.', sourceEvaluation: '2', intelligenceAssessment: 'C', handlingCode: 'C', handlingConditions: 'Do not disclose to the occupant.', district: 'E06000031', exploitationTypes: ['criminal'], occurredOn: '2026-02-20' });
  await createReport(engine, { urn: 'IR/3', title: 'Nail bar staff', sanitisedText: 'Nail bar staff appear frightened; a man collects them.', sourceEvaluation: '3', intelligenceAssessment: 'D', district: 'E07000011', occurredOn: '2026-03-01' });
  await createEntity(engine, PERSON);
  await createEntity(engine, VAN);
  return engine;
}

async function search(engine: Awaited<ReturnType<typeof searchable>>, q: string): Promise<SearchResult> {
  return value<SearchResult>(await engine.call('search.query', { q }));
}

function ids(result: SearchResult): string[] {
  return result.hits.map((hit) => (hit.kind === 'report' ? hit.report.urn : hit.entity.label));
}

describe('search syntax', () => {
  it('finds words in reports and entities', async () => {
    const engine = await searchable();
    expect(ids(await search(engine, 'cannabis'))).toEqual(['IR/2']);
    expect(ids(await search(engine, 'popescu'))).toEqual(['Ionuț POPESCU']);
    expect(ids(await search(engine, 'ionut'))).toEqual(['Ionuț POPESCU']);
  });

  it('matches "phrases" exactly', async () => {
    const engine = await searchable();
    expect(ids(await search(engine, '"hand car wash"'))).toEqual(['IR/1']);
    expect(ids(await search(engine, '"car hand wash"'))).toEqual([]);
  });

  it('matches prefixes with *', async () => {
    const engine = await searchable();
    expect(ids(await search(engine, 'frighten*'))).toEqual(['IR/3']);
  });

  it('finds a vehicle by VRM with or without the space', async () => {
    const engine = await searchable();
    expect(ids(await search(engine, 'AB12CDE'))).toContain('AB12 CDE');
    expect(ids(await search(engine, 'AB12 CDE'))).toContain('AB12 CDE');
  });

  it('filters by type:, grade:, handling:, district:, exploitation:, from: and to:', async () => {
    const engine = await searchable();
    expect(ids(await search(engine, 'type:person popescu'))).toEqual(['Ionuț POPESCU']);
    expect(ids(await search(engine, 'grade:1A'))).toEqual(['IR/1']);
    expect(ids(await search(engine, 'grade:2'))).toEqual(['IR/2']);
    expect(ids(await search(engine, 'handling:C'))).toEqual(['IR/2']);
    expect(ids(await search(engine, 'district:fenland'))).toEqual(['IR/1']);
    expect(ids(await search(engine, 'exploitation:criminal'))).toEqual(['IR/2']);
    expect(ids(await search(engine, 'from:01/02/2026 to:28/02/2026'))).toEqual(['IR/2']);
  });

  it('explains a filter it cannot read instead of ignoring it', async () => {
    const engine = await searchable();
    const result = await search(engine, 'grade:9Z district:narnia from:31/02/2026');
    expect(result.understood.problems).toHaveLength(3);
  });

  it('treats FTS operators typed by an analyst as plain words', async () => {
    const engine = await searchable();
    expect((await search(engine, 'NEAR(cannabis AND')).hits.length).toBeGreaterThanOrEqual(0);
    expect((await search(engine, '"unterminated')).hits).toBeDefined();
  });

  it('never searches the restricted original text', async () => {
    const engine = await searchable();
    expect(ids(await search(engine, 'withheld'))).toEqual([]);
  });
});
