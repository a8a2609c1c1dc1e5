import { feature, type FeatureCollection, type LineGeometry } from './geojson';
import { toLine, type Waypoint } from './waypoints';

/**
 * Schematic main roads: straight lines between the waypoints of domain.md §5.4 (general
 * knowledge, ±1 km; real geometry would come from OS Open Roads). Points marked [added] are not
 * in the table but needed to end a line the table leaves open.
 */

export type RoadClass = 'motorway' | 'a-road';
export type RoadProperties = { ref: string; class: RoadClass };

type Road = RoadProperties & { waypoints: readonly Waypoint[] };

export const ROADS: readonly Road[] = [
  // The A1 is motorway only between Alconbury (J14) and Peterborough (J17).
  {
    ref: 'A1',
    class: 'a-road',
    waypoints: [
      ['Wansford', 52.578, -0.418],
      ['Peterborough (A1(M) J17, Fletton Parkway)', 52.545, -0.3],
    ],
  },
  {
    ref: 'A1(M)',
    class: 'motorway',
    waypoints: [
      ['Peterborough (A1(M) J17, Fletton Parkway)', 52.545, -0.3],
      ['Norman Cross / Stilton', 52.488, -0.285],
      ['Alconbury (A1(M) J14, A14 junction)', 52.371, -0.262],
    ],
  },
  {
    ref: 'A1',
    class: 'a-road',
    waypoints: [
      ['Alconbury (A1(M) J14, A14 junction)', 52.371, -0.262],
      ['Buckden', 52.293, -0.25],
      ['St Neots / Eaton Socon', 52.215, -0.295],
      ['Black Cat (Bedfordshire)', 52.165, -0.31],
    ],
  },
  {
    ref: 'A14',
    class: 'a-road',
    waypoints: [
      ['Brampton / Ellington (A1 junction)', 52.33, -0.27],
      ['Huntingdon southern bypass', 52.315, -0.19],
      ['Swavesey', 52.3, 0.0],
      ['Bar Hill', 52.25, -0.02],
      ['Girton interchange (M11 J14)', 52.232, 0.066],
      ['Milton (A10)', 52.24, 0.155],
      ['Quy', 52.22, 0.23],
      ['Newmarket (Suffolk)', 52.24, 0.4],
    ],
  },
  {
    ref: 'M11',
    class: 'motorway',
    waypoints: [
      ['J10 Duxford / A505', 52.095, 0.146],
      ['J11 Trumpington', 52.171, 0.108],
      ['J12 Barton / A603', 52.192, 0.08],
      ['J13 Madingley Road', 52.212, 0.073],
      ['J14 Girton (A14 / A428)', 52.232, 0.066],
    ],
  },
  {
    ref: 'A10',
    class: 'a-road',
    waypoints: [
      ['Royston (Hertfordshire)', 52.048, -0.024],
      ['Harston', 52.139, 0.08],
      ['Cambridge / Milton', 52.24, 0.155],
      ['Waterbeach', 52.265, 0.192],
      ['Stretham', 52.349, 0.224],
      ['Ely', 52.396, 0.255],
      ['Littleport', 52.457, 0.306],
      ['Downham Market (Norfolk)', 52.602, 0.383],
    ],
  },
  {
    ref: 'A47',
    class: 'a-road',
    waypoints: [
      ['Wansford', 52.578, -0.418],
      ['Peterborough (Soke Parkway)', 52.6, -0.27],
      ['Thorney', 52.62, -0.107],
      ['Guyhirn', 52.616, 0.059],
      ['Wisbech', 52.666, 0.158],
      ["King's Lynn (Norfolk)", 52.754, 0.397],
    ],
  },
  {
    ref: 'A141',
    class: 'a-road',
    waypoints: [
      ['Huntingdon', 52.337, -0.174],
      ['Warboys', 52.403, -0.08],
      ['Chatteris', 52.456, 0.053],
      ['March', 52.552, 0.089],
      ['Guyhirn', 52.616, 0.059],
    ],
  },
  {
    ref: 'A142',
    class: 'a-road',
    waypoints: [
      ['Chatteris', 52.456, 0.053],
      ['Sutton', 52.386, 0.11],
      ['Ely', 52.396, 0.255],
      ['Soham', 52.334, 0.334],
      ['Fordham', 52.313, 0.391],
      ['Newmarket', 52.245, 0.405],
    ],
  },
  {
    ref: 'A428',
    class: 'a-road',
    waypoints: [
      ['Cambridge (M11 J13/J14)', 52.23, 0.07],
      ['Cambourne', 52.221, -0.072],
      ['Caxton Gibbet', 52.226, -0.115],
      ['St Neots / Black Cat', 52.2, -0.29],
      ['Bedford [added: GeoNames town point]', 52.135, -0.466],
    ],
  },
  {
    ref: 'A605',
    class: 'a-road',
    waypoints: [
      ['Oundle (Northamptonshire)', 52.482, -0.47],
      ['Elton', 52.531, -0.393],
      ['Peterborough (Stanground)', 52.555, -0.22],
      ['Whittlesey', 52.553, -0.127],
      ['Coates [added, ±1 km]', 52.566, -0.063],
      ['A141 west of March [added, ±1 km]', 52.549, 0.066],
    ],
  },
  {
    ref: 'A1101',
    class: 'a-road',
    waypoints: [
      ['Long Sutton (Lincolnshire)', 52.786, 0.123],
      ['Wisbech', 52.666, 0.158],
      ['Outwell', 52.608, 0.227],
      ['Welney', 52.521, 0.255],
      ['Littleport', 52.457, 0.306],
      ['Mildenhall (Suffolk)', 52.345, 0.51],
    ],
  },
  {
    ref: 'A16',
    class: 'a-road',
    waypoints: [
      ['Peterborough (Werrington / Walton)', 52.61, -0.27],
      ['Crowland (Lincolnshire)', 52.675, -0.168],
      ['Spalding', 52.787, -0.153],
    ],
  },
  {
    ref: 'A15',
    class: 'a-road',
    waypoints: [
      ['Peterborough (Paston / Werrington)', 52.61, -0.26],
      ['Market Deeping (Lincolnshire)', 52.677, -0.316],
      ['Bourne', 52.768, -0.377],
    ],
  },
];

export function buildRoads(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: ROADS.map((road) =>
      feature<RoadProperties, LineGeometry>(
        { ref: road.ref, class: road.class },
        { type: 'LineString', coordinates: toLine(road.waypoints) },
      ),
    ),
  };
}
