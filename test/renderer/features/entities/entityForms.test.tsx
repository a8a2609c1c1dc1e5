import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FenlightError } from '@shared/contract';
import { EntitiesView } from '../../../../renderer/src/features/entities/EntitiesView';
import {
  initialEntitiesState,
  useEntitiesStore,
} from '../../../../renderer/src/features/entities/entitiesStore';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge, type FakeHandlers } from '../../fakeBridge';
import { detail } from './entityFixtures';

function bridge(more: FakeHandlers = {}) {
  return installFakeBridge({
    'entities.list': () => ({ rows: [], total: 0 }),
    'reports.list': () => ({ rows: [], total: 0 }),
    'entities.create': () => detail({ summary: { ...detail().summary, id: 'new-1' } }),
    ...more,
  });
}

async function openNewEntity() {
  const user = userEvent.setup();
  render(<EntitiesView />);
  await user.click(screen.getByRole('button', { name: 'New entity' }));
  const dialog = screen.getByRole('dialog', { name: 'New entity' });
  return { user, dialog };
}

describe('new entity forms', () => {
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'entities' });
    useEntitiesStore.setState(initialEntitiesState);
  });

  it(
    'asks for a date of birth or an estimated age, and checks what was typed',
    { timeout: 20_000 },
    async () => {
      const fake = bridge();
      const { user, dialog } = await openNewEntity();
      const form = within(dialog);
      await user.type(form.getByLabelText('Name'), 'Ionuț Popescu');
      await user.selectOptions(form.getByLabelText('Data subject category'), 'witness');
      expect(form.queryByLabelText('Date of birth')).toBeNull();
      await user.click(form.getByRole('radio', { name: 'Known date of birth' }));
      await user.type(form.getByLabelText('Date of birth'), '31/02/1991');
      await user.tab();
      expect(form.getByLabelText('Date of birth').getAttribute('aria-invalid')).toBe('true');
      expect(dialog.textContent).toContain('Enter the date of birth as dd/mm/yyyy');
      // Choosing an estimated age replaces the date of birth: one or the other, never both.
      await user.click(form.getByRole('radio', { name: 'Estimated age' }));
      expect(form.queryByLabelText('Date of birth')).toBeNull();
      await user.type(form.getByLabelText('Estimated age (years)'), '130');
      await user.click(form.getByRole('button', { name: 'Create entity' }));
      expect(form.getByRole('alert').textContent).toMatch(/Correct the problem shown above/);
      expect(dialog.textContent).toContain('Estimated age must be between 0 and 120.');
      expect(document.activeElement).toBe(form.getByLabelText('Estimated age (years)'));
      expect(fake.calls.some((call) => call.name === 'entities.create')).toBe(false);

      await user.clear(form.getByLabelText('Estimated age (years)'));
      await user.type(form.getByLabelText('Estimated age (years)'), '17');
      await user.click(form.getByRole('checkbox', { name: 'Age disputed' }));
      await user.type(form.getByLabelText('Aliases'), 'Nelu{Enter}Ionut Popescu');
      await user.type(form.getByLabelText('Nationalities'), 'Romanian, LT');
      await user.type(form.getByLabelText('First language'), 'ro');
      await user.click(form.getByRole('button', { name: 'Create entity' }));
      expect(fake.calls.find((call) => call.name === 'entities.create')?.input).toEqual({
        entity: {
          type: 'person',
          name: 'Ionuț Popescu',
          aliases: ['Nelu', 'Ionut Popescu'],
          dateOfBirth: null,
          estimatedAge: 17,
          ageDisputed: true,
          gender: 'unknown',
          nationalities: ['RO', 'LT'],
          firstLanguage: 'ro',
          otherLanguages: [],
          interpreterNeeded: false,
          category: 'witness',
          statementBasis: 'assessment',
          victim: null,
        },
        evidence: [],
      });
      expect(useShellStore.getState().record).toEqual({ kind: 'entity', id: 'new-1' });
    },
  );

  it(
    'shows the NRM and support panel only for victims and potential victims',
    { timeout: 20_000 },
    async () => {
      const fake = bridge();
      const { user, dialog } = await openNewEntity();
      const form = within(dialog);
      await user.type(form.getByLabelText('Name'), 'Daiva K.');
      await user.selectOptions(form.getByLabelText('Data subject category'), 'suspect');
      expect(form.queryByRole('group', { name: 'NRM and victim support' })).toBeNull();
      await user.selectOptions(form.getByLabelText('Data subject category'), 'potential_victim');
      const panel = form.getByRole('group', { name: 'NRM and victim support' });
      await user.type(within(panel).getByLabelText('NRM referral date'), '05/03/2026');
      await user.selectOptions(within(panel).getByLabelText('Reasonable grounds decision'), 'positive');
      await user.type(within(panel).getByLabelText('Reasonable grounds decision date'), '10/03/2026');
      await user.click(within(panel).getByRole('checkbox', { name: 'Duty to Notify: MS1 submitted' }));
      await user.click(
        within(panel).getByRole('checkbox', { name: /Referred to the Victim and Witness Hub/ }),
      );
      await user.type(within(panel).getByLabelText('Coordinator'), 'R. Vaitkus');
      await user.click(within(panel).getByRole('checkbox', { name: 'Translation' }));
      await user.click(form.getByRole('button', { name: 'Create entity' }));
      const sent = fake.calls.find((call) => call.name === 'entities.create')?.input as {
        entity: { victim: unknown; category: string };
      };
      expect(sent.entity.category).toBe('potential_victim');
      expect(sent.entity.victim).toEqual({
        nrmReferralDate: '2026-03-05',
        nrmReference: '',
        competentAuthority: null,
        reasonableGrounds: { outcome: 'positive', date: '2026-03-10' },
        conclusiveGrounds: null,
        dutyToNotify: true,
        hubReferral: true,
        hubReferralDate: null,
        coordinator: 'R. Vaitkus',
        supportTypes: ['translation'],
        closedOn: null,
      });
    },
  );

  it(
    'places the engine’s field errors and offers to open an entity that is already in the vault',
    { timeout: 20_000 },
    async () => {
      let attempt = 0;
      bridge({
        'entities.create': () => {
          attempt += 1;
          if (attempt === 1)
            throw new FenlightError('INVALID_INPUT', 'Date of birth cannot be in the future.', {
              issues: [{ path: 'dateOfBirth', message: 'Date of birth cannot be in the future.' }],
            });
          throw new FenlightError('CONFLICT', 'That person is already in the vault as “Ionuț Popescu”.', {
            existingId: 'ent-1',
          });
        },
      });
      const { user, dialog } = await openNewEntity();
      const form = within(dialog);
      await user.type(form.getByLabelText('Name'), 'Ionut Popescu');
      await user.selectOptions(form.getByLabelText('Data subject category'), 'victim');
      await user.click(form.getByRole('radio', { name: 'Known date of birth' }));
      await user.type(form.getByLabelText('Date of birth'), '14/02/2091');
      await user.click(form.getByRole('button', { name: 'Create entity' }));
      expect(
        await form.findByText('Date of birth cannot be in the future.', { selector: '.field-error' }),
      ).toBeTruthy();
      await user.clear(form.getByLabelText('Date of birth'));
      await user.type(form.getByLabelText('Date of birth'), '14/02/1991');
      await user.click(form.getByRole('button', { name: 'Create entity' }));
      const conflict = await form.findByText(/already in the vault as “Ionuț Popescu”/);
      await user.click(within(conflict.parentElement!).getByRole('button', { name: 'Open it' }));
      expect(useShellStore.getState().record).toEqual({ kind: 'entity', id: 'ent-1' });
    },
  );

  it(
    'validates identifiers inline with the engine’s own rules (vehicle and site)',
    { timeout: 20_000 },
    async () => {
      const fake = bridge();
      const { user, dialog } = await openNewEntity();
      const form = within(dialog);
      await user.selectOptions(form.getByLabelText('Entity type'), 'vehicle');
      await user.type(form.getByLabelText('Registration mark (VRM)'), 'ab12cde');
      expect(dialog.textContent).toContain(
        'Recognised: current format (since September 2001), written AB12 CDE.',
      );
      await user.click(form.getByRole('button', { name: 'Create entity' }));
      expect(fake.calls.find((call) => call.name === 'entities.create')?.input).toEqual({
        entity: { type: 'vehicle', vrm: 'ab12cde', country: 'GB', make: '', model: '', colour: '' },
        evidence: [],
      });

      act(() => useShellStore.getState().closeRecord());
      await user.click(screen.getByRole('button', { name: 'New entity' }));
      const second = within(screen.getByRole('dialog', { name: 'New entity' }));
      await user.selectOptions(second.getByLabelText('Entity type'), 'site');
      await user.type(second.getByLabelText('Postcode'), 'CB1 1JI');
      await user.tab();
      await user.click(second.getByRole('button', { name: 'Create entity' }));
      expect(second.getByLabelText('Postcode').getAttribute('aria-invalid')).toBe('true');
      expect(second.getByLabelText('Site type').getAttribute('aria-invalid')).toBe('true');
    },
  );
});
