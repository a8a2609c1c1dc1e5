import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FenlightError } from '@shared/contract';
import { checkExportForm, ExportMapDialog, type ExportForm } from '../../../../renderer/src/features/map/ExportMapDialog';
import { LocationField } from '../../../../renderer/src/features/map/LocationField';
import type { LatLonPoint } from '../../../../renderer/src/features/map/locationEntry';
import { installFakeBridge } from '../../fakeBridge';

function Harness({ onChange }: { onChange(point: LatLonPoint | null): void }) {
  const [value, setValue] = useState<LatLonPoint | null>(null);
  return (
    <LocationField
      value={value}
      postcode="CB1 1JG"
      onChange={(point) => {
        setValue(point);
        onChange(point);
      }}
    />
  );
}

describe('LocationField', () => {
  it('sets the point from a typed grid reference and always shows its grid reference', async () => {
    installFakeBridge();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Grid reference'), 'tl450588{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ lat: expect.closeTo(52.2088, 3), lon: expect.closeTo(0.1214, 3) });
    expect(screen.getByLabelText('Grid reference')).toHaveProperty('value', 'TL 450 588');
    expect(screen.getByText(/grid reference TL 4505 588[45]/)).toBeTruthy();
    expect((screen.getByLabelText('Latitude') as HTMLInputElement).value).toMatch(/^52\.20/);
  });

  it('explains a grid reference or coordinates it cannot use', async () => {
    installFakeBridge();
    render(<Harness onChange={() => undefined} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Grid reference'), 'TL 45 5881{Enter}');
    expect(screen.getByText(/the easting and northing need the same number of figures/)).toBeTruthy();
    await user.type(screen.getByLabelText('Latitude'), '0.12');
    await user.type(screen.getByLabelText('Longitude'), '52.2');
    await user.tab();
    expect(screen.getByText(/swapped/)).toBeTruthy();
  });

  it('looks postcodes up offline, and shows the engine’s words when it cannot', async () => {
    const bridge = installFakeBridge({
      'geo.lookupPostcode': ({ postcode }) => {
        if (postcode === 'CB1 1JG') return { postcode: 'CB1 1JG', lat: 52.2034, lon: 0.131, gridRef: 'TL 457 582' };
        throw new FenlightError('NOT_FOUND', 'Fenlight has no postcode directory yet, so it cannot place PE13 2AA. Import the force’s postcode file first; Fenlight ships none.');
      },
    });
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Look up postcode' }));
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ lat: 52.2034, lon: 0.131 }));
    expect(bridge.calls).toContainEqual({ name: 'geo.lookupPostcode', input: { postcode: 'CB1 1JG' } });
    await user.clear(screen.getByLabelText('Postcode'));
    await user.type(screen.getByLabelText('Postcode'), 'PE13 2AA');
    await user.click(screen.getByRole('button', { name: 'Look up postcode' }));
    expect(await screen.findByText(/ships none/)).toBeTruthy();
  });
});

const form = (overrides: Partial<ExportForm> = {}): ExportForm => ({
  format: 'png',
  sizeMode: 'width',
  width: '2400',
  dpi: '300',
  paper: 'A4',
  orientation: 'landscape',
  title: 'Sites',
  disclosure: { reason: 'Case file for Op Heron', recipients: [] },
  ...overrides,
});

describe('Export map dialog', () => {
  it('checks size, DPI, title and reason before asking for a file', () => {
    expect(checkExportForm(form())).toMatchObject({ ok: true, png: { mode: 'width', width: 2400 } });
    expect(checkExportForm(form({ sizeMode: 'dpi', dpi: '300' }))).toMatchObject({ ok: true, png: { mode: 'dpi', dpi: 300 } });
    expect(checkExportForm(form({ width: '50' }))).toMatchObject({ ok: false, field: 'width' });
    expect(checkExportForm(form({ sizeMode: 'dpi', dpi: '9000' }))).toMatchObject({ ok: false, field: 'dpi' });
    expect(checkExportForm(form({ title: ' ' }))).toMatchObject({ ok: false, field: 'title' });
    expect(checkExportForm(form({ disclosure: { reason: 'x', recipients: [] } }))).toMatchObject({ ok: false, field: 'reason' });
    expect(checkExportForm(form({ format: 'pdf', paper: 'A3', orientation: 'portrait', width: 'nonsense' }))).toMatchObject({ ok: true, page: { paper: 'A3', orientation: 'portrait', fit: 'page' } });
  });

  it('asks where to save, then exports with the reason and recipients, and says where it went', async () => {
    const bridge = installFakeBridge({ 'shell.pickSavePath': () => ({ cancelled: false, path: '/cases/heron.pdf' }) });
    const exportMap = vi.fn(async () => ({ path: '/cases/heron.pdf', format: 'pdf' as const, pages: 1, bytes: 1000 }));
    render(<ExportMapDialog defaultTitle="Sites map" shown={3} exportMap={exportMap} onClose={() => undefined} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Format'), 'pdf');
    await user.selectOptions(screen.getByLabelText('Paper'), 'A3');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByText(/Give the reason for this disclosure/)).toBeTruthy();
    expect(exportMap).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Reason for disclosure'), 'Briefing for Op Heron');
    await user.type(screen.getByLabelText('Recipients'), 'DS Khan{Enter}{Enter}CPS East');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/Saved to \/cases\/heron.pdf \(1 page\)/)).toBeTruthy();
    expect(bridge.calls.find((item) => item.name === 'shell.pickSavePath')?.input).toMatchObject({ defaultName: 'Sites map.pdf' });
    expect(exportMap).toHaveBeenCalledWith(
      expect.objectContaining({ format: 'pdf', page: { paper: 'A3', orientation: 'landscape', fit: 'page' }, title: 'Sites map', destination: '/cases/heron.pdf', reason: 'Briefing for Op Heron', recipients: ['DS Khan', 'CPS East'] }),
    );
  });
});
