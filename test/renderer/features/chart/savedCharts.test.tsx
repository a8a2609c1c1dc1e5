import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChartListItem, OpenedChart, SavedChart } from '@shared/contract/calls/charts';
import { FenlightError } from '@shared/contract';
import { useChartStore } from '../../../../renderer/src/features/chart/chartStore';
import { useChartUiStore } from '../../../../renderer/src/features/chart/chartUiStore';
import { exportMarking, initialMarking, markingChoices } from '../../../../renderer/src/features/chart/saved/markingChoices';
import { OpenChartDialog, copyName } from '../../../../renderer/src/features/chart/saved/OpenChartDialog';
import { checkSaveForm, SaveChartDialog } from '../../../../renderer/src/features/chart/saved/SaveChartDialog';
import { SavedChartButtons } from '../../../../renderer/src/features/chart/saved/SavedChartButtons';
import { describeChanges } from '../../../../renderer/src/features/chart/saved/savedCharts';
import { installFakeBridge } from '../../fakeBridge';
import { star } from './fixtures';

function chartWithStar(): void {
  useChartStore.getState().clear();
  useChartStore.getState().applyItems(star(3));
}

function saved(overrides: Partial<SavedChart> = {}): SavedChart {
  const state = useChartStore.getState();
  return {
    id: 'chart-1',
    name: 'Operation Fenward',
    description: 'Suspects',
    marking: 'OFFICIAL-SENSITIVE PERSONAL DATA',
    entities: state.document.nodes.length,
    updatedAt: '2026-11-29T14:05:00.000Z',
    createdAt: '2026-11-29T14:05:00.000Z',
    document: state.document,
    ...overrides,
  };
}

describe('marking choices for a saved chart', { timeout: 20_000 }, () => {
  it('offers the floor and everything above it, and withholds what is below', () => {
    expect(markingChoices('OFFICIAL-SENSITIVE')).toEqual({
      offered: ['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE PERSONAL DATA', 'OFFICIAL-SENSITIVE COMMERCIAL', 'OFFICIAL-SENSITIVE LOCSEN'],
      withheld: ['OFFICIAL'],
    });
    expect(markingChoices('OFFICIAL').withheld).toEqual([]);
  });

  it('keeps a descriptor the evidence carries: another descriptor is not offered in its place', () => {
    const choices = markingChoices('OFFICIAL-SENSITIVE PERSONAL DATA');
    expect(choices.offered).toEqual(['OFFICIAL-SENSITIVE PERSONAL DATA']);
    expect(choices.withheld).toEqual(['OFFICIAL', 'OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE COMMERCIAL', 'OFFICIAL-SENSITIVE LOCSEN']);
    expect(markingChoices('OFFICIAL-SENSITIVE COMMERCIAL / PERSONAL DATA').offered).toEqual(['OFFICIAL-SENSITIVE COMMERCIAL / PERSONAL DATA']);
  });

  it('prints a saved chart’s own marking on exports, unless what it shows now carries more', () => {
    expect(exportMarking('OFFICIAL-SENSITIVE COMMERCIAL', 'OFFICIAL-SENSITIVE')).toBe('OFFICIAL-SENSITIVE COMMERCIAL');
    expect(exportMarking('OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE PERSONAL DATA')).toBe('OFFICIAL-SENSITIVE PERSONAL DATA');
    expect(exportMarking(null, 'OFFICIAL-SENSITIVE')).toBe('OFFICIAL-SENSITIVE');
  });

  it('preselects the chart’s own marking only while it is still allowed', () => {
    const choices = markingChoices('OFFICIAL-SENSITIVE');
    expect(initialMarking('official-sensitive commercial', choices)).toBe('OFFICIAL-SENSITIVE COMMERCIAL');
    expect(initialMarking('OFFICIAL', choices)).toBe('OFFICIAL-SENSITIVE');
    expect(initialMarking(null, choices)).toBe('OFFICIAL-SENSITIVE');
  });
});

