import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyChartDocument } from '@shared/chart/document';
import { chartLegend } from '../../../../renderer/src/features/chart/export/chartLegend';
import { exportChart, MAX_PNG_SIDE, pngTileCount } from '../../../../renderer/src/features/chart/export/chartExport';
import { tileGrid, tilePath } from '../../../../renderer/src/features/chart/export/pngTiles';
import { checkChartExportForm, ExportChartDialog, type ChartExportForm } from '../../../../renderer/src/features/chart/export/ExportChartDialog';
import { installFakeBridge } from '../../fakeBridge';
import { entityItem, linkItem } from './fixtures';

const form: ChartExportForm = {
  format: 'pdf',
  scale: '2',
  paper: 'A4',
  orientation: 'landscape',
  fit: 'page',
  title: 'Operation Fenward',
  disclosure: { reason: 'Case file for Op Fenward', recipients: [] },
};

describe('chart export form', { timeout: 20_000 }, () => {
  it('requires a reason for disclosure and a title, and keeps the PNG scale within 1× to 4×', () => {
    expect(checkChartExportForm({ ...form, disclosure: { reason: '  ', recipients: [] } })).toEqual({
      ok: false,
      field: 'reason',
      message: 'Give the reason for this disclosure: it is recorded in the audit log.',
    });
    expect(checkChartExportForm({ ...form, disclosure: { reason: 'ok', recipients: [] } })).toMatchObject({ ok: false, field: 'reason' });
    expect(checkChartExportForm({ ...form, title: '' })).toMatchObject({ ok: false, field: 'title', message: 'Give the export a title.' });
    expect(checkChartExportForm({ ...form, format: 'png', scale: '5' })).toMatchObject({ ok: false, field: 'scale' });
    expect(checkChartExportForm({ ...form, fit: 'tile', paper: 'A3' })).toEqual({ ok: true, scale: 2, page: { paper: 'A3', orientation: 'landscape', fit: 'tile' } });
  });

  it('refuses an empty reason without asking where to save, then exports with reason and recipients', async () => {
    const bridge = installFakeBridge({ 'shell.pickSavePath': () => ({ cancelled: false, path: '/cases/fenward.png' }) });
    const run = vi.fn(async () => ({ paths: ['/cases/fenward.png'], pages: 1 }));
    render(<ExportChartDialog defaultTitle="Operation Fenward" marking="OFFICIAL-SENSITIVE PERSONAL DATA" shown={4} exportChart={run} onClose={() => undefined} />);
    const user = userEvent.setup();
    const format = screen.getByRole('combobox', { name: 'Format' }) as HTMLSelectElement;
    expect([...format.options].map((option) => option.textContent)).toEqual([
      'PNG image',
      'SVG drawing (vector)',
      'PDF document',
      'i2 Analyst’s Notebook (ANX)',
      'CSV nodes and links',
      'FollowTheMoney JSON lines',
    ]);
    expect(screen.getByText(/marking OFFICIAL-SENSITIVE PERSONAL DATA at the top and bottom/)).toBeTruthy();
    await user.selectOptions(format, 'png');
    await user.selectOptions(screen.getByLabelText('Scale'), '3');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Give the reason for this disclosure/);
    expect(bridge.calls).toHaveLength(0);
    expect(run).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Reason for disclosure'), 'Case file for Op Fenward');
    await user.type(screen.getByLabelText('Recipients'), 'DI Marsh{Enter}{Enter}CPS East');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/Saved to \/cases\/fenward.png\. The disclosure is recorded/)).toBeTruthy();
    expect(bridge.calls[0]?.input).toMatchObject({ defaultName: 'Operation Fenward.png' });
    expect(run).toHaveBeenCalledWith(
      expect.objectContaining({ format: 'png', scale: 3, title: 'Operation Fenward', destination: '/cases/fenward.png', reason: 'Case file for Op Fenward', recipients: ['DI Marsh', 'CPS East'] }),
    );
  });

  it('offers paper, orientation and tiling for PDF', async () => {
    installFakeBridge();
    render(<ExportChartDialog defaultTitle="Link chart" marking="OFFICIAL-SENSITIVE" shown={1} exportChart={vi.fn()} onClose={() => undefined} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Format'), 'pdf');
    expect(screen.getByLabelText('Paper')).toBeTruthy();
    expect(screen.getByLabelText('Orientation')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Pages'), 'tile');
    expect(screen.queryByLabelText('Scale')).toBeNull();
  });
});

