import { MapView } from '../map/MapView';

/** The map pane of the workbench (issue 6): the region named "Map". */
export function MapPane() {
  return <MapView />;
}
