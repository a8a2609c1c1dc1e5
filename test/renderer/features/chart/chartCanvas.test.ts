import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useChartStore } from '../../../../renderer/src/features/chart/chartStore';
import { ChartCanvas, type CanvasEvents } from '../../../../renderer/src/features/chart/cy/chartCanvas';
import { buildRenderModel } from '../../../../renderer/src/features/chart/cy/renderModel';
import { computeFilteredOut } from '../../../../renderer/src/features/chart/model/filters';
import { entityItem, items, linkItem } from './fixtures';

const store = () => useChartStore.getState();

function model(theme: 'light' | 'dark' = 'light') {
  const state = store();
  return buildRenderModel({
    ...state,
    filteredOut: computeFilteredOut(state.document, state.entities, state.links),
    theme,
  });
}

function sample() {
  store().applyItems(
    items(
      [
        entityItem('boss', { category: 'suspect' }),
        entityItem('v1', { category: 'victim' }),
        entityItem('v2', { category: 'potential_victim' }),
        entityItem('van', { type: 'vehicle', category: null }),
      ],
      [
        linkItem('c1', 'boss', 'v1', {
          type: 'controls_or_exploits',
          directed: true,
          strength: 'unconfirmed',
        }),
        linkItem('c2', 'boss', 'v2', { type: 'controls_or_exploits', directed: true, strength: 'tentative' }),
        linkItem('d', 'boss', 'van', { type: 'drives', directed: true }),
        linkItem('t', 'v1', 'v2', { type: 'travelled_with' }),
      ],
    ),
  );
}

let canvas: ChartCanvas;
let events: { [K in keyof CanvasEvents]: ReturnType<typeof vi.fn> };

beforeEach(() => {
  store().clear();
  events = {
    selectionChanged: vi.fn(),
    moved: vi.fn(),
    viewportChanged: vi.fn(),
    toggleGroup: vi.fn(),
    editNote: vi.fn(),
  };
  canvas = new ChartCanvas(undefined, events as unknown as CanvasEvents, { theme: 'light', headless: true });
});

afterEach(() => canvas.destroy());

