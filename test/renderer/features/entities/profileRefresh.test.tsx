import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntitiesView } from '../../../../renderer/src/features/entities/EntitiesView';
import {
  BULK_REFRESH_MS,
  concernsProfile,
} from '../../../../renderer/src/features/entities/profile/useEntityDetail';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { installFakeBridge } from '../../fakeBridge';
import { detail, link, summary } from './entityFixtures';

const profile = detail({
  links: [{ link: link(), other: summary({ id: 'site-1', type: 'site', label: '14 Mill Road' }) }],
});

describe('profile refresh', () => {
  beforeEach(() =>
    useShellStore.setState({
      ...initialShellState,
      view: 'entities',
      record: { kind: 'entity', id: 'ent-1' },
    }),
  );
  afterEach(() => vi.useRealTimers());

  it('re-reads only for changes to the entity, its links or its neighbours', () => {
    expect(concernsProfile(profile, { scopes: ['entities'], ids: ['ent-1'] })).toBe(true);
    expect(concernsProfile(profile, { scopes: ['links'], ids: ['link-1'] })).toBe(true);
    expect(concernsProfile(profile, { scopes: ['entities'], ids: ['site-1'] })).toBe(true);
    expect(concernsProfile(profile, { scopes: ['entities'], ids: ['someone-else'] })).toBe(false);
    expect(concernsProfile(profile, { scopes: ['settings'] })).toBe(false);
    expect(concernsProfile(profile, { scopes: ['entities'] })).toBe(true);
  });

  it('gathers bulk changes into one re-read, since each read is a logged consultation', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = installFakeBridge({
      'entities.get': () => profile,
      'audit.list': () => ({ entries: [], total: 0 }),
    });
    render(<EntitiesView />);
    await screen.findByRole('heading', { level: 1, name: 'Ionuț Popescu' });
    const reads = () => fake.calls.filter((call) => call.name === 'entities.get').length;
    expect(reads()).toBe(1);

    act(() => fake.emit({ name: 'data.changed', payload: { scopes: ['entities'], ids: ['someone-else'] } }));
    act(() => fake.emit({ name: 'data.changed', payload: { scopes: ['links'], ids: ['link-1'] } }));
    await vi.waitFor(() => expect(reads()).toBe(2));

    for (let i = 0; i < 3; i += 1)
      act(() => fake.emit({ name: 'data.changed', payload: { scopes: ['entities'] } }));
    expect(reads()).toBe(2);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(BULK_REFRESH_MS);
    });
    expect(reads()).toBe(3);
  });
});
