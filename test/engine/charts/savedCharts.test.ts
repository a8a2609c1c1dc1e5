import { describe, expect, it } from 'vitest';
import type { ChartListItem, OpenedChart, SavedChart } from '@shared/contract/calls/charts';
import { createTestVault, expectError, value } from '../../helpers/testVault';
import { chartScenario } from '../../helpers/chartScenario';
import { createEntity } from '../../helpers/records';

describe('saved charts', () => {
  it('saves a chart marked at least as high as its evidence, and lists it', async () => {
    const { engine } = await createTestVault();
    const { document } = await chartScenario(engine);
    const saved = value<SavedChart>(await engine.call('charts.save', { name: 'Op Heron network', description: 'Car wash case', document }));
    expect(saved.marking).toBe('OFFICIAL-SENSITIVE PERSONAL DATA');
    expect(value<ChartListItem[]>(await engine.call('charts.list', {}))).toEqual([expect.objectContaining({ name: 'Op Heron network', entities: 4 })]);
  });

  it('lets the marking be raised but not lowered below the evidence', async () => {
    const { engine } = await createTestVault();
    const { document } = await chartScenario(engine);
    const message = expectError(await engine.call('charts.save', { name: 'Lowered', marking: 'OFFICIAL', document }), 'INVALID_INPUT');
    expect(message).toMatch(/cannot be marked lower than that/);
    expect(message).toMatch(/OFFICIAL-SENSITIVE PERSONAL DATA/);
    const onlyVan = { ...document, nodes: document.nodes.slice(3), links: [] };
    const raised = value<SavedChart>(await engine.call('charts.save', { name: 'Van', marking: 'OFFICIAL-SENSITIVE PERSONAL DATA', document: onlyVan }));
    expect(raised.marking).toBe('OFFICIAL-SENSITIVE PERSONAL DATA');
  });

  it('reports the handling conditions of C-graded evidence on the chart', async () => {
    const { engine } = await createTestVault();
    const { document } = await chartScenario(engine);
    const floor = value<{ handlingConditions: string[] }>(
      await engine.call('charts.minimumMarking', { entityIds: document.nodes.map((node) => node.entityId), linkIds: document.links.map((link) => link.linkId) }),
    );
    expect(floor.handlingConditions).toEqual(['Do not disclose to the site owner.']);
  });

  it('reopens a chart reflecting later merges, edits and deletions in the vault', async () => {
    const { engine } = await createTestVault();
    const { document, suspect, van } = await chartScenario(engine);
    const saved = value<SavedChart>(await engine.call('charts.save', { name: 'Network', document }));
    const duplicate = await createEntity(engine, { type: 'person', name: 'Popescu Ionut', category: 'suspect' });
    value(await engine.call('entities.merge', { survivorId: duplicate.summary.id, mergedId: suspect.summary.id }));
    value(await engine.call('entities.update', { id: van.summary.id, entity: { type: 'vehicle', vrm: 'AB12CDE', colour: 'Silver' } }));
    value(await engine.call('entities.delete', { id: van.summary.id, reason: 'Entered in error' }));
    const opened = value<OpenedChart>(await engine.call('charts.open', { id: saved.id }));
    expect(opened.changes).toEqual({ merged: [{ from: suspect.summary.id, to: duplicate.summary.id }], missingEntities: 1, missingLinks: 1 });
    expect(opened.chart.document.nodes.map((node) => node.entityId)).toContain(duplicate.summary.id);
    expect(opened.entities.find((entity) => entity.id === duplicate.summary.id)?.label).toBe('Popescu Ionut');
    expect(opened.links).toHaveLength(2);
  });

  it('logs opening a chart as a consultation of what it shows', async () => {
    const { engine } = await createTestVault();
    const { document, victim } = await chartScenario(engine);
    const saved = value<SavedChart>(await engine.call('charts.save', { name: 'Network', document }));
    value(await engine.call('charts.open', { id: saved.id }));
    const { entries } = value<{ entries: Array<{ action: string; operation: string }> }>(await engine.call('audit.list', { targetId: victim.summary.id, actions: ['CONSULT'] }));
    expect(entries.map((entry) => entry.operation)).toContain('charts.open');
  });

  it('duplicates and deletes charts, refusing a name already used', async () => {
    const { engine } = await createTestVault();
    const { document } = await chartScenario(engine);
    const saved = value<SavedChart>(await engine.call('charts.save', { name: 'Network', document }));
    expectError(await engine.call('charts.duplicate', { id: saved.id, name: 'network' }), 'CONFLICT');
    const copy = value<SavedChart>(await engine.call('charts.duplicate', { id: saved.id, name: 'Network (copy)' }));
    expect(copy.document).toEqual(saved.document);
    value(await engine.call('charts.delete', { id: saved.id }));
    expect(value<ChartListItem[]>(await engine.call('charts.list', {})).map((chart) => chart.name)).toEqual(['Network (copy)']);
  });
});