describe('Cytoscape adapter', () => {
  it('draws entities with their symbol and identity label, and links styled by type and strength', () => {
    sample();
    const stats = canvas.render(model());
    expect(stats).toMatchObject({ added: 8, removed: 0 });
    const boss = canvas.cy.getElementById('e:boss');
    expect(boss.data('label')).toBe('Entity boss');
    expect(String(boss.data('image'))).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(String(boss.data('image')))).toContain('>S</text>');
    const control = canvas.cy.getElementById('l:c1');
    expect(control.hasClass('strength-unconfirmed') && control.hasClass('directed')).toBe(true);
    expect(control.style('line-style')).toBe('dashed');
    expect(canvas.cy.getElementById('l:c2').style('line-style')).toBe('dotted');
    expect(canvas.cy.getElementById('l:d').style('line-style')).toBe('solid');
    expect(canvas.cy.getElementById('l:d').style('target-arrow-shape')).toBe('triangle');
    expect(canvas.cy.getElementById('l:t').style('target-arrow-shape')).toBe('none');
  });

  it('draws a link again between its new ends when they change (a merge moves it to the survivor)', () => {
    sample();
    canvas.render(model());
    store().applyItems(items([], [linkItem('d', 'v1', 'van', { type: 'drives', directed: true })]));
    const stats = canvas.render(model());
    expect(stats).toMatchObject({ added: 1, removed: 1, updated: 0 });
    const drives = canvas.cy.getElementById('l:d');
    expect([drives.source().id(), drives.target().id()]).toEqual(['e:v1', 'e:van']);
    expect(drives.hasClass('directed')).toBe(true);
    expect(canvas.render(model())).toMatchObject({ added: 0, removed: 0, updated: 0, moved: 0 });
  });

  it('draws a lone link straight and curves links that share their ends apart', () => {
    sample();
    store().applyItems(items([], [linkItem('t2', 'v2', 'v1', { type: 'associate' })]));
    canvas.render(model());
    expect(canvas.cy.getElementById('l:d').style('curve-style')).toBe('straight');
    expect(canvas.cy.getElementById('l:t').style('curve-style')).toBe('bezier');
    expect(canvas.cy.getElementById('l:t2').style('curve-style')).toBe('bezier');
    // Once one of the pair goes, the other is straight again.
    store().remove({ linkIds: ['t2'] });
    canvas.render(model());
    expect(canvas.cy.getElementById('l:t').style('curve-style')).toBe('straight');
  });

  it('applies changes by difference: one moved node, one restyled link, nothing else touched', () => {
    sample();
    canvas.render(model());
    store().move(new Map([['van', { x: 999, y: 111 }]]));
    store().styleLinks(['t'], { colour: '#123456' });
    const stats = canvas.render(model());
    expect(stats).toEqual({ added: 0, removed: 0, updated: 1, moved: 1 });
    expect(canvas.cy.getElementById('e:van').position()).toEqual({ x: 999, y: 111 });
    expect(canvas.cy.getElementById('l:t').data('colour')).toBe('#123456');
  });

  it('removes what left the chart, with the links that touched it', () => {
    sample();
    canvas.render(model());
    store().remove({ entityIds: ['van'] });
    const stats = canvas.render(model());
    expect(stats.removed).toBe(2);
    expect(canvas.cy.getElementById('e:van').empty()).toBe(true);
    expect(canvas.cy.getElementById('l:d').empty()).toBe(true);
  });

  it('draws groups as boxes and a collapsed group as one summary with gathered links', () => {
    sample();
    const groupId = store().group('Victims at the HMO', ['v1', 'v2']);
    canvas.render(model());
    expect(canvas.cy.getElementById('e:v1').parent().first().id()).toBe(`g:${groupId}`);
    expect(canvas.cy.getElementById(`g:${groupId}`).data('label')).toBe('Victims at the HMO (2)');
    store().setGroupCollapsed(groupId, true);
    canvas.render(model());
    expect(canvas.cy.getElementById('e:v1').empty()).toBe(true);
    const summary = canvas.cy.getElementById(`gs:${groupId}`);
    expect(summary.empty()).toBe(false);
    const meta = canvas.cy.edges('.meta-link');
    expect(meta).toHaveLength(1);
    expect(meta.first().data('label')).toBe('2 links');
    store().setGroupCollapsed(groupId, false);
    canvas.render(model());
    expect(canvas.cy.getElementById('e:v1').parent().first().id()).toBe(`g:${groupId}`);
    expect(canvas.cy.edges('.meta-link')).toHaveLength(0);
  });

  it('dims or hides filtered items, hides hidden ones, and fades all but a highlight', () => {
    sample();
    store().setFilters({ mode: 'dim', strengths: ['confirmed'] });
    canvas.render(model());
    expect(canvas.cy.getElementById('l:c1').hasClass('filtered-dim')).toBe(true);
    store().setFilters({ mode: 'hide', strengths: ['confirmed'] });
    store().setHidden({ entityIds: ['van'] }, true);
    store().setHighlight({ title: 'Path', entityIds: ['boss', 'v1'], linkIds: ['c1'] });
    canvas.render(model());
    expect(canvas.cy.getElementById('l:c1').style('display')).toBe('none');
    expect(canvas.cy.getElementById('e:van').style('display')).toBe('none');
    expect(canvas.cy.getElementById('e:boss').hasClass('highlight')).toBe(true);
    expect(canvas.cy.getElementById('e:v2').hasClass('faded')).toBe(true);
  });

  it('reports selections made on the canvas, but not selections it was told to follow', async () => {
    sample();
    canvas.render(model());
    canvas.selectEntities(['boss', 'v1']);
    await Promise.resolve();
    expect(events.selectionChanged).not.toHaveBeenCalled();
    expect(canvas.selection().entityIds.sort()).toEqual(['boss', 'v1']);
    canvas.cy.getElementById('l:d').select();
    await Promise.resolve();
    expect(events.selectionChanged).toHaveBeenCalledWith({
      entityIds: ['boss', 'v1'],
      linkIds: ['d'],
      noteIds: [],
      groupIds: [],
    });
  });

  it('reports a drag of several nodes once, and moves a collapsed group’s members with its summary', async () => {
    sample();
    const groupId = store().group('Victims', ['v1', 'v2']);
    store().setGroupCollapsed(groupId, true);
    canvas.render(model());
    const summary = canvas.cy.getElementById(`gs:${groupId}`);
    const start = summary.position();
    const v1 = store().document.nodes.find((node) => node.entityId === 'v1')!;
    summary.position({ x: start.x + 50, y: start.y - 20 });
    summary.emit('dragfree');
    canvas.cy.getElementById('e:van').position({ x: 5, y: 6 }).emit('dragfree');
    await Promise.resolve();
    expect(events.moved).toHaveBeenCalledTimes(1);
    const [entities] = events.moved.mock.calls[0] as [Map<string, { x: number; y: number }>];
    expect(entities.get('van')).toEqual({ x: 5, y: 6 });
    expect(entities.get('v1')!.x).toBeCloseTo(v1.x + 50);
    expect(entities.get('v1')!.y).toBeCloseTo(v1.y - 20);
  });

  it('draws notes with their text, and re-themes symbols for the dark theme', () => {
    store().annotate('Met at the car wash', { x: 10, y: 10 });
    sample();
    canvas.render(model());
    expect(canvas.cy.nodes('.note').first().data('label')).toBe('Met at the car wash');
    const light = String(canvas.cy.getElementById('e:boss').data('image'));
    canvas.setTheme('dark');
    canvas.render(model('dark'));
    expect(String(canvas.cy.getElementById('e:boss').data('image'))).not.toBe(light);
  });
});
