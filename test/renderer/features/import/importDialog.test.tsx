import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportOutcome, ImportPreview } from '@shared/contract/calls/ingest';
import { ImportDialog } from '../../../../renderer/src/features/import/ImportDialog';
import { applyJobEvent, startingJob } from '../../../../renderer/src/features/import/useJob';
import { installFakeBridge, type FakeBridge, type FakeHandlers } from '../../fakeBridge';

const preview: ImportPreview = {
  fileName: 'people.csv',
  format: 'csv',
  encoding: 'UTF-8',
  headers: ['Kind', 'Full name', 'DOB', 'Post Code'],
  sampleRows: [['person', 'Ionuț Popescu', '14/02/1991', '']],
  rowCount: 1000,
  suggestedMapping: { type: 'Kind', name: 'Full name' },
  canonicalColumns: [
    { name: 'type', label: 'Entity type', required: true },
    { name: 'name', label: 'Name', required: false },
    { name: 'date_of_birth', label: 'Date of birth', required: false },
    { name: 'postcode', label: 'Postcode', required: false },
  ],
};

const outcome: ImportOutcome = {
  kind: 'entities',
  imported: 995,
  updated: 2,
  unchanged: 1,
  extractedEntities: 0,
  rejected: [
    { row: 14, column: 'postcode', reason: 'Postcode “CB1 1JI” is not a UK postcode.' },
    { row: 230, column: 'type', reason: 'Entity type “boat” is not one Fenlight knows.' },
  ],
};

function bridge(more: FakeHandlers = {}): FakeBridge {
  const fake: FakeBridge = installFakeBridge({
    'shell.pickOpenPath': () => ({ cancelled: false, path: 'C:\\Data\\people.csv' }),
    'shell.pickSavePath': () => ({ cancelled: false, path: 'C:\\Data\\rejected-rows.csv' }),
    'import.preview': () => preview,
    'import.mappings': () => [
      {
        name: 'Athena export',
        mapping: { type: 'Kind', name: 'Full name', date_of_birth: 'DOB', report_urn: 'Not in this file' },
      },
    ],
    'import.start': () => {
      // The engine can report progress before the start call has answered.
      fake.emit({
        name: 'job.progress',
        payload: {
          jobId: 'job-1',
          kind: 'import.entities',
          done: 0,
          total: 1000,
          message: 'Reading people.csv…',
        },
      });
      return { jobId: 'job-1' };
    },
    'jobs.cancel': () => ({ cancelled: true }),
    'import.saveRejected': () => ({ path: 'C:\\Data\\rejected-rows.csv', rows: 2 }),
    'import.outcome': () => outcome,
    ...more,
  });
  return fake;
}

function inputOf(fake: FakeBridge, name: string): unknown {
  return fake.calls.find((call) => call.name === name)?.input;
}

async function toMapping(fake: FakeBridge) {
  const user = userEvent.setup();
  const onClose = vi.fn();
  render(<ImportDialog kind="entities" onClose={onClose} />);
  const dialog = within(screen.getByRole('dialog', { name: 'Import entities' }));
  await user.click(dialog.getByRole('button', { name: 'Choose file…' }));
  expect(inputOf(fake, 'shell.pickOpenPath')).toMatchObject({
    filters: [
      { name: 'CSV or Excel workbook', extensions: ['csv', 'xlsx'] },
      expect.anything(),
      expect.anything(),
    ],
  });
  expect(inputOf(fake, 'import.preview')).toEqual({ path: 'C:\\Data\\people.csv', kind: 'entities' });
  await dialog.findByRole('table', { name: 'Column mapping' });
  return { user, dialog, onClose };
}

