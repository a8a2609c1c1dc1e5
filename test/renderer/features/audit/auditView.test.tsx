import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/audit';
import { AuditView } from '../../../../renderer/src/features/audit/AuditView';
import { installFakeBridge } from '../../fakeBridge';

const entry: AuditEntry = {
  seq: 7,
  at: '2026-07-05T13:30:00.000Z',
  action: 'DISCLOSE',
  operation: 'audit.export',
  analystName: 'Priya Shah',
  staffNumber: 'CC4127',
  osUser: 'pshah',
  machine: 'CAMBS-LT-0412',
  targets: [{ type: 'audit-log', id: 'vault-1' }],
  reason: 'ICO request',
  recipients: ['ICO'],
  details: null,
  hash: 'abc',
};

describe('audit view', () => {
  it('lists entries with en-GB times and operation names in words', async () => {
    installFakeBridge({ 'audit.list': () => ({ entries: [entry], total: 1 }) });
    render(<AuditView />);
    const table = screen.getByRole('table', { name: 'Audit entries' });
    const row = await within(table).findByRole('row', { name: /Disclosure/ });
    expect(row.textContent).toContain('05/07/2026 14:30');
    expect(row.textContent).toContain('Exported the audit log');
    expect(row.textContent).toContain('Priya Shah (CC4127)');
  });

  it('filters by dates typed day first, analyst and operation type', async () => {
    const user = userEvent.setup();
    const bridge = installFakeBridge({ 'audit.list': () => ({ entries: [], total: 0 }) });
    render(<AuditView />);
    await user.type(screen.getByLabelText('From'), '01/07/2026');
    await user.type(screen.getByLabelText('To'), '05/07/2026');
    await user.type(screen.getByLabelText('Analyst'), 'shah');
    await user.selectOptions(screen.getByLabelText('Operation type'), 'DISCLOSE');
    expect(bridge.calls.at(-1)).toEqual({
      name: 'audit.list',
      input: { from: '2026-07-01', to: '2026-07-06', analyst: 'shah', actions: ['DISCLOSE'], limit: 50, offset: 0 },
    });
  });

  it('explains a date it cannot read instead of querying', async () => {
    const user = userEvent.setup();
    installFakeBridge({ 'audit.list': () => ({ entries: [], total: 0 }) });
    render(<AuditView />);
    await user.type(screen.getByLabelText('From'), '31/02/2026');
    expect(screen.getByRole('alert').textContent).toBe('Enter dates as dd/mm/yyyy.');
  });

  it('verifies the chain on request', async () => {
    const user = userEvent.setup();
    installFakeBridge({ 'audit.list': () => ({ entries: [], total: 0 }), 'audit.verify': () => ({ intact: false, entries: 3, firstBrokenSeq: 4, problem: 'Entry 4 was altered after it was written.' }) });
    render(<AuditView />);
    await user.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/broken at entry 4/);
  });
});
