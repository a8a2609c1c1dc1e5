import { roundPosition } from './geometry';
import { feature, type FeatureCollection, type PointGeometry } from './geojson';

/**
 * Label points for the force area's six districts (ONS codes from domain.md §5.1). The points
 * are hand-placed inside each district, away from its main town's own label [GK, ±3 km]: they
 * place a name, they do not mark a boundary — authoritative boundaries are not bundled.
 */

export type DistrictProperties = { name: string; ons: string; kind: 'district' | 'unitary' };

type District = DistrictProperties & { lat: number; lon: number };

export const DISTRICTS: readonly District[] = [
  { name: 'Cambridge', ons: 'E07000008', kind: 'district', lat: 52.19, lon: 0.145 },
  { name: 'East Cambridgeshire', ons: 'E07000009', kind: 'district', lat: 52.3, lon: 0.27 },
  { name: 'Fenland', ons: 'E07000010', kind: 'district', lat: 52.58, lon: 0.03 },
  { name: 'Huntingdonshire', ons: 'E07000011', kind: 'district', lat: 52.4, lon: -0.22 },
  { name: 'South Cambridgeshire', ons: 'E07000012', kind: 'district', lat: 52.15, lon: -0.03 },
  { name: 'Peterborough', ons: 'E06000031', kind: 'unitary', lat: 52.62, lon: -0.3 },
];

export function buildDistrictLabels(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: DISTRICTS.map(({ name, ons, kind, lat, lon }) =>
      feature<DistrictProperties, PointGeometry>(
        { name, ons, kind },
        { type: 'Point', coordinates: roundPosition([lon, lat]) },
      ),
    ),
  };
}
