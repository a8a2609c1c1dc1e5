/**
 * The drawn map area as a filter, read the same way by the chart and the lists. The area itself
 * lives once, in the selection store; these helpers only derive from it.
 */
import { describeArea } from '../map/drawArea';
import type { SelectionState } from './selectionStore';

type DrawnArea = NonNullable<SelectionState['area']>;

// Keyed by the area object: the chart redraws often, and a county-wide area can hold 100,000 ids.
const sets = new WeakMap<DrawnArea, ReadonlySet<string>>();

/** The ids inside the drawn area as a set (built once per area), or null when no area is drawn. */
export function areaEntitySet(area: SelectionState['area']): ReadonlySet<string> | null {
  if (!area) return null;
  let set = sets.get(area);
  if (!set) {
    set = new Set(area.entityIds);
    sets.set(area, set);
  }
  return set;
}

/** The area in an analyst's words: "Within 2 km of 52.2084, 0.1207" or "Drawn area (5 corners)". */
export function areaDescription(area: DrawnArea): string {
  return describeArea(area.area);
}

const tokens = new WeakMap<readonly string[], number>();
let nextToken = 1;

/** A short stand-in for a list of ids in a query key (0: none), so a long list is never stringified. */
export function idsToken(ids: readonly string[] | null): number {
  if (!ids) return 0;
  let token = tokens.get(ids);
  if (token === undefined) {
    token = nextToken++;
    tokens.set(ids, token);
  }
  return token;
}
