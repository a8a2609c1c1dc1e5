import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportListFilter } from '@shared/contract/calls/reports';
import { ReportsView } from '../../../../renderer/src/features/reports/ReportsView';
import { initialReportsListState, useReportsListStore } from '../../../../renderer/src/features/reports/reportsStore';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge, type FakeBridge } from '../../fakeBridge';
import { reportSummary, withLayout } from './reportFixtures';

const rows = [
  reportSummary(),
  reportSummary({
    id: 'report-2',
    urn: 'CAMBS-IR-0002',
    title: 'Car wash on Wisbech Road',
    grade: { source: '1', assessment: 'A', handling: 'C' },
    handlingConditions: 'Do not disclose to the subject.',
    protectiveMarking: 'OFFICIAL-SENSITIVE PERSONAL DATA',
    occurredOn: null,
    receivedOn: '2026-04-10',
    district: 'E06000031',
    legacyGrade: 'B35',
  }),
];

function lastList(bridge: FakeBridge) {
  return bridge.calls.filter((entry) => entry.name === 'reports.list').at(-1)?.input as {
    filter: ReportListFilter;
    sort: { key: string; direction: string };
    offset: number;
    limit: number;
  };
}

function bridgeWith(handlers: Parameters<typeof installFakeBridge>[0] = {}) {
  return installFakeBridge({ 'reports.list': () => ({ rows, total: rows.length }), 'reports.savedViews': () => [], ...handlers });
}

