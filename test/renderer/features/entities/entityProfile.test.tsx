import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FenlightError } from '@shared/contract';
import { useChartStore } from '../../../../renderer/src/features/chart/chartStore';
import { EntitiesView } from '../../../../renderer/src/features/entities/EntitiesView';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';
import { entityItem, items } from '../chart/fixtures';
import { auditEntry, detail, evidence, link, summary } from './entityFixtures';

const profile = detail({
  summary: summary({ hasHandlingConditions: true }),
  evidence: [
    evidence({
      id: 'ev-late',
      reportId: 'rep-late',
      urn: 'IR/2026/00009',
      title: 'Seen at car wash',
      occurredOn: '2026-03-02',
      note: 'names him as a washer',
    }),
    evidence({
      id: 'ev-early',
      reportId: 'rep-early',
      urn: 'IR/2026/00002',
      title: 'Partner agency referral',
      occurredOn: null,
      receivedOn: '2026-01-10',
      grade: { source: '1', assessment: 'A', handling: 'C' },
      handlingConditions: 'Do not disclose to the subject.',
    }),
  ],
  links: [
    {
      link: link(),
      other: summary({
        id: 'site-1',
        type: 'site',
        label: '14 Mill Road, PE13 2AB',
        chartLabel: '14 Mill Road, PE13 2AB',
        category: null,
      }),
    },
    {
      link: link({
        id: 'link-2',
        type: 'associate',
        directed: false,
        strength: 'tentative',
        fromId: 'ent-9',
        toId: 'ent-1',
        validFrom: null,
      }),
      other: summary({ id: 'ent-9', label: 'Marius Ionescu', category: 'suspect' }),
    },
  ],
  merges: [
    {
      id: 'merge-1',
      survivorId: 'ent-1',
      mergedId: 'ent-7',
      mergedLabel: 'POPESCU, Ionut',
      mergedAt: '2026-07-06T09:15:00.000Z',
      undoneAt: null,
    },
  ],
});

function bridge() {
  return installFakeBridge({
    'entities.get': () => profile,
    'audit.list': () => ({ entries: [auditEntry()], total: 1 }),
    'entities.unmerge': () => ({
      survivor: profile,
      restored: detail({ summary: summary({ id: 'ent-7', label: 'POPESCU, Ionut' }) }),
    }),
  });
}