describe('Save chart dialog', { timeout: 20_000 }, () => {
  beforeEach(chartWithStar);

  it('refuses a blank or overlong name before sending anything', () => {
    expect(checkSaveForm({ name: '  ', description: '' })).toEqual({ field: 'name', message: 'Give the chart a name.' });
    expect(checkSaveForm({ name: 'x'.repeat(121), description: '' })?.message).toMatch(/at most 120 characters/);
    expect(checkSaveForm({ name: 'Operation Fenward', description: '' })).toBeNull();
  });

  it('leaves out markings below the floor, says why, and saves the whole document with the chosen marking', async () => {
    const bridge = installFakeBridge({
      'charts.minimumMarking': () => ({ marking: 'OFFICIAL-SENSITIVE', handlingConditions: [] }),
      'charts.save': (input) => saved({ name: input.name, marking: input.marking ?? 'OFFICIAL-SENSITIVE', document: input.document }),
    });
    let message = '';
    render(<SaveChartDialog description="" onSaved={(text) => (message = text)} onClose={() => undefined} />);
    const user = userEvent.setup();
    const marking = (await screen.findByRole('combobox', { name: 'Protective marking' })) as HTMLSelectElement;
    await screen.findByText(/cannot be marked lower: OFFICIAL is not offered/);
    expect([...marking.options].map((option) => option.value)).not.toContain('OFFICIAL');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Give the chart a name.')).toBeTruthy();
    expect(bridge.calls.some((item) => item.name === 'charts.save')).toBe(false);

    await user.type(screen.getByLabelText('Name'), 'Operation Fenward');
    await user.type(screen.getByLabelText('Description'), 'Suspect and associates');
    await user.selectOptions(marking, 'OFFICIAL-SENSITIVE PERSONAL DATA');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Save' });
    const sent = bridge.calls.find((item) => item.name === 'charts.save')?.input as { id?: string; marking: string; description: string; document: { nodes: unknown[]; links: unknown[] } };
    expect(sent).toMatchObject({ marking: 'OFFICIAL-SENSITIVE PERSONAL DATA', description: 'Suspect and associates' });
    expect(sent.id).toBeUndefined();
    expect(sent.document.nodes).toHaveLength(4);
    expect(sent.document.links).toHaveLength(3);
    expect(message).toBe('Saved “Operation Fenward”, marked OFFICIAL-SENSITIVE PERSONAL DATA.');
    const state = useChartStore.getState();
    expect(state.meta).toEqual({ chartId: 'chart-1', name: 'Operation Fenward', marking: 'OFFICIAL-SENSITIVE PERSONAL DATA' });
    expect(state.savedRevision).toBe(state.revision);
  });

  it('shows the engine’s refusal in words and keeps the chart unsaved', async () => {
    installFakeBridge({
      'charts.minimumMarking': () => ({ marking: 'OFFICIAL-SENSITIVE', handlingConditions: [] }),
      'charts.save': () => {
        throw new FenlightError('INVALID_INPUT', 'This chart shows material marked OFFICIAL-SENSITIVE PERSONAL DATA, so it cannot be marked lower than that.');
      },
    });
    const before = useChartStore.getState().savedRevision;
    render(<SaveChartDialog description="" onSaved={() => undefined} onClose={() => undefined} />);
    const user = userEvent.setup();
    await screen.findByText(/cannot be marked lower: OFFICIAL is not offered/);
    await user.type(screen.getByLabelText('Name'), 'Fenward');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be marked lower than that/);
    expect(useChartStore.getState().savedRevision).toBe(before);
  });

  it('overwrites a saved chart, or saves a copy without touching it', async () => {
    useChartStore.getState().markSaved({ chartId: 'chart-1', name: 'Operation Fenward', marking: 'OFFICIAL-SENSITIVE' });
    const bridge = installFakeBridge({
      'charts.minimumMarking': () => ({ marking: 'OFFICIAL-SENSITIVE', handlingConditions: [] }),
      'charts.save': (input) => saved({ id: input.id ?? 'chart-2', name: input.name }),
    });
    render(<SaveChartDialog description="Suspects" onSaved={() => undefined} onClose={() => undefined} />);
    const user = userEvent.setup();
    await screen.findByText(/cannot be marked lower/);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Operation Fenward');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Save as copy' }));
    await screen.findByRole('button', { name: 'Save as copy' });
    const saves = bridge.calls.filter((item) => item.name === 'charts.save').map((item) => item.input as { id?: string });
    expect(saves[0]?.id).toBe('chart-1');
    expect(saves[1]?.id).toBeUndefined();
    expect(useChartStore.getState().meta.chartId).toBe('chart-2');
  });
});

