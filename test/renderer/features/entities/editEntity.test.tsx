import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { entityInputSchema, type EntityFields } from '@shared/schemas/entity';
import { EntitiesView } from '../../../../renderer/src/features/entities/EntitiesView';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';
import { detail, personFields, summary } from './entityFixtures';

const site: EntityFields = entityInputSchema.parse({
  type: 'site',
  name: 'Sparkle Hand Car Wash',
  lines: ['Unit 4', 'Fen Road'],
  town: 'Wisbech',
  postcode: 'pe13 2ab',
  gridRef: 'TF 462 096',
  siteType: 'hand_car_wash',
  district: 'E07000010',
});

describe('editing an entity', () => {
  beforeEach(() =>
    useShellStore.setState({
      ...initialShellState,
      view: 'entities',
      record: { kind: 'entity', id: 'ent-1' },
    }),
  );

  it(
    'fills the form from the stored person and sends every field back, changed or not',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      const fake = installFakeBridge({
        'entities.get': () => detail(),
        'audit.list': () => ({ entries: [], total: 0 }),
        'entities.update': () => detail({ summary: summary({ label: 'Ionuț-Andrei Popescu' }) }),
      });
      render(<EntitiesView />);
      await user.click(await screen.findByRole('button', { name: 'Edit…' }));
      const dialog = within(screen.getByRole('dialog', { name: 'Edit Ionuț Popescu' }));
      expect((dialog.getByLabelText('Date of birth', { exact: true }) as HTMLInputElement).value).toBe(
        '14/02/1991',
      );
      expect((dialog.getByLabelText('Coordinator') as HTMLInputElement).value).toBe('R. Vaitkus');
      const name = dialog.getByLabelText('Name');
      await user.clear(name);
      await user.type(name, 'Ionuț-Andrei Popescu');
      await user.click(dialog.getByRole('button', { name: 'Save changes' }));
      const sent = fake.calls.find((call) => call.name === 'entities.update')?.input as {
        id: string;
        entity: unknown;
      };
      expect(sent.id).toBe('ent-1');
      // What the form sends is what was stored, but for the name.
      expect(entityInputSchema.parse(sent.entity)).toEqual({ ...personFields, name: 'Ionuț-Andrei Popescu' });
      expect((await screen.findByRole('status')).textContent).toBe('Changes saved.');
    },
  );

  it('shows a site’s location with its grid reference and edits it without losing anything', async () => {
    const user = userEvent.setup();
    const fake = installFakeBridge({
      'entities.get': () =>
        detail({
          summary: summary({ type: 'site', label: 'Sparkle Hand Car Wash, PE13 2AB', category: null }),
          fields: site,
        }),
      'audit.list': () => ({ entries: [], total: 0 }),
      'entities.update': () => detail({ fields: site }),
    });
    render(<EntitiesView />);
    const properties = (await screen.findAllByLabelText('Properties'))[0]!;
    expect(properties.textContent).toContain('PostcodePE13 2AB');
    expect(properties.textContent).toContain('OS grid referenceTF 462 096');
    expect(properties.textContent).toContain('Site typeHand car wash');
    expect(properties.textContent).toContain('DistrictFenland');
    await user.click(screen.getByRole('button', { name: 'Edit…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Save changes' }));
    const sent = fake.calls.find((call) => call.name === 'entities.update')?.input as { entity: unknown };
    expect(entityInputSchema.parse(sent.entity)).toEqual(site);
  });
});
