import { feature, type FeatureCollection, type LineGeometry } from './geojson';
import { toLine, type Waypoint } from './waypoints';

/**
 * Schematic rivers following domain.md §5.5's description. Where the river passes a town the
 * point is the town's; the rest are general knowledge, ±1–2 km [GK]. Real geometry belongs to
 * OS Open Rivers; this only has to tell an analyst which side of the Ouse a site is on.
 */

/** `channel`: the artificial Old and New Bedford Rivers across the Ouse Washes. */
export type RiverKind = 'river' | 'channel';
export type RiverProperties = { name: string; kind: RiverKind };

type River = RiverProperties & { waypoints: readonly Waypoint[] };

export const RIVERS: readonly River[] = [
  {
    name: 'River Great Ouse',
    kind: 'river',
    waypoints: [
      ['Bedford [GK]', 52.134, -0.466],
      ['Great Barford [GK]', 52.157, -0.352],
      ['Little Barford, enters the county [GK]', 52.199, -0.273],
      ['St Neots', 52.228, -0.272],
      ['Little Paxton [GK]', 52.255, -0.255],
      ['Offord [GK]', 52.295, -0.218],
      ['Godmanchester / Huntingdon', 52.322, -0.176],
      ['Houghton [GK]', 52.331, -0.123],
      ['Hemingford Grey [GK]', 52.318, -0.1],
      ['St Ives', 52.322, -0.075],
      ['Holywell [GK]', 52.322, -0.036],
      ['Earith', 52.356, 0.03],
      // The Old West River, still the Great Ouse, runs east to meet the Cam.
      ['Aldreth bridge [GK]', 52.346, 0.12],
      ['Stretham [GK]', 52.341, 0.19],
      ["Pope's Corner (Cam confluence)", 52.345, 0.231],
      ['Ely', 52.396, 0.268],
      ['Littleport', 52.459, 0.312],
      ['Brandon Creek [GK]', 52.503, 0.364],
      ['Denver (Norfolk) [GK]', 52.583, 0.357],
      ['Downham Market [GK]', 52.603, 0.372],
      ["King's Lynn [GK]", 52.752, 0.393],
    ],
  },
  {
    name: 'Old Bedford River',
    kind: 'channel',
    waypoints: [
      ['Earith', 52.358, 0.027],
      ['Welches Dam [GK]', 52.455, 0.148],
      ['Welney [GK]', 52.525, 0.25],
      ['Salters Lode (Norfolk) [GK]', 52.586, 0.333],
    ],
  },
  {
    name: 'New Bedford River',
    kind: 'channel',
    waypoints: [
      ['Earith', 52.354, 0.035],
      ['Sutton Gault [GK]', 52.399, 0.104],
      ['Welney [GK]', 52.517, 0.262],
      ['Denver Sluice (Norfolk) [GK]', 52.583, 0.356],
    ],
  },
  {
    name: 'River Nene',
    kind: 'river',
    waypoints: [
      ['Oundle (Northamptonshire) [GK]', 52.481, -0.467],
      ['Elton [GK]', 52.531, -0.393],
      ['Wansford', 52.578, -0.418],
      ['Castor [GK]', 52.569, -0.345],
      ['Peterborough', 52.568, -0.243],
      ['Nene Washes, north of Whittlesey [GK]', 52.593, -0.152],
      ['Guyhirn', 52.616, 0.059],
      ['Wisbech', 52.666, 0.158],
      ['Sutton Bridge (Lincolnshire) [GK]', 52.77, 0.186],
    ],
  },
  {
    name: 'River Nene (old course)',
    kind: 'river',
    waypoints: [
      ['Whittlesey [GK]', 52.54, -0.1],
      ['Benwick [GK]', 52.48, -0.03],
      ["Flood's Ferry [GK]", 52.51, 0.02],
      ['March', 52.551, 0.089],
      ['Upwell (Norfolk) [GK]', 52.602, 0.222],
    ],
  },
  {
    name: 'River Cam',
    kind: 'river',
    waypoints: [
      ['Great Chesterford (Essex) [GK]', 52.064, 0.197],
      ['Hinxton [GK]', 52.094, 0.178],
      ['Great Shelford [GK]', 52.15, 0.14],
      ['Hauxton, Rhee confluence [GK]', 52.155, 0.093],
      ['Grantchester', 52.18, 0.095],
      ['Cambridge', 52.205, 0.113],
      ['Chesterton [GK]', 52.218, 0.14],
      ['Baits Bite [GK]', 52.238, 0.17],
      ['Waterbeach', 52.265, 0.2],
      ['Upware [GK]', 52.318, 0.253],
      ["Pope's Corner (Great Ouse confluence)", 52.345, 0.231],
    ],
  },
  {
    name: 'River Cam (Rhee)',
    kind: 'river',
    waypoints: [
      ['Ashwell (Hertfordshire) headwaters', 52.039, -0.154],
      ['Bassingbourn [GK]', 52.085, -0.05],
      ['Barrington [GK]', 52.128, 0.025],
      ['Hauxton, Granta confluence [GK]', 52.155, 0.093],
    ],
  },
];

export function buildRivers(): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: RIVERS.map((river) =>
      feature<RiverProperties, LineGeometry>(
        { name: river.name, kind: river.kind },
        { type: 'LineString', coordinates: toLine(river.waypoints) },
      ),
    ),
  };
}