describe('Open chart dialog', { timeout: 20_000 }, () => {
  beforeEach(chartWithStar);

  const listed: ChartListItem[] = [
    { id: 'chart-1', name: 'Operation Fenward', description: 'Suspects', marking: 'OFFICIAL-SENSITIVE PERSONAL DATA', entities: 4, updatedAt: '2026-07-14T13:05:00.000Z' },
  ];

  it('lists saved charts with marking, last save in en-GB time and size; deletes only after confirmation', async () => {
    let charts = [...listed];
    const bridge = installFakeBridge({
      'charts.list': () => charts,
      'charts.delete': () => {
        charts = [];
        return { deleted: true };
      },
    });
    render(<OpenChartDialog onOpened={() => undefined} onClose={() => undefined} />);
    const user = userEvent.setup();
    const row = await screen.findByRole('row', { name: /Operation Fenward/ });
    // 13:05 UTC in July is 14:05 in London.
    expect(row.textContent).toMatch(/OFFICIAL-SENSITIVE PERSONAL DATA.*14\/07\/2026 14:05.*4 entities/);
    await user.click(within(row).getByRole('button', { name: 'Delete Operation Fenward' }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(bridge.calls.some((item) => item.name === 'charts.delete')).toBe(false);
    await user.click(within(row).getByRole('button', { name: 'Delete Operation Fenward' }));
    await user.click(screen.getByRole('button', { name: 'Delete chart' }));
    await screen.findByText(/No charts are saved in this vault yet/);
    expect(bridge.calls.find((item) => item.name === 'charts.delete')?.input).toEqual({ id: 'chart-1' });
  });

  it('opens a chart with its current vault items and says what changed since it was saved', async () => {
    const document = useChartStore.getState().document;
    const opened: OpenedChart = {
      chart: saved({ document }),
      entities: [],
      links: [],
      changes: { merged: [{ from: 'old', to: 'h' }], missingEntities: 1, missingLinks: 0 },
      minimumMarking: 'OFFICIAL-SENSITIVE',
    };
    installFakeBridge({ 'charts.list': () => listed, 'charts.open': () => opened, 'chart.items': () => star(3) });
    useChartStore.getState().clear();
    let message = '';
    render(<OpenChartDialog onOpened={(text) => (message = text)} onClose={() => undefined} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open Operation Fenward' }));
    await expect.poll(() => message).toMatch(/^Opened “Operation Fenward” \(4 entities, 3 links\)\. Since it was saved: 1 entity merged/);
    expect(message).toContain('1 entity deleted from the vault');
    const state = useChartStore.getState();
    expect(state.document.nodes).toHaveLength(4);
    expect(state.meta).toEqual({ chartId: 'chart-1', name: 'Operation Fenward', marking: 'OFFICIAL-SENSITIVE PERSONAL DATA' });
    expect(state.revision).toBe(state.savedRevision);
  });

  it('says when what a reopened chart shows is now marked above the chart', async () => {
    const opened: OpenedChart = {
      chart: saved({ marking: 'OFFICIAL-SENSITIVE' }),
      entities: [],
      links: [],
      changes: { merged: [], missingEntities: 0, missingLinks: 0 },
      minimumMarking: 'OFFICIAL-SENSITIVE PERSONAL DATA',
    };
    installFakeBridge({ 'charts.list': () => listed, 'charts.open': () => opened, 'chart.items': () => star(3) });
    let message = '';
    render(<OpenChartDialog onOpened={(text) => (message = text)} onClose={() => undefined} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Open Operation Fenward' }));
    await expect.poll(() => message).toContain('is now marked OFFICIAL-SENSITIVE PERSONAL DATA, above the chart’s OFFICIAL-SENSITIVE');
  });

  it('duplicates a chart under a new name within the limit', async () => {
    const bridge = installFakeBridge({ 'charts.list': () => listed, 'charts.duplicate': (input) => saved({ id: 'copy', name: input.name }) });
    render(<OpenChartDialog onOpened={() => undefined} onClose={() => undefined} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Duplicate Operation Fenward' }));
    await screen.findByText('Saved a copy as “Operation Fenward (copy)”.');
    expect(bridge.calls.find((item) => item.name === 'charts.duplicate')?.input).toEqual({ id: 'chart-1', name: 'Operation Fenward (copy)' });
    expect(copyName('x'.repeat(120))).toHaveLength(120);
  });

  it('says nothing changed when nothing did', () => {
    expect(describeChanges({ merged: [], missingEntities: 0, missingLinks: 0 })).toBeNull();
    expect(describeChanges({ merged: [], missingEntities: 0, missingLinks: 2 })).toBe('Since it was saved: 2 links deleted or no longer between entities on the chart.');
  });
});

describe('Save chart, Ctrl+S and the unsaved-changes indicator', { timeout: 20_000 }, () => {
  beforeEach(() => {
    chartWithStar();
    useChartUiStore.setState({ message: null });
  });

  it('shows unsaved changes, and Ctrl+S overwrites a saved chart without asking again', async () => {
    const bridge = installFakeBridge({
      'charts.list': () => [{ id: 'chart-1', name: 'Operation Fenward', description: 'Suspects', marking: 'OFFICIAL-SENSITIVE', entities: 4, updatedAt: '2026-11-29T14:05:00.000Z' }],
      'charts.save': (input) => saved({ name: input.name, marking: input.marking ?? 'OFFICIAL-SENSITIVE' }),
    });
    render(<SavedChartButtons />);
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    useChartStore.getState().markSaved({ chartId: 'chart-1', name: 'Operation Fenward', marking: 'OFFICIAL-SENSITIVE' });
    await expect.poll(() => screen.queryByText('Unsaved changes')).toBeNull();
    useChartStore.getState().annotate('Seen together on 03/11/2026', { x: 0, y: 0 });
    await screen.findByText('Unsaved changes');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await expect.poll(() => useChartUiStore.getState().message?.text).toBe('Saved “Operation Fenward”, marked OFFICIAL-SENSITIVE.');
    expect(bridge.calls.find((item) => item.name === 'charts.save')?.input).toMatchObject({ id: 'chart-1', description: 'Suspects', marking: 'OFFICIAL-SENSITIVE' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('Ctrl+S on a chart never saved asks for its name', async () => {
    installFakeBridge({ 'charts.minimumMarking': () => ({ marking: 'OFFICIAL-SENSITIVE', handlingConditions: [] }) });
    render(<SavedChartButtons />);
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    expect(await screen.findByRole('dialog', { name: 'Save chart' })).toBeTruthy();
  });
});
