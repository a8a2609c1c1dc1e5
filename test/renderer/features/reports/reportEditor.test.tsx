import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FenlightError } from '@shared/contract';
import { sourceEvaluationHelp } from '@shared/domain/grading';
import { HANDLING_CONDITIONS_REQUIRED, type ReportInput } from '@shared/schemas/report';
import { formatDate, todayInLondon } from '@shared/format';
import { ReportsView } from '../../../../renderer/src/features/reports/ReportsView';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { useVaultStore } from '../../../../renderer/src/features/vault/vaultStore';
import { installFakeBridge } from '../../fakeBridge';
import { unlockedStatus } from '../../fixtures';
import { reportDetail } from './reportFixtures';

/** Pastes (one input event): typing every character re-renders the long form each time. */
async function paste(user: UserEvent, label: string, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

async function fillRequired(user: UserEvent, handling: 'P' | 'C' = 'P') {
  await paste(user, 'URN', 'CAMBS-IR-0042');
  await paste(user, 'Title', 'Workers collected at dawn');
  await user.selectOptions(screen.getByLabelText('Source evaluation'), '2');
  await user.selectOptions(screen.getByLabelText('Intelligence assessment'), 'B');
  await user.selectOptions(screen.getByLabelText('Handling code'), handling);
  await user.selectOptions(screen.getByLabelText('Source type'), 'member_of_public');
  await user.selectOptions(screen.getByLabelText('MoPI group'), '3');
}

function created(report: unknown) {
  return reportDetail({ urn: (report as ReportInput).urn });
}

// The editor is a long form: typing into it in jsdom takes a while.
describe('report editor', { timeout: 60_000 }, () => {
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'reports', record: { kind: 'new-report' } });
    useVaultStore.setState({ status: unlockedStatus });
  });

  it('labels every field as the issue names them and fills in the analyst and today', () => {
    installFakeBridge({ 'reports.extract': () => [] });
    render(<ReportsView />);
    for (const label of ['URN', 'Title', 'Intelligence text', 'Sanitised text', 'Source evaluation', 'Intelligence assessment', 'Handling code', 'Protective marking']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect((screen.getByLabelText('Author name') as HTMLInputElement).value).toBe('Priya Shah');
    expect((screen.getByLabelText('Staff number') as HTMLInputElement).value).toBe('CC4127');
    expect((screen.getByLabelText('Date received') as HTMLInputElement).value).toBe(formatDate(todayInLondon()));
    expect(screen.getByRole('button', { name: 'Save report' })).toBeTruthy();
  });

  it('explains that handling code C needs conditions, and sends nothing until they are given', async () => {
    const user = userEvent.setup({ delay: null });
    const bridge = installFakeBridge({ 'reports.extract': () => [], 'reports.create': ({ report }) => created(report) });
    render(<ReportsView />);
    await fillRequired(user, 'C');
    const conditions = screen.getByLabelText('Handling conditions');
    expect(document.getElementById(conditions.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/Required for handling code C/);
    await user.click(screen.getByRole('button', { name: 'Save report' }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain(HANDLING_CONDITIONS_REQUIRED);
    expect(conditions.getAttribute('aria-invalid')).toBe('true');
    expect(conditions.getAttribute('aria-describedby')).toContain('report-field-handlingConditions-error');
    expect(document.getElementById('report-field-handlingConditions-error')?.textContent).toBe(HANDLING_CONDITIONS_REQUIRED);
    expect(bridge.calls.some((entry) => entry.name === 'reports.create')).toBe(false);

    await paste(user, 'Handling conditions', 'Do not disclose to the subject.');
    await user.click(screen.getByRole('button', { name: 'Save report' }));
    await waitFor(() => expect(bridge.calls.some((entry) => entry.name === 'reports.create')).toBe(true));
    const sent = bridge.calls.find((entry) => entry.name === 'reports.create')?.input as { report: ReportInput };
    expect(sent.report.handlingCode).toBe('C');
    expect(sent.report.handlingConditions).toBe('Do not disclose to the subject.');
  });

  it('sends dates typed day first as ISO, the checklists and the author, then opens the saved report', async () => {
    const user = userEvent.setup({ delay: null });
    const bridge = installFakeBridge({ 'reports.extract': () => [], 'reports.create': ({ report }) => created(report), 'reports.get': () => reportDetail() });
    render(<ReportsView />);
    await fillRequired(user);
    await paste(user, 'Sanitised text', 'Van seen at the car wash.');
    await paste(user, 'Intelligence text', 'Caller (name withheld) saw the van.');
    await user.type(screen.getByLabelText('Date occurred'), '2/3/2026');
    await user.clear(screen.getByLabelText('Date received'));
    await user.type(screen.getByLabelText('Date received'), '05/03/2026');
    await user.clear(screen.getByLabelText('Date recorded'));
    await user.type(screen.getByLabelText('Date recorded'), '06/03/26');
    await user.selectOptions(screen.getByLabelText('District'), 'E07000010');
    await user.selectOptions(screen.getByLabelText('Protective marking'), 'OFFICIAL-SENSITIVE PERSONAL DATA');
    expect(screen.queryByRole('checkbox', { name: 'County lines' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Criminal exploitation' }));
    await user.click(screen.getByRole('checkbox', { name: 'County lines' }));
    await user.click(screen.getByRole('checkbox', { name: 'Labour exploitation' }));
    await user.click(screen.getByRole('checkbox', { name: 'Hand car wash' }));
    // Unticking a type unticks its kinds.
    await user.click(screen.getByRole('checkbox', { name: 'Labour exploitation' }));
    expect(screen.queryByRole('checkbox', { name: 'Hand car wash' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Works excessive hours with no days off' }));
    expect(screen.getByLabelText('Next review date').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Leave blank for the default: 06\/03\/2032/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save report' }));
    await waitFor(() => expect(useShellStore.getState().record).toEqual({ kind: 'report', id: 'report-1' }));
    expect(bridge.calls.find((entry) => entry.name === 'reports.create')?.input).toEqual({
      report: {
        urn: 'CAMBS-IR-0042',
        title: 'Workers collected at dawn',
        originalText: 'Caller (name withheld) saw the van.',
        sanitisedText: 'Van seen at the car wash.',
        sourceEvaluation: '2',
        intelligenceAssessment: 'B',
        handlingCode: 'P',
        handlingConditions: '',
        protectiveMarking: 'OFFICIAL-SENSITIVE PERSONAL DATA',
        sourceType: 'member_of_public',
        exploitationTypes: ['criminal', 'county_lines'],
        indicators: ['excessive_hours'],
        occurredOn: '2026-03-02',
        receivedOn: '2026-03-05',
        recordedOn: '2026-03-06',
        author: { name: 'Priya Shah', staffNumber: 'CC4127' },
        district: 'E07000010',
        mopiGroup: 3,
        nextReviewDate: null,
        legacyGrade: null,
      },
    });
  });

  it('explains a date it cannot read next to the field', async () => {
    const user = userEvent.setup({ delay: null });
    const bridge = installFakeBridge({ 'reports.extract': () => [] });
    render(<ReportsView />);
    await fillRequired(user);
    await user.type(screen.getByLabelText('Date occurred'), '31/02/2026');
    await user.click(screen.getByRole('button', { name: 'Save report' }));
    expect(document.getElementById('report-field-occurredOn-error')?.textContent).toMatch(/^Enter Date occurred as dd\/mm\/yyyy/);
    expect(bridge.calls.some((entry) => entry.name === 'reports.create')).toBe(false);
  });

  it('shows the engine’s field errors next to the fields and summarised at the top', async () => {
    const user = userEvent.setup({ delay: null });
    installFakeBridge({
      'reports.extract': () => [],
      'reports.create': () => {
        throw new FenlightError('INVALID_INPUT', 'Protective marking descriptor “OPERATIONAL” is not one set up for this vault.', {
          issues: [
            { path: 'protectiveMarking', message: 'Protective marking descriptor “OPERATIONAL” is not one set up for this vault.' },
            { path: 'author.staffNumber', message: 'Staff number can be at most 20 characters.' },
          ],
        });
      },
    });
    render(<ReportsView />);
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Save report' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('The report was not saved: there are 2 problems');
    expect(within(summary).getByRole('link', { name: /OPERATIONAL/ })).toBeTruthy();
    expect(document.getElementById('report-field-protectiveMarking-error')?.textContent).toMatch(/OPERATIONAL/);
    expect(screen.getByLabelText('Staff number').getAttribute('aria-invalid')).toBe('true');
    await user.click(within(summary).getByRole('link', { name: /Staff number/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Staff number'));
  });

  it('puts a URN clash against the URN field', async () => {
    const user = userEvent.setup({ delay: null });
    installFakeBridge({
      'reports.extract': () => [],
      'reports.create': () => {
        throw new FenlightError('CONFLICT', 'A report with URN CAMBS-IR-0042 is already in the vault.', { field: 'urn' });
      },
    });
    render(<ReportsView />);
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Save report' }));
    await screen.findByRole('alert');
    expect(document.getElementById('report-field-urn-error')?.textContent).toBe('A report with URN CAMBS-IR-0042 is already in the vault.');
  });

  it('explains each grading code as it is chosen, and offers the whole guide', async () => {
    const user = userEvent.setup({ delay: null });
    installFakeBridge({ 'reports.extract': () => [] });
    render(<ReportsView />);
    await user.selectOptions(screen.getByLabelText('Source evaluation'), '1');
    expect(document.getElementById('report-field-sourceEvaluation-hint')?.textContent).toBe(sourceEvaluationHelp['1']);
    await user.click(screen.getByText('What the grading codes mean'));
    const guide = screen.getByText('What the grading codes mean').closest('details')!;
    expect(guide.textContent).toContain('Suspected to be false');
    expect(guide.textContent).toContain('Lawful sharing permitted with conditions');
  });

  it('offers OFFICIAL, OFFICIAL-SENSITIVE and its descriptors, and explains why there is no SECRET', () => {
    installFakeBridge({ 'reports.extract': () => [] });
    render(<ReportsView />);
    const marking = screen.getByLabelText('Protective marking') as HTMLSelectElement;
    expect([...marking.options].map((option) => option.value)).toEqual([
      'OFFICIAL',
      'OFFICIAL-SENSITIVE',
      'OFFICIAL-SENSITIVE PERSONAL DATA',
      'OFFICIAL-SENSITIVE COMMERCIAL',
      'OFFICIAL-SENSITIVE LOCSEN',
    ]);
    expect(marking.value).toBe('OFFICIAL-SENSITIVE');
    expect(document.getElementById('report-field-protectiveMarking-hint')?.textContent).toMatch(/SECRET material cannot be held in Fenlight/);
  });

  it('groups the indicator checklist as the statutory guidance does', () => {
    installFakeBridge({ 'reports.extract': () => [] });
    render(<ReportsView />);
    const indicators = screen.getByRole('group', { name: 'Indicators' });
    expect(within(indicators).getByRole('heading', { name: 'Physical and psychological indicators' })).toBeTruthy();
    expect(within(indicators).getByRole('heading', { name: 'Situational and environmental indicators' })).toBeTruthy();
    for (const group of ['Physical', 'Psychological', 'Situational', 'Environmental']) expect(within(indicators).getByRole('group', { name: group })).toBeTruthy();
    expect(within(within(indicators).getByRole('group', { name: 'Environmental' })).getByRole('checkbox', { name: 'Lives and works at the same address' })).toBeTruthy();
  });
});