describe('chart export', () => {
  it('splits a PNG beyond what the browser can draw into tiles, none over the limit, covering the whole picture', () => {
    expect(pngTileCount({ width: 2000, height: 1000 }, 4)).toBe(1);
    expect(pngTileCount({ width: 5000, height: 1200 }, 2)).toBe(2);
    const tiles = tileGrid(20_001, 9_000, MAX_PNG_SIDE);
    expect(tiles).toHaveLength(3 * 2);
    for (const tile of tiles) {
      expect(tile.width).toBeLessThanOrEqual(MAX_PNG_SIDE);
      expect(tile.height).toBeLessThanOrEqual(MAX_PNG_SIDE);
    }
    expect(tiles.reduce((area, tile) => area + tile.width * tile.height, 0)).toBe(20_001 * 9_000);
    const last = tiles.at(-1)!;
    expect([last.x + last.width, last.y + last.height]).toEqual([20_001, 9_000]);
  });

  it('names each tile file by its part, row and column', () => {
    const tiles = tileGrid(10_000, 100, MAX_PNG_SIDE);
    expect(tiles.map((tile, i) => tilePath('C:\\Case\\Fenward.png', tile, tiles.length, i))).toEqual([
      'C:\\Case\\Fenward (part 1 of 2, row 1 column 1).png',
      'C:\\Case\\Fenward (part 2 of 2, row 1 column 2).png',
    ]);
  });

  it('says so when the chart is not on screen to draw, rather than exporting a blank picture', async () => {
    const bridge = installFakeBridge();
    const request = { format: 'png' as const, title: 'T', scale: 2, page: { paper: 'A4' as const, orientation: 'landscape' as const, fit: 'page' as const }, destination: '/x.png', reason: 'Case file', recipients: [] };
    await expect(exportChart(request, { canvas: null, document: emptyChartDocument(), marking: 'OFFICIAL-SENSITIVE', frame: { trainingData: false, author: 'A (1)', legend: [] } })).rejects.toThrow(
      /not drawn on screen/,
    );
    expect(bridge.calls).toHaveLength(0);
  });

  it('sends data exports to the engine with the chart document and marking', async () => {
    const bridge = installFakeBridge({
      'charts.exportAnx': (input) => ({ path: input.destination, entities: 0, links: 0 }),
      'charts.exportData': (input) => ({ paths: [`${input.destination}-nodes.csv`, `${input.destination}-links.csv`], entities: 0, links: 0 }),
    });
    const base = { title: 'Fenward', scale: 2, page: { paper: 'A4' as const, orientation: 'landscape' as const, fit: 'page' as const }, destination: '/cases/f', reason: 'Case file', recipients: ['DI Marsh'] };
    const context = { canvas: null, document: emptyChartDocument(), marking: 'OFFICIAL-SENSITIVE PERSONAL DATA', frame: { trainingData: false, author: 'A (1)', legend: [] } };
    await exportChart({ ...base, format: 'anx' }, context);
    const csv = await exportChart({ ...base, format: 'csv' }, context);
    expect(csv.paths).toHaveLength(2);
    expect(bridge.calls[0]).toMatchObject({ name: 'charts.exportAnx', input: { marking: 'OFFICIAL-SENSITIVE PERSONAL DATA', reason: 'Case file', recipients: ['DI Marsh'] } });
    expect(bridge.calls[1]).toMatchObject({ name: 'charts.exportData', input: { format: 'csv' } });
  });

  it('puts only the symbols and line styles the chart shows in the legend', () => {
    const document = {
      ...emptyChartDocument(),
      nodes: [
        { entityId: 'p', x: 0, y: 0, pinned: false, hidden: false, groupId: null, style: {} },
        { entityId: 'v', x: 0, y: 0, pinned: false, hidden: false, groupId: null, style: {} },
        { entityId: 'hidden', x: 0, y: 0, pinned: false, hidden: true, groupId: null, style: {} },
      ],
      links: [{ linkId: 'l', hidden: false, style: {} }],
    };
    const entities = new Map([
      ['p', entityItem('p')],
      ['v', entityItem('v', { type: 'vehicle' })],
      ['hidden', entityItem('hidden', { type: 'phone' })],
    ]);
    const links = new Map([['l', linkItem('l', 'p', 'v', { strength: 'tentative' })]]);
    expect(chartLegend(document, entities, links).map((item) => [item.label, item.kind, item.dash])).toEqual([
      ['Person', 'node', undefined],
      ['Vehicle', 'node', undefined],
      ['Tentative link', 'line', 'dotted'],
    ]);
  });
});
