import type { ExpressionSpecification } from 'maplibre-gl';
import type { MapKind } from '@shared/contract/calls/geo';
import type { LegendItem } from '@shared/export/frame';
import { siteTypeCodes, siteTypeLabels, type SiteType } from '@shared/domain/siteTypes';

/**
 * One colour per site type, chosen to stay apart from each other and from the basemap's blue
 * boundary, green A-roads and pale water, in both themes. People and vehicles placed at sites
 * get colours of their own.
 */
export const SITE_COLOURS: Readonly<Record<SiteType, string>> = {
  hand_car_wash: '#d7191c',
  nail_bar: '#e7298a',
  takeaway_restaurant: '#ff7f00',
  care_provider: '#a6761d',
  agriculture: '#33a02c',
  food_processing: '#b2df8a',
  factory_warehouse: '#6a3d9a',
  construction_site: '#ffd92f',
  hmo_shared_house: '#1f78b4',
  private_residence: '#8da0cb',
  brothel: '#c51b7d',
  cannabis_farm: '#1b9e77',
  trap_house: '#636363',
  legitimate_employer: '#66c2a5',
  recruitment_agency: '#e6ab02',
  transport_hub: '#17becf',
  other: '#969696',
};

export const PERSON_COLOUR = '#111111';
export const VEHICLE_COLOUR = '#7f3b08';

/** The short name a legend or tooltip shows (the full label, before any parenthesis). */
export function siteTypeShortLabel(type: SiteType): string {
  return siteTypeLabels[type].replace(/\s*\(.*\)$/, '');
}

export function kindColour(kind: MapKind): string {
  if (kind === 'person') return PERSON_COLOUR;
  if (kind === 'vehicle') return VEHICLE_COLOUR;
  return SITE_COLOURS[kind];
}

/** The same colours as a MapLibre expression on each point's `kind`, so points carry a code, not a colour. */
export function kindColourExpression(): ExpressionSpecification {
  const pairs = ([...siteTypeCodes, 'person', 'vehicle'] as const).flatMap((kind) => [kind, kindColour(kind)]);
  // The spec's tuple type cannot describe a match built from a list; the style tests validate it.
  return ['match', ['get', 'kind'], ...pairs, SITE_COLOURS.other] as unknown as ExpressionSpecification;
}

/** The legend for what the map shows: each site type present, then people and vehicles. */
export function mapLegend(kinds: readonly MapKind[], options: { area?: boolean } = {}): LegendItem[] {
  const present = new Set<MapKind>(kinds);
  const items: LegendItem[] = siteTypeCodes.filter((code) => present.has(code)).map((code) => ({ label: siteTypeShortLabel(code), kind: 'node', colour: SITE_COLOURS[code] }));
  if (present.has('person')) items.push({ label: 'Person (at a linked site)', kind: 'node', colour: PERSON_COLOUR });
  if (present.has('vehicle')) items.push({ label: 'Vehicle (at a linked site)', kind: 'node', colour: VEHICLE_COLOUR });
  if (options.area) items.push({ label: 'Drawn area', kind: 'area', colour: '#1f5fa8' });
  return items;
}