describe('entity profile', () => {
  beforeEach(() =>
    useShellStore.setState({
      ...initialShellState,
      view: 'entities',
      record: { kind: 'entity', id: 'ent-1' },
    }),
  );

  it('shows properties by type with en-GB dates and the NRM panel for a victim', async () => {
    const fake = bridge();
    render(<EntitiesView />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ionuț Popescu' })).toBeTruthy();
    expect(fake.calls.filter((call) => call.name === 'entities.get')).toEqual([
      { name: 'entities.get', input: { id: 'ent-1' } },
    ]);
    const properties = screen.getAllByLabelText('Properties')[0]!;
    expect(properties.textContent).toContain('Date of birth14/02/1991');
    expect(properties.textContent).toContain('NationalitiesRomanian');
    expect(properties.textContent).toContain('First languageRomanian');
    const nrm = screen.getByLabelText('NRM and victim support');
    expect(nrm.textContent).toContain('NRM referral date05/03/2026');
    expect(nrm.textContent).toContain('Reasonable grounds decisionPositive, 10/03/2026');
    expect(nrm.textContent).toContain('Support typesTranslation, Advocacy');
    expect(
      within(screen.getByRole('list', { name: 'Aliases' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ionut Popescu', 'Nelu']);
  });

  it('lists evidence in date order with each report’s grade and handling conditions, and opens a report', async () => {
    const user = userEvent.setup();
    bridge();
    render(<EntitiesView />);
    const list = await screen.findByRole('list', { name: 'Evidence' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('button').textContent)).toEqual([
      'IR/2026/00002',
      'IR/2026/00009',
    ]);
    expect(items[0]!.textContent).toContain('10/01/2026');
    expect(within(items[0]!).getByLabelText(/Grade 1-A-C/)).toBeTruthy();
    expect(within(items[0]!).getByRole('note', { name: 'Handling conditions' }).textContent).toContain(
      'Do not disclose to the subject.',
    );
    expect(within(items[1]!).queryByRole('note', { name: 'Handling conditions' })).toBeNull();
    expect(items[1]!.textContent).toContain('names him as a washer');
    await user.click(within(items[1]!).getByRole('button', { name: 'Open report IR/2026/00009' }));
    expect(useShellStore.getState().record).toEqual({ kind: 'report', id: 'rep-late' });
    expect(useShellStore.getState().view).toBe('reports');
  });

  it('groups linked entities by link type with strength and validity, and opens one', async () => {
    const user = userEvent.setup();
    bridge();
    render(<EntitiesView />);
    const livesAt = await screen.findByRole('list', { name: 'Lives at' });
    expect(livesAt.textContent).toContain('Confirmed');
    expect(livesAt.textContent).toContain('from 01/01/2026');
    const associates = screen.getByRole('list', { name: 'Associate' });
    expect(associates.textContent).toContain('Tentative');
    await user.click(within(associates).getByRole('button', { name: 'Marius Ionescu' }));
    expect(useShellStore.getState().record).toEqual({ kind: 'entity', id: 'ent-9' });
  });

  it('shows the edit history from the audit log', async () => {
    const fake = bridge();
    render(<EntitiesView />);
    const history = await screen.findByRole('table', { name: 'Edit history' });
    const row = within(history).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('05/07/2026 14:30');
    expect(row.textContent).toContain('Edited');
    expect(row.textContent).toContain('Priya Shah (CC4127)');
    expect(row.textContent).toContain('Aliases, Date of birth');
    expect(fake.calls.find((call) => call.name === 'audit.list')?.input).toEqual({
      targetId: 'ent-1',
      targetType: 'entity',
      actions: ['COLLECT', 'ALTER', 'COMBINE', 'ERASE'],
      limit: 100,
    });
  });

  it('undoes a merge from the merge history', async () => {
    const user = userEvent.setup();
    const fake = bridge();
    render(<EntitiesView />);
    await user.click(await screen.findByRole('button', { name: 'Undo merge of POPESCU, Ionut' }));
    expect(fake.calls.find((call) => call.name === 'entities.unmerge')?.input).toEqual({
      mergeId: 'merge-1',
    });
    expect((await screen.findByRole('status')).textContent).toMatch(
      /Merge undone: “POPESCU, Ionut” is a separate entity again/,
    );
  });

  it('deletes only with a reason', async () => {
    const user = userEvent.setup();
    const fake = installFakeBridge({
      'entities.get': () => profile,
      'audit.list': () => ({ entries: [], total: 0 }),
      'entities.delete': () => ({ deleted: true as const }),
    });
    render(<EntitiesView />);
    await user.click(await screen.findByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Ionuț Popescu?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete entity' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/Give the reason/);
    await user.type(within(dialog).getByLabelText('Reason for deleting'), 'MoPI review: no policing purpose');
    await user.click(within(dialog).getByRole('button', { name: 'Delete entity' }));
    expect(fake.calls.find((call) => call.name === 'entities.delete')?.input).toEqual({
      id: 'ent-1',
      reason: 'MoPI review: no policing purpose',
    });
    expect(useShellStore.getState().record).toBeNull();
  });
});

describe('adding the profile’s entity to the chart', () => {
  beforeEach(() => {
    useChartStore.getState().clear();
    useShellStore.setState({ ...initialShellState, view: 'entities', record: { kind: 'entity', id: 'ent-1' } });
  });

  it('puts the entity on the chart with its links and shows the chart', async () => {
    const user = userEvent.setup();
    const fake = installFakeBridge({
      'entities.get': () => profile,
      'audit.list': () => ({ entries: [auditEntry()], total: 1 }),
      'chart.items': () => items([entityItem('ent-1')]),
    });
    render(<EntitiesView />);
    await user.click(await screen.findByRole('button', { name: 'Add to chart' }));
    expect(fake.calls.find((call) => call.name === 'chart.items')?.input).toEqual({ entityIds: ['ent-1'], contextIds: [] });
    expect(useChartStore.getState().document.nodes.map((node) => node.entityId)).toEqual(['ent-1']);
    expect(useShellStore.getState().view).toBe('chart');
  });

  it('says why, in words, when the engine refuses', async () => {
    const user = userEvent.setup();
    installFakeBridge({
      'entities.get': () => profile,
      'audit.list': () => ({ entries: [auditEntry()], total: 1 }),
      'chart.items': () => {
        throw new FenlightError('VAULT_LOCKED', 'The vault is locked. Unlock it to carry on.');
      },
    });
    render(<EntitiesView />);
    await user.click(await screen.findByRole('button', { name: 'Add to chart' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The vault is locked. Unlock it to carry on.');
    expect(useChartStore.getState().document.nodes).toEqual([]);
  });
});
