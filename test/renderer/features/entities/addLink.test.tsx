import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportSummary } from '@shared/records';
import { EntitiesView } from '../../../../renderer/src/features/entities/EntitiesView';
import { linkOptions } from '../../../../renderer/src/features/entities/profile/linkOptions';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';
import { detail, summary } from './entityFixtures';

const site = summary({
  id: 'site-1',
  type: 'site',
  label: '14 Mill Road, PE13 2AB',
  chartLabel: '14 Mill Road, PE13 2AB',
  category: null,
});
const report: ReportSummary = {
  id: 'rep-1',
  urn: 'IR/2026/00001',
  title: 'Workers collected from HMO in Wisbech',
  grade: { source: '2', assessment: 'C', handling: 'P' },
  handlingConditions: '',
  protectiveMarking: 'OFFICIAL-SENSITIVE',
  sourceType: 'member_of_public',
  exploitationTypes: ['labour'],
  district: 'E07000010',
  occurredOn: '2026-03-02',
  receivedOn: '2026-03-03',
  recordedOn: '2026-03-04',
  authorName: 'Priya Shah',
  legacyGrade: null,
  nextReviewDate: '2032-03-04',
  origin: 'manual',
  updatedAt: '2026-03-04T10:00:00.000Z',
};

describe('linking an entity', () => {
  beforeEach(() =>
    useShellStore.setState({
      ...initialShellState,
      view: 'entities',
      record: { kind: 'entity', id: 'ent-1' },
    }),
  );

  it('offers only link types valid for the two entities, in the direction they allow', () => {
    const options = linkOptions({ type: 'site', label: 'Mill Road' }, { type: 'person', label: 'Ion' });
    expect(options.map((option) => option.label)).toContain('Ion lives at Mill Road');
    expect(options.find((option) => option.type === 'lives_at')?.reversed).toBe(true);
    expect(options.some((option) => option.type === 'drives')).toBe(false);
    expect(
      linkOptions({ type: 'person', label: 'A' }, { type: 'person', label: 'B' }).find(
        (option) => option.type === 'associate',
      )?.label,
    ).toBe('Associate: A and B');
  });

  it('creates a link with strength, dates and the report it rests on', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const fake = installFakeBridge({
      'entities.get': () => detail(),
      'audit.list': () => ({ entries: [], total: 0 }),
      'entities.list': () => ({ rows: [site], total: 1 }),
      'reports.list': () => ({ rows: [report], total: 1 }),
      'links.create': (input) => ({
        link: { ...(input.link as object) } as never,
        from: summary(),
        to: site,
        evidence: [],
      }),
    });
    render(<EntitiesView />);
    await user.click(await screen.findByRole('button', { name: 'Link to…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Link Ionuț Popescu to…' }));
    await user.type(dialog.getByLabelText('Find the other entity'), 'mill');
    await user.selectOptions(await dialog.findByRole('listbox', { name: 'Other entity' }), 'site-1');
    await user.selectOptions(dialog.getByLabelText('Link type'), 'lives_at|forwards');
    expect((dialog.getByRole('checkbox', { name: /Directed/ }) as HTMLInputElement).checked).toBe(true);
    await user.selectOptions(dialog.getByLabelText('Strength'), 'confirmed');
    await user.type(dialog.getByLabelText('Valid from'), '01/01/2026');
    await user.selectOptions(await dialog.findByRole('listbox', { name: 'Supporting report' }), 'rep-1');
    await user.type(dialog.getByLabelText('Evidence note'), 'says he sleeps there');
    await user.click(dialog.getByRole('button', { name: 'Add link' }));
    expect(fake.calls.find((call) => call.name === 'entities.list')?.input).toMatchObject({ limit: 30 });
    expect(fake.calls.find((call) => call.name === 'links.create')?.input).toEqual({
      link: {
        fromId: 'ent-1',
        toId: 'site-1',
        type: 'lives_at',
        directed: true,
        strength: 'confirmed',
        validFrom: '2026-01-01',
        validTo: null,
        notes: '',
      },
      evidence: [{ reportId: 'rep-1', note: 'says he sleeps there' }],
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('adds a report as evidence', async () => {
    const user = userEvent.setup();
    const fake = installFakeBridge({
      'entities.get': () => detail(),
      'audit.list': () => ({ entries: [], total: 0 }),
      'reports.list': () => ({ rows: [report], total: 1 }),
      'evidence.add': () => ({ id: 'ev-9' }),
    });
    render(<EntitiesView />);
    await user.click(await screen.findByRole('button', { name: 'Add evidence…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Add evidence for Ionuț Popescu' }));
    await user.selectOptions(await dialog.findByRole('listbox', { name: 'Report' }), 'rep-1');
    await user.type(dialog.getByLabelText('Note'), 'names him');
    await user.click(dialog.getByRole('button', { name: 'Add evidence' }));
    expect(fake.calls.find((call) => call.name === 'evidence.add')?.input).toEqual({
      target: { entityId: 'ent-1' },
      reportId: 'rep-1',
      note: 'names him',
    });
  });
});
