import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FenlightError } from '@shared/contract';
import { extractFromText } from '@shared/extraction';
import type { EntityType } from '@shared/domain/entityTypes';
import type { Extraction } from '@shared/extraction/types';
import type { EntityDetail, EntitySummary } from '@shared/records';
import { entityInputFor, textPieces } from '../../../../renderer/src/features/reports/extractionEntities';
import { ReportsView } from '../../../../renderer/src/features/reports/ReportsView';
import { initialShellState, useShellStore } from '../../../../renderer/src/features/shell/shellStore';
import { useVaultStore } from '../../../../renderer/src/features/vault/vaultStore';
import { installFakeBridge, type FakeHandlers } from '../../fakeBridge';
import { unlockedStatus } from '../../fixtures';
import { reportDetail } from './reportFixtures';

const HOSTILE = '<img src=x onerror="alert(1)"> A white van AB12 CDE collects workers. Caller gave 07700 900123. Ionut Popescu drives.';
const knownNames = [{ entityId: 'entity-ionut', name: 'Ionut Popescu' }];

const entitySummary = (overrides: Partial<EntitySummary> & Pick<EntitySummary, 'id' | 'type' | 'label'>): EntitySummary => ({
  chartLabel: overrides.label,
  category: null,
  siteType: null,
  location: null,
  reviewState: 'reviewed',
  bestGrade: null,
  evidenceCount: 1,
  latestEvidenceOn: null,
  hasHandlingConditions: false,
  ...overrides,
});

const extraction = (kind: Extraction['kind'], normalised: string, text = normalised): Extraction => ({ kind, start: 0, end: text.length, text, normalised });

function bridge(handlers: FakeHandlers = {}) {
  return installFakeBridge({
    'reports.get': () => reportDetail({ sanitisedText: HOSTILE }),
    // The real extractor, as the engine runs it, with one person already in the vault.
    'reports.extract': ({ text }) => extractFromText(text, { knownNames }),
    'entities.list': () => ({ rows: [entitySummary({ id: 'entity-ionut', type: 'person', label: 'Ionut Popescu', category: 'suspect' })], total: 1 }),
    'entities.create': ({ entity }) => {
      const type = (entity as { type: EntityType }).type;
      return {
        summary: entitySummary({ id: `new-${type}`, type, label: type === 'vehicle' ? 'AB12 CDE' : '07700 900123' }),
        fields: entity as EntityDetail['fields'],
        evidence: [],
        links: [],
        merges: [],
        createdAt: '2026-11-29T10:00:00.000Z',
        updatedAt: '2026-11-29T10:00:00.000Z',
      };
    },
    'evidence.add': () => ({ id: 'evidence-1' }),
    ...handlers,
  });
}

