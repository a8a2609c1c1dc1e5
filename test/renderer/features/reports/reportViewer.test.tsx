import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReportInput } from '@shared/schemas/report';
import { useChartStore } from '../../../../renderer/src/features/chart/chartStore';
import { ReportsView } from '../../../../renderer/src/features/reports/ReportsView';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';
import { entityItem, items } from '../chart/fixtures';
import { reportDetail } from './reportFixtures';

const ORIGINAL = 'Caller Jane Doe of 4 Mill Lane says the van AB12 CDE picks up workers.';

const conditioned = reportDetail(
  { handlingCode: 'C', handlingConditions: 'Do not disclose to the subject.', legacyGrade: 'B35', protectiveMarking: 'OFFICIAL-SENSITIVE PERSONAL DATA' },
  {
    supports: {
      entities: [
        {
          id: 'entity-7',
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
        },
      ],
      links: 2,
    },
  },
);

/** The engine's reports.get: the original only in a restricted view. */
function bridge() {
  return installFakeBridge({
    'reports.get': ({ restricted }) =>
      restricted ? { ...conditioned, fields: { ...conditioned.fields, originalText: ORIGINAL }, originalTextIncluded: true } : conditioned,
    'reports.extract': () => [],
    'entities.list': () => ({ rows: [], total: 0 }),
    'reports.update': ({ report }) => ({ ...conditioned, fields: { ...conditioned.fields, title: (report as ReportInput).title } }),
    'reports.delete': () => ({ deleted: true }),
  });
}

describe('report viewer', { timeout: 30_000 }, () => {
  beforeEach(() => useShellStore.setState({ ...initialShellState, view: 'reports', record: { kind: 'report', id: 'report-1' } }));

  it('shows the grade, the handling conditions banner, the marking, en-GB dates, indicators by group and exploitation types', async () => {
    bridge();
    render(<ReportsView />);
    const heading = await screen.findByRole('heading', { level: 1, name: /CAMBS-IR-0001/ });
    expect(heading.textContent).toContain('Workers collected from a lay-by near March');
    expect(screen.getByLabelText(/^Grade 2-B-C/).textContent).toContain('(5x5x5: B35)');
    expect(screen.getByRole('note', { name: 'Handling conditions' }).textContent).toContain('Do not disclose to the subject.');
    expect(screen.getByRole('note', { name: 'Legacy 5x5x5 grade' }).textContent).toContain('Mostly reliable');
    expect(screen.getByLabelText('Protective marking of this report').textContent).toBe('OFFICIAL-SENSITIVE PERSONAL DATA');
    const article = screen.getByRole('article');
    expect(article.textContent).toContain('02/03/2026');
    expect(article.textContent).toContain('Fenland (E07000010)');
    expect(article.textContent).toContain('Group 3: all other offences');
    expect(within(screen.getByRole('list', { name: 'Situational indicators' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Situational: Works excessive hours with no days off',
      'Situational: Taken to and from work, often at unusual hours',
    ]);
    expect(within(screen.getByRole('list', { name: 'Exploitation types' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Hand car wash', 'Labour exploitation']);
    expect(screen.getByText('It is also evidence for 2 links.')).toBeTruthy();
  });

  it('adds the entities the report supports to the chart, and shows the chart', async () => {
    const user = userEvent.setup();
    useChartStore.getState().clear();
    installFakeBridge({
      'reports.get': () => conditioned,
      'reports.extract': () => [],
      'entities.list': () => ({ rows: [], total: 0 }),
      'chart.items': () => items([entityItem('entity-7', { type: 'vehicle', category: null })]),
    });
    render(<ReportsView />);
    await user.click(await screen.findByRole('button', { name: 'Add what it supports to the chart' }));
    await waitFor(() => expect(useShellStore.getState().view).toBe('chart'));
    expect(useChartStore.getState().document.nodes.map((node) => node.entityId)).toEqual(['entity-7']);
  });

  it('keeps the original text hidden until “Show original text”, which asks for a restricted view', async () => {
    const user = userEvent.setup();
    const fake = bridge();
    render(<ReportsView />);
    await screen.findByRole('heading', { level: 1, name: /CAMBS-IR-0001/ });
    expect(fake.calls.filter((entry) => entry.name === 'reports.get').map((entry) => entry.input)).toEqual([{ id: 'report-1', restricted: false }]);
    expect(screen.queryByText(/Jane Doe/)).toBeNull();
    expect(screen.getByText(/recorded in the audit log as a restricted view/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show original text' }));
    expect((await screen.findByRole('group', { name: 'Intelligence text' })).textContent).toBe(ORIGINAL);
    expect(fake.calls.filter((entry) => entry.name === 'reports.get').at(-1)?.input).toEqual({ id: 'report-1', restricted: true });
    await user.click(screen.getByRole('button', { name: 'Hide original text' }));
    expect(screen.queryByText(/Jane Doe/)).toBeNull();
  });

  it('opens an entity the report supports', async () => {
    const user = userEvent.setup();
    bridge();
    render(<ReportsView />);
    await user.click(await screen.findByRole('button', { name: 'AB12 CDE (Vehicle)' }));
    expect(useShellStore.getState().record).toEqual({ kind: 'entity', id: 'entity-7' });
  });

  it('edits with the original included, so saving never loses it', async () => {
    const user = userEvent.setup({ delay: null });
    const fake = bridge();
    render(<ReportsView />);
    await user.click(await screen.findByRole('button', { name: 'Edit report' }));
    const title = await screen.findByLabelText('Title');
    expect(fake.calls.filter((entry) => entry.name === 'reports.get').at(-1)?.input).toEqual({ id: 'report-1', restricted: true });
    expect((screen.getByLabelText('Intelligence text') as HTMLTextAreaElement).value).toBe(ORIGINAL);
    expect((screen.getByLabelText('Handling conditions') as HTMLTextAreaElement).value).toBe('Do not disclose to the subject.');
    await user.clear(title);
    await user.click(title);
    await user.paste('Workers collected at dawn');
    await user.click(screen.getByRole('button', { name: 'Save report' }));
    await screen.findByText('Report CAMBS-IR-0001 saved.');
    const sent = fake.calls.find((entry) => entry.name === 'reports.update')?.input as { id: string; report: ReportInput };
    expect(sent.id).toBe('report-1');
    expect(sent.report.title).toBe('Workers collected at dawn');
    expect(sent.report.originalText).toBe(ORIGINAL);
    expect(sent.report.legacyGrade).toBe('B35');
    // The review date matched the default, so it stays the default.
    expect(sent.report.nextReviewDate).toBeNull();
  }, 30_000);

  it('deletes only with a reason, recorded as an erasure', async () => {
    const user = userEvent.setup();
    const fake = bridge();
    render(<ReportsView />);
    await user.click(await screen.findByRole('button', { name: 'Delete report…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete report CAMBS-IR-0001' });
    await user.type(within(dialog).getByLabelText('Reason for deleting'), 'MoPI review: no policing purpose');
    await user.click(within(dialog).getByRole('button', { name: 'Delete report' }));
    await waitFor(() => expect(useShellStore.getState().record).toBeNull());
    expect(fake.calls).toContainEqual({ name: 'reports.delete', input: { id: 'report-1', reason: 'MoPI review: no policing purpose' } });
  });
});