describe('reports list', { timeout: 30_000 }, () => {
  withLayout();
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'reports' });
    useReportsListStore.setState(initialReportsListState);
  });

  it('shows each report with its grade, legacy grade, marking, en-GB dates, district and conditions', async () => {
    bridgeWith();
    render(<ReportsView />);
    const grid = screen.getByRole('grid', { name: 'Reports' });
    const first = await within(grid).findByRole('row', { name: /CAMBS-IR-0001/ });
    expect(first.textContent).toContain('2-B-P');
    expect(first.textContent).toContain('02/03/2026');
    expect(first.textContent).toContain('05/03/2026');
    expect(first.textContent).toContain('Fenland');
    const second = within(grid).getByRole('row', { name: /CAMBS-IR-0002/ });
    expect(second.textContent).toContain('(5x5x5: B35)');
    expect(second.textContent).toContain('OFFICIAL-SENSITIVE PERSONAL DATA');
    expect(second.textContent).toContain('Not known');
    expect(second.textContent).toContain('Peterborough');
    expect(second.textContent).toContain('Do not disclose to the subject.');
    expect(grid.getAttribute('aria-rowcount')).toBe('3');
    expect(screen.getByRole('status').textContent).toBe('2 reports');
  });

  it('sorts through reports.list when a header is clicked, and says how with aria-sort', async () => {
    const user = userEvent.setup({ delay: null });
    const bridge = bridgeWith();
    render(<ReportsView />);
    await screen.findByRole('row', { name: /CAMBS-IR-0001/ });
    expect(lastList(bridge).sort).toEqual({ key: 'recordedOn', direction: 'desc' });
    await user.click(screen.getByRole('button', { name: 'URN' }));
    await waitFor(() => expect(lastList(bridge).sort).toEqual({ key: 'urn', direction: 'asc' }));
    expect(screen.getByRole('columnheader', { name: /URN/ }).getAttribute('aria-sort')).toBe('ascending');
    await user.click(screen.getByRole('button', { name: 'URN' }));
    await waitFor(() => expect(lastList(bridge).sort).toEqual({ key: 'urn', direction: 'desc' }));
    expect(screen.getByRole('columnheader', { name: /URN/ }).getAttribute('aria-sort')).toBe('descending');
    await user.click(screen.getByRole('button', { name: 'Received' }));
    await waitFor(() => expect(lastList(bridge).sort).toEqual({ key: 'receivedOn', direction: 'desc' }));
    expect(screen.getByRole('columnheader', { name: /URN/ }).getAttribute('aria-sort')).toBeNull();
  });

  it('sends every filter to reports.list, with dates typed day first sent as ISO', async () => {
    const user = userEvent.setup({ delay: null });
    const bridge = bridgeWith();
    render(<ReportsView />);
    await screen.findByRole('row', { name: /CAMBS-IR-0001/ });
    await user.type(screen.getByLabelText('Search reports'), 'lay-by');
    await user.selectOptions(screen.getByLabelText('Source evaluation'), '2');
    await user.selectOptions(screen.getByLabelText('Intelligence assessment'), 'B');
    await user.selectOptions(screen.getByLabelText('Handling code'), 'C');
    await user.selectOptions(screen.getByLabelText('District'), 'E07000010');
    await user.selectOptions(screen.getByLabelText('Exploitation type'), 'hand_car_wash');
    await user.type(screen.getByLabelText('From'), '1/3/2026');
    await user.type(screen.getByLabelText('To'), '31/03/2026');
    await user.click(screen.getByRole('checkbox', { name: 'Due for MoPI review' }));
    await waitFor(() =>
      expect(lastList(bridge)).toEqual({
        filter: {
          text: 'lay-by',
          sourceEvaluation: ['2'],
          intelligenceAssessment: ['B'],
          handlingCode: 'C',
          district: 'E07000010',
          exploitationType: 'hand_car_wash',
          from: '2026-03-01',
          to: '2026-03-31',
          dueForReview: true,
        },
        sort: { key: 'recordedOn', direction: 'desc' },
        offset: 0,
        limit: 100,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(lastList(bridge).filter).toEqual({}));
  });

  it('explains a date it cannot read instead of querying', async () => {
    const user = userEvent.setup({ delay: null });
    const bridge = bridgeWith();
    render(<ReportsView />);
    await screen.findByRole('row', { name: /CAMBS-IR-0001/ });
    const lists = () => bridge.calls.filter((entry) => entry.name === 'reports.list').length;
    const before = lists();
    await user.type(screen.getByLabelText('From'), '31/02/2026');
    expect(screen.getByRole('alert').textContent).toBe('Enter the From and To dates as dd/mm/yyyy.');
    expect(lists()).toBe(before);
  });

  it('opens a report with a click', async () => {
    const user = userEvent.setup({ delay: null });
    bridgeWith();
    render(<ReportsView />);
    await user.click(await screen.findByRole('row', { name: /CAMBS-IR-0002/ }));
    expect(useShellStore.getState().record).toEqual({ kind: 'report', id: 'report-2' });
  });

  it('moves through rows with the keyboard and opens the highlighted one with Enter', async () => {
    const user = userEvent.setup({ delay: null });
    bridgeWith();
    render(<ReportsView />);
    await screen.findByRole('row', { name: /CAMBS-IR-0001/ });
    const grid = screen.getByRole('grid', { name: 'Reports' });
    grid.focus();
    expect(document.getElementById(grid.getAttribute('aria-activedescendant') ?? '')?.textContent).toContain('CAMBS-IR-0001');
    await user.keyboard('{ArrowDown}');
    expect(document.getElementById(grid.getAttribute('aria-activedescendant') ?? '')?.textContent).toContain('CAMBS-IR-0002');
    await user.keyboard('{Enter}');
    expect(useShellStore.getState().record).toEqual({ kind: 'report', id: 'report-2' });
  });

  it('refreshes when the engine says reports changed', async () => {
    const bridge = bridgeWith();
    render(<ReportsView />);
    await screen.findByRole('row', { name: /CAMBS-IR-0001/ });
    const before = bridge.calls.filter((entry) => entry.name === 'reports.list').length;
    act(() => bridge.emit({ name: 'data.changed', payload: { scopes: ['reports'], ids: ['report-1'] } }));
    await waitFor(() => expect(bridge.calls.filter((entry) => entry.name === 'reports.list').length).toBe(before + 1));
    act(() => bridge.emit({ name: 'data.changed', payload: { scopes: ['links'], ids: [] } }));
    expect(bridge.calls.filter((entry) => entry.name === 'reports.list').length).toBe(before + 1);
  });

  it('saves the current filter by name, applies a saved one and deletes it', async () => {
    const user = userEvent.setup({ delay: null });
    let saved: Array<{ id: string; name: string; filter: ReportListFilter }> = [];
    const bridge = bridgeWith({
      'reports.savedViews': () => saved,
      'reports.saveView': ({ name, filter }) => {
        const view = { id: 'view-1', name, filter };
        saved = [view];
        return view;
      },
      'reports.deleteView': () => {
        saved = [];
        return { deleted: true };
      },
    });
    render(<ReportsView />);
    await screen.findByRole('row', { name: /CAMBS-IR-0001/ });
    await user.selectOptions(screen.getByLabelText('Handling code'), 'C');
    await user.click(screen.getByRole('button', { name: 'Save filter…' }));
    await user.type(screen.getByLabelText('Filter name'), 'Handling C');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(bridge.calls).toContainEqual({ name: 'reports.saveView', input: { name: 'Handling C', filter: { handlingCode: 'C' } } });
    await screen.findByRole('option', { name: 'Handling C' });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect((screen.getByLabelText('Handling code') as HTMLSelectElement).value).toBe('');
    await user.selectOptions(screen.getByLabelText('Saved filters'), 'view-1');
    expect((screen.getByLabelText('Handling code') as HTMLSelectElement).value).toBe('C');
    await waitFor(() => expect(lastList(bridge).filter).toEqual({ handlingCode: 'C' }));

    await user.click(screen.getByRole('button', { name: 'Delete saved filter' }));
    expect(bridge.calls).toContainEqual({ name: 'reports.deleteView', input: { id: 'view-1' } });
    await waitFor(() => expect(screen.queryByRole('option', { name: 'Handling C' })).toBeNull());
  });

  it('opens the editor for a new report', async () => {
    const user = userEvent.setup({ delay: null });
    bridgeWith();
    render(<ReportsView />);
    await user.click(screen.getByRole('button', { name: 'New report' }));
    expect(useShellStore.getState().record).toEqual({ kind: 'new-report' });
    expect(await screen.findByRole('heading', { name: 'New report', level: 1 })).toBeTruthy();
  });
});

describe('reports list paging', () => {
  // Tall enough for the whole first page to be in view, so the list asks for the next one.
  withLayout(6000);
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'reports' });
    useReportsListStore.setState(initialReportsListState);
  });

  it('asks reports.list for the next page when the rows shown reach the end of what is loaded', async () => {
    const all = Array.from({ length: 120 }, (_, index) => reportSummary({ id: `r-${index}`, urn: `IR-${String(index).padStart(4, '0')}` }));
    const bridge = installFakeBridge({
      'reports.list': ({ offset, limit }) => ({ rows: all.slice(offset, offset + limit), total: all.length }),
      'reports.savedViews': () => [],
    });
    render(<ReportsView />);
    // Text queries: role queries over a hundred rows are slow in jsdom.
    await screen.findByText('IR-0000');
    await waitFor(() => expect(lastList(bridge)).toMatchObject({ offset: 100, limit: 100 }));
    expect(await screen.findByText('IR-0119')).toBeTruthy();
    expect(screen.getByRole('grid', { name: 'Reports' }).getAttribute('aria-rowcount')).toBe('121');
  }, 20_000);
});