describe('import dialog', () => {
  it(
    'walks from the file through the column mapping to progress, results and the rejection list',
    { timeout: 20_000 },
    async () => {
      const fake = bridge();
      const { user, dialog } = await toMapping(fake);
      expect(dialog.getByText(/people\.csv/).closest('p')?.textContent).toContain('1,000 rows, 4 columns');
      const type = dialog.getByLabelText('Entity type') as HTMLSelectElement;
      expect(type.value).toBe('Kind');
      expect(type.closest('tr')?.textContent).toContain('(required)');

      await user.selectOptions(type, '');
      await user.click(dialog.getByRole('button', { name: 'Import' }));
      expect(dialog.getByRole('alert').textContent).toBe(
        'Match the required field to a column: Entity type.',
      );
      expect(inputOf(fake, 'import.start')).toBeUndefined();

      await user.selectOptions(dialog.getByLabelText('Use a saved mapping'), 'Athena export');
      expect((dialog.getByLabelText('Date of birth') as HTMLSelectElement).value).toBe('DOB');
      await user.selectOptions(dialog.getByLabelText('Postcode'), 'Post Code');
      await user.type(dialog.getByLabelText('Save this mapping as (optional)'), 'Athena people');
      await user.click(dialog.getByRole('button', { name: 'Import' }));
      expect(inputOf(fake, 'import.start')).toEqual({
        path: 'C:\\Data\\people.csv',
        kind: 'entities',
        mapping: { type: 'Kind', name: 'Full name', date_of_birth: 'DOB', postcode: 'Post Code' },
        saveMappingAs: 'Athena people',
      });

      const progress = await dialog.findByRole('progressbar', { name: 'Importing entities' });
      expect(progress.getAttribute('aria-valuetext')).toBe('0 of 1,000');
      act(() =>
        fake.emit({
          name: 'job.progress',
          payload: { jobId: 'other-job', kind: 'import.reports', done: 7, total: 9, message: null },
        }),
      );
      act(() =>
        fake.emit({
          name: 'job.progress',
          payload: {
            jobId: 'job-1',
            kind: 'import.entities',
            done: 500,
            total: 1000,
            message: '500 of 1,000 rows read',
          },
        }),
      );
      expect(progress.getAttribute('aria-valuenow')).toBe('500');
      expect(dialog.getByText(/500 of 1,000 rows — 500 of 1,000 rows read/)).toBeTruthy();
      expect(dialog.queryByRole('button', { name: 'Close' })).toBeNull();

      act(() =>
        fake.emit({
          name: 'job.finished',
          payload: {
            jobId: 'job-1',
            kind: 'import.entities',
            state: 'succeeded',
            result: outcome,
            error: null,
          },
        }),
      );
      expect(dialog.getByRole('status').textContent).toBe('Import finished.');
      const counts = dialog.getByLabelText('Import results');
      expect(counts.textContent).toContain('Imported995');
      expect(counts.textContent).toContain('Rejected2');
      const rows = within(dialog.getByRole('table', { name: 'Rejected rows' })).getAllByRole('row');
      expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
        ['Row', 'Column', 'Reason'],
        ['14', 'Postcode (“Post Code”)', 'Postcode “CB1 1JI” is not a UK postcode.'],
        ['230', 'Entity type (“Kind”)', 'Entity type “boat” is not one Fenlight knows.'],
      ]);

      await user.click(dialog.getByRole('button', { name: 'Save rejected rows…' }));
      expect(inputOf(fake, 'shell.pickSavePath')).toMatchObject({
        defaultName: 'rejected-rows.csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      expect(inputOf(fake, 'import.saveRejected')).toEqual({
        jobId: 'job-1',
        destination: 'C:\\Data\\rejected-rows.csv',
      });
      expect((await dialog.findByText(/Saved 2 rejected rows/)).textContent).toBe(
        'Saved 2 rejected rows to C:\\Data\\rejected-rows.csv.',
      );
    },
  );

  it('cancels a running import and shows what it did before stopping', async () => {
    const fake = bridge();
    const { user, dialog } = await toMapping(fake);
    await user.click(dialog.getByRole('button', { name: 'Import' }));
    await user.click(await dialog.findByRole('button', { name: 'Cancel' }));
    expect(inputOf(fake, 'jobs.cancel')).toEqual({ jobId: 'job-1' });
    act(() =>
      fake.emit({
        name: 'job.finished',
        payload: {
          jobId: 'job-1',
          kind: 'import.entities',
          state: 'cancelled',
          result: null,
          error: { code: 'CANCELLED', message: 'Cancelled.' },
        },
      }),
    );
    expect(dialog.getByRole('status').textContent).toMatch(/^Import cancelled/);
    expect(await dialog.findByRole('table', { name: 'Rejected rows' })).toBeTruthy();
    expect(inputOf(fake, 'import.outcome')).toEqual({ jobId: 'job-1' });
  });

  it('says why a file cannot be read', async () => {
    const { FenlightError } = await import('@shared/contract');
    bridge({
      'import.preview': () => {
        throw new FenlightError('UNSUPPORTED', 'people.docx is not a CSV or Excel workbook.');
      },
    });
    const user = userEvent.setup();
    render(<ImportDialog kind="links" onClose={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Choose file…' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'people.docx is not a CSV or Excel workbook.',
    );
  });

  it('ignores progress that arrives after a job has finished (pure)', () => {
    const done = applyJobEvent(
      { ...startingJob, jobId: 'j', phase: 'running' },
      {
        name: 'job.finished',
        payload: { jobId: 'j', kind: 'import.links', state: 'succeeded', result: 1, error: null },
      },
    );
    expect(
      applyJobEvent(done, {
        name: 'job.progress',
        payload: { jobId: 'j', kind: 'import.links', done: 3, total: 4, message: null },
      }),
    ).toBe(done);
  });
});