describe('what the extractor found', { timeout: 30_000 }, () => {
  beforeEach(() => {
    useShellStore.setState({ ...initialShellState, view: 'reports', record: { kind: 'report', id: 'report-1' } });
    useVaultStore.setState({ status: unlockedStatus });
  });

  it('marks what was found with text-only pieces: report text is never parsed as markup', async () => {
    bridge();
    const { container } = render(<ReportsView />);
    const text = await screen.findByRole('group', { name: 'Sanitised text' });
    await waitFor(() => expect(text.querySelectorAll('mark')).toHaveLength(3));
    expect([...text.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['AB12 CDE', '07700 900123', 'Ionut Popescu']);
    expect(text.textContent).toBe(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    for (const piece of text.children) expect([...piece.childNodes].every((node) => node.nodeType === Node.TEXT_NODE)).toBe(true);
  });

  it('adds an identifier as an entity with this report as evidence, only when the analyst clicks', async () => {
    const user = userEvent.setup();
    const fake = bridge();
    render(<ReportsView />);
    const found = await screen.findByRole('list', { name: 'Found in the text' }, { timeout: 4000 });
    const vehicle = await within(found).findByText('AB12 CDE');
    expect(fake.calls.some((entry) => entry.name === 'entities.create')).toBe(false);
    await user.click(within(vehicle.closest('li')!).getByRole('button', { name: 'Add as entity' }));
    const phone = within(found).getByText('07700 900123').closest('li')!;
    expect(phone.textContent).toContain('read as +447700900123');
    await user.click(within(phone).getByRole('button', { name: 'Add as entity' }));
    const creates = fake.calls.filter((entry) => entry.name === 'entities.create').map((entry) => entry.input);
    expect(creates).toEqual([
      { entity: { type: 'vehicle', vrm: 'AB12CDE' }, evidence: [{ reportId: 'report-1', note: '' }] },
      { entity: { type: 'phone', number: '+447700900123' }, evidence: [{ reportId: 'report-1', note: '' }] },
    ]);
    expect(within(vehicle.closest('li')!).getByRole('status').textContent).toMatch(/Added AB12 CDE as an entity/);
    await user.click(within(vehicle.closest('li')!).getByRole('button', { name: 'Open entity' }));
    expect(useShellStore.getState().record).toEqual({ kind: 'entity', id: 'new-vehicle' });
  });

  it('offers “Link to existing” when the identifier is already in the vault', async () => {
    const user = userEvent.setup();
    const fake = bridge({
      'entities.create': () => {
        throw new FenlightError('CONFLICT', 'That vehicle is already in the vault as “AB12 CDE”.', { existingId: 'entity-van' });
      },
    });
    render(<ReportsView />);
    const item = (await screen.findByText('AB12 CDE', { selector: '.found-text' })).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Add as entity' }));
    expect(within(item).getByRole('status').textContent).toBe('That vehicle is already in the vault as “AB12 CDE”.');
    await user.click(within(item).getByRole('button', { name: 'Link to existing' }));
    expect(fake.calls).toContainEqual({ name: 'evidence.add', input: { target: { entityId: 'entity-van' }, reportId: 'report-1', note: '' } });
    expect(within(item).getByRole('status').textContent).toMatch(/Linked/);
  });

  it('links a name already in the vault to its entity', async () => {
    const user = userEvent.setup();
    const fake = bridge();
    render(<ReportsView />);
    const item = (await screen.findByText('Ionut Popescu', { selector: '.found-text' })).closest('li')!;
    expect(within(item).queryByRole('button', { name: 'Add as entity' })).toBeNull();
    await within(item).findByText('Ionut Popescu (Person)');
    await user.click(within(item).getByRole('button', { name: 'Link to existing' }));
    expect(fake.calls).toContainEqual({ name: 'evidence.add', input: { target: { entityId: 'entity-ionut' }, reportId: 'report-1', note: '' } });
  });

  it('highlights while a new report is written, and asks for it to be saved before adding entities', async () => {
    const user = userEvent.setup({ delay: null });
    useShellStore.setState({ ...initialShellState, view: 'reports', record: { kind: 'new-report' } });
    const fake = bridge();
    render(<ReportsView />);
    await user.click(screen.getByLabelText('Sanitised text'));
    await user.paste('Seen in van AB12 CDE at the car wash.');
    const preview = await screen.findByRole('group', { name: 'Sanitised text, with what was found marked' });
    await waitFor(() => expect(preview.querySelector('mark')?.textContent).toBe('AB12 CDE'));
    const button = within(screen.getByRole('list', { name: 'Found in the text' })).getByRole('button', { name: 'Save the report first' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(fake.calls.filter((entry) => entry.name === 'reports.extract').at(-1)?.input).toEqual({ text: 'Seen in van AB12 CDE at the car wash.' });
  }, 30_000);
});

describe('entity inputs built from extractions', () => {
  it('maps each identifier to the entity it names, and nothing for a date or a known name', () => {
    expect(entityInputFor(extraction('vrm', 'AB12CDE', 'AB12 CDE'))).toEqual({ type: 'vehicle', vrm: 'AB12CDE' });
    expect(entityInputFor(extraction('phone', '+447700900123'))).toEqual({ type: 'phone', number: '+447700900123' });
    expect(entityInputFor(extraction('postcode', 'PE13 2AB'))).toEqual({ type: 'site', postcode: 'PE13 2AB', siteType: 'other' });
    expect(entityInputFor(extraction('email', 'a.b@example.com'))).toEqual({ type: 'email', address: 'a.b@example.com' });
    expect(entityInputFor(extraction('nino', 'AB123456C'))).toEqual({ type: 'document', documentType: 'nino', number: 'AB123456C' });
    expect(entityInputFor(extraction('gridref', 'TL 4462 9912'))).toEqual({ type: 'site', gridRef: 'TL 4462 9912', siteType: 'other' });
    expect(entityInputFor(extraction('date', '2026-03-02', '02/03/2026'))).toBeNull();
    expect(entityInputFor({ ...extraction('known-entity', 'ionut popescu', 'Ionut Popescu'), entityId: 'e-1' })).toBeNull();
  });

  it('cuts text into pieces that join back exactly, skipping stale or overlapping offsets', () => {
    const text = 'Van AB12 CDE and 07700 900123';
    const found = extractFromText(text);
    expect(textPieces(text, found).map((piece) => piece.text).join('')).toBe(text);
    const stale: Extraction = { kind: 'vrm', start: 40, end: 48, text: 'AB12 CDE', normalised: 'AB12CDE' };
    expect(textPieces(text, [...found, stale]).filter((piece) => piece.extraction)).toHaveLength(found.length);
    expect(textPieces('short', [stale])).toEqual([{ text: 'short', extraction: null }]);
  });
});
