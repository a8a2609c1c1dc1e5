import { describe, expect, it } from 'vitest';
import { emptyChartDocument, type ChartFilters } from '@shared/chart/document';
import { addItems } from '../../../../renderer/src/features/chart/model/documentOps';
import {
  chartDateRange,
  computeFilteredOut,
  overlaps,
  thresholdMask,
} from '../../../../renderer/src/features/chart/model/filters';
import { entityItem, linkItem } from './fixtures';

const bit = (s: number, a: number) => 1 << (s * 5 + a);

function chart(filters: ChartFilters, inside: ReadonlySet<string> | null = null) {
  const entities = [
    entityItem('boss', {
      category: 'suspect',
      gradeMask: bit(0, 0),
      firstOn: '2025-01-10',
      lastOn: '2025-03-01',
      exploitation: ['hand_car_wash'],
    }),
    entityItem('victim', {
      category: 'victim',
      gradeMask: bit(2, 3),
      firstOn: '2026-01-01',
      lastOn: '2026-01-01',
      exploitation: ['sexual'],
    }),
    entityItem('van', { type: 'vehicle', category: null, gradeMask: bit(1, 1) }),
  ];
  const links = [
    linkItem('controls', 'boss', 'victim', {
      strength: 'unconfirmed',
      gradeMask: bit(1, 1),
      validFrom: '2025-12-01',
      validTo: null,
    }),
    linkItem('drives', 'boss', 'van', {
      strength: 'confirmed',
      gradeMask: bit(2, 4),
      firstOn: '2024-05-01',
      lastOn: '2024-05-01',
      exploitation: ['labour'],
    }),
  ];
  const doc = {
    ...addItems(
      emptyChartDocument(),
      entities.map((item, i) => ({ entityId: item.summary.id, x: i, y: 0 })),
      links.map((item) => item.summary.id),
    ),
    filters,
  };
  const result = computeFilteredOut(
    doc,
    new Map(entities.map((item) => [item.summary.id, item])),
    new Map(links.map((item) => [item.summary.id, item])),
    inside,
  );
  return {
    entities: [...result.entityIds].sort(),
    links: [...result.linkIds].sort(),
    doc,
    all: { entities, links },
  };
}

describe('chart filters', () => {
  it('filter nothing when none is set', () => {
    expect(chart({ mode: 'dim' })).toMatchObject({ entities: [], links: [] });
  });

  it('keep only items with a report at least as good in both parts (1–2 and A–B)', () => {
    expect(thresholdMask({ source: '2', assessment: 'B' })).toBe(
      bit(0, 0) | bit(0, 1) | bit(1, 0) | bit(1, 1),
    );
    const result = chart({ mode: 'dim', minGrade: { source: '2', assessment: 'B' } });
    expect(result.entities).toEqual(['victim']);
    // controls is graded 2-B but joins a filtered-out victim; drives is 3-E.
    expect(result.links).toEqual(['controls', 'drives']);
  });

  it('filter by date range on link validity, or report dates when a link has none; undated items pass', () => {
    const result = chart({ mode: 'dim', from: '2025-06-01', to: '2026-06-30' });
    expect(result.entities).toEqual(['boss']);
    expect(result.links).toEqual(['controls', 'drives']);
    expect(overlaps(null, null, '2025-01-01', '2025-12-31')).toBe(true);
    expect(overlaps('2024-12-31', '2025-01-01', '2025-01-01', undefined)).toBe(true);
    expect(overlaps('2026-01-02T10:00:00Z', null, undefined, '2026-01-01')).toBe(false);
  });

  it('filter links by strength and entities by data-subject category (other entity types stay)', () => {
    expect(chart({ mode: 'dim', strengths: ['confirmed'] }).links).toEqual(['controls']);
    const byCategory = chart({ mode: 'hide', categories: ['victim'] });
    expect(byCategory.entities).toEqual(['boss']);
    expect(byCategory.links).toEqual(['controls', 'drives']);
  });

  it('match exploitation sub-types to their type', () => {
    const result = chart({ mode: 'dim', exploitationTypes: ['labour'] });
    expect(result.entities).toEqual(['van', 'victim']);
    expect(result.links).toEqual(['controls', 'drives']);
  });

  it('leave out what lies outside the drawn map area, and links with an end outside it', () => {
    // The boss and the van are inside (the van placed at a site there); the victim is not.
    const result = chart({ mode: 'hide' }, new Set(['boss', 'van', 'someone-not-on-the-chart']));
    expect(result.entities).toEqual(['victim']);
    expect(result.links).toEqual(['controls']);
  });

  it('leave everything out when nothing lies inside the drawn area', () => {
    const result = chart({ mode: 'dim' }, new Set());
    expect(result.entities).toEqual(['boss', 'van', 'victim']);
    expect(result.links).toEqual(['controls', 'drives']);
  });

  it('combine the drawn area with the chart’s own filters', () => {
    const result = chart({ mode: 'dim', strengths: ['unconfirmed'] }, new Set(['boss', 'van']));
    expect(result.entities).toEqual(['victim']);
    // drives joins two entities inside, but is confirmed; controls reaches outside the area.
    expect(result.links).toEqual(['controls', 'drives']);
  });

  it('give the chart’s date range for the time slider', () => {
    const { doc, all } = chart({ mode: 'dim' });
    const range = chartDateRange(
      doc,
      new Map(all.entities.map((item) => [item.summary.id, item])),
      new Map(all.links.map((item) => [item.summary.id, item])),
    );
    expect(range).toEqual({ first: '2024-05-01', last: '2026-01-01' });
  });
});
