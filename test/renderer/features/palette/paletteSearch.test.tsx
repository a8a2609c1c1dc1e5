import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '@shared/contract/calls/search';
import type { EntitySummary, ReportSummary } from '@shared/records';
import { CommandPalette } from '../../../../renderer/src/features/palette/CommandPalette';
import type { PaletteCommand } from '../../../../renderer/src/features/palette/commands';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';

const report: ReportSummary = {
  id: 'report-1',
  urn: 'CAMBS-IR-0042',
  title: 'Van at the car wash',
  grade: { source: '2', assessment: 'B', handling: 'C' },
  handlingConditions: 'Do not disclose to the subject.',
  protectiveMarking: 'OFFICIAL-SENSITIVE',
  sourceType: 'member_of_public',
  exploitationTypes: ['labour'],
  district: 'E07000010',
  occurredOn: null,
  receivedOn: '2026-03-05',
  recordedOn: '2026-03-05',
  authorName: 'Priya Shah',
  legacyGrade: null,
  nextReviewDate: '2032-03-05',
  origin: 'manual',
  updatedAt: '2026-03-05T10:00:00.000Z',
};

const vehicle: EntitySummary = {
  id: 'entity-1',
  type: 'vehicle',
  label: 'AB12 CDE',
  chartLabel: 'AB12 CDE',
  category: null,
  siteType: null,
  location: null,
  reviewState: 'reviewed',
  bestGrade: null,
  evidenceCount: 1,
  latestEvidenceOn: null,
  hasHandlingConditions: true,
};

const answer = (problems: string[] = []): SearchResult => ({
  hits: [
    { kind: 'report', report, snippet: 'Van at the car wash', score: -3 },
    { kind: 'entity', entity: vehicle, snippet: 'AB12 CDE', score: -2 },
  ],
  understood: { terms: ['van'], filters: {}, problems },
  tookMs: 2,
});

function renderPalette(commands: PaletteCommand[] = []) {
  const onClose = vi.fn();
  render(<CommandPalette commands={commands} onClose={onClose} />);
  return { onClose, input: screen.getByRole('combobox', { name: 'Search commands' }) };
}

describe('command palette search', { timeout: 30_000 }, () => {
  beforeEach(() => useShellStore.setState({ ...initialShellState, dialog: 'palette' }));

  it('lists reports and entities found by search.query below the matching commands', async () => {
    const user = userEvent.setup();
    const bridge = installFakeBridge({ 'search.query': () => answer() });
    const goToVan = { id: 'van', title: 'Van command', run: vi.fn() };
    const { input } = renderPalette([goToVan]);
    await user.type(input, 'van');
    const list = screen.getByRole('listbox');
    await within(list).findByRole('option', { name: 'CAMBS-IR-0042 — Van at the car wash' });
    const options = within(list).getAllByRole('option');
    expect(options).toEqual([
      within(list).getByRole('option', { name: 'Van command' }),
      within(list).getByRole('option', { name: 'CAMBS-IR-0042 — Van at the car wash' }),
      within(list).getByRole('option', { name: 'AB12 CDE (Vehicle)' }),
    ]);
    // Debounced: one query for the word, not one per letter.
    expect(bridge.calls.filter((entry) => entry.name === 'search.query').map((entry) => entry.input)).toEqual([{ q: 'van*', limit: 20, scope: 'all' }]);
    // Handling conditions travel with the report, even here.
    const option = within(list).getByRole('option', { name: 'CAMBS-IR-0042 — Van at the car wash' });
    expect(document.getElementById(option.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Handling conditions: Do not disclose to the subject.');
  });

  it('still runs the first matching command on Enter', async () => {
    const user = userEvent.setup();
    installFakeBridge({ 'search.query': () => answer() });
    const command = { id: 'van', title: 'Van command', run: vi.fn() };
    const { input, onClose } = renderPalette([command]);
    await user.type(input, 'van');
    await screen.findByRole('option', { name: 'AB12 CDE (Vehicle)' });
    await user.keyboard('{Enter}');
    expect(command.run).toHaveBeenCalled();
    expect(onClose).toHaveBeenCalled();
  });

  it('opens a report with the arrow keys and Enter', async () => {
    const user = userEvent.setup();
    installFakeBridge({ 'search.query': () => answer() });
    const { input, onClose } = renderPalette();
    await user.type(input, 'CAMBS-IR-0042');
    await screen.findByRole('option', { name: 'CAMBS-IR-0042 — Van at the car wash' });
    expect(screen.getByRole('option', { name: 'CAMBS-IR-0042 — Van at the car wash' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(onClose).toHaveBeenCalled();
    expect(useShellStore.getState()).toMatchObject({ view: 'reports', record: { kind: 'report', id: 'report-1' } });
  });

  it('opens an entity with a click', async () => {
    const user = userEvent.setup();
    installFakeBridge({ 'search.query': () => answer() });
    const { input } = renderPalette();
    await user.type(input, 'AB12');
    await user.click(await screen.findByRole('option', { name: 'AB12 CDE (Vehicle)' }));
    expect(useShellStore.getState()).toMatchObject({ view: 'entities', record: { kind: 'entity', id: 'entity-1' } });
  });

  it('shows the filters search could not apply as a hint', async () => {
    const user = userEvent.setup();
    installFakeBridge({ 'search.query': () => answer(['“grade:9” is not a grade filter.']) });
    const { input } = renderPalette();
    await user.type(input, 'van grade:9');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('“grade:9” is not a grade filter.'));
  });

  it('does not search for an empty box', async () => {
    const user = userEvent.setup();
    const bridge = installFakeBridge({ 'search.query': () => answer() });
    const { input } = renderPalette([{ id: 'about', title: 'About Fenlight', run: vi.fn() }]);
    await user.type(input, ' ');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(bridge.calls).toEqual([]);
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });
});
