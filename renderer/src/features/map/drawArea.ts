/**
 * Drawing an area on the map, as a pure state machine: a polygon by clicking its corners (finish
 * with a double-click or Enter, undo a corner with Backspace), or a radius by clicking a centre
 * and then clicking again, or typing the distance. Escape cancels either.
 */
import type { Area } from '@shared/contract/calls/geo';
import { haversineMetres, type LatLon } from '@shared/geo';

export type DrawState =
  | { mode: 'idle' }
  | { mode: 'polygon'; points: LatLon[]; cursor: LatLon | null }
  | { mode: 'radius'; centre: LatLon | null; radiusMetres: number; fixed: boolean };

export const idleDraw: DrawState = { mode: 'idle' };

/** Clicks closer than this (in degrees, ~1 m) are the same corner: a double-click clicks twice. */
const SAME_POINT = 1e-5;
export const MAX_RADIUS_METRES = 100_000;

const same = (a: LatLon, b: LatLon) => Math.abs(a.lat - b.lat) < SAME_POINT && Math.abs(a.lon - b.lon) < SAME_POINT;

export function startPolygon(): DrawState {
  return { mode: 'polygon', points: [], cursor: null };
}

/** `centre` starts a radius around a known place ("within 2 km of this car wash"). */
export function startRadius(centre: LatLon | null = null, radiusMetres = 2000): DrawState {
  return { mode: 'radius', centre, radiusMetres, fixed: centre !== null };
}

export function drawClick(state: DrawState, point: LatLon): DrawState {
  if (state.mode === 'polygon') {
    const last = state.points[state.points.length - 1];
    if (last && same(last, point)) return state;
    return { ...state, points: [...state.points, point] };
  }
  if (state.mode === 'radius') {
    if (!state.centre || state.fixed) return { mode: 'radius', centre: point, radiusMetres: state.radiusMetres, fixed: false };
    return { ...state, radiusMetres: clampRadius(haversineMetres(state.centre, point)), fixed: true };
  }
  return state;
}

export function drawMove(state: DrawState, point: LatLon): DrawState {
  if (state.mode === 'polygon') return { ...state, cursor: point };
  if (state.mode === 'radius' && state.centre && !state.fixed) return { ...state, radiusMetres: clampRadius(haversineMetres(state.centre, point)) };
  return state;
}

function clampRadius(metres: number): number {
  return Math.min(MAX_RADIUS_METRES, Math.max(1, Math.round(metres)));
}

/** Typed in kilometres (comma or point); null when the text is not a usable distance. */
export function parseRadiusKm(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0 || value * 1000 > MAX_RADIUS_METRES) return null;
  return Math.round(value * 1000);
}

export function setRadius(state: DrawState, metres: number): DrawState {
  return state.mode === 'radius' ? { ...state, radiusMetres: clampRadius(metres), fixed: state.centre !== null } : state;
}

export function undoPoint(state: DrawState): DrawState {
  return state.mode === 'polygon' ? { ...state, points: state.points.slice(0, -1) } : state;
}

/** The finished area, or why it cannot be finished yet. */
export function finishDraw(state: DrawState): { ok: true; area: Area } | { ok: false; reason: string } {
  if (state.mode === 'polygon') {
    if (state.points.length < 3) return { ok: false, reason: 'Click at least three points to make an area.' };
    return { ok: true, area: { kind: 'polygon', points: state.points } };
  }
  if (state.mode === 'radius') {
    if (!state.centre) return { ok: false, reason: 'Click the centre of the area on the map.' };
    return { ok: true, area: { kind: 'radius', centre: state.centre, radiusMetres: state.radiusMetres } };
  }
  return { ok: false, reason: 'Choose “Draw area” first.' };
}

/** What the map shows while drawing: the corners so far (and the cursor), or the circle. */
export function draftShape(state: DrawState): { points: LatLon[] } | { centre: LatLon; radiusMetres: number } | null {
  if (state.mode === 'polygon') return { points: state.cursor ? [...state.points, state.cursor] : state.points };
  if (state.mode === 'radius' && state.centre) return { centre: state.centre, radiusMetres: state.radiusMetres };
  return null;
}

/** The instruction shown beside the map while drawing. */
export function drawHint(state: DrawState): string {
  if (state.mode === 'polygon') {
    const count = state.points.length;
    if (count < 3) return `Click on the map to add corners (${count} of at least 3). Escape cancels.`;
    return `${count} corners. Double-click or press Enter to finish; Backspace removes the last corner.`;
  }
  if (state.mode === 'radius') {
    if (!state.centre) return 'Click the centre of the area on the map.';
    return state.fixed ? 'Press Enter or “Apply area” to filter to this circle.' : 'Move to set the distance and click, or type it.';
  }
  return '';
}

export function describeArea(area: Area): string {
  if (area.kind === 'radius') {
    const km = area.radiusMetres / 1000;
    return `Within ${km >= 1 ? `${Number(km.toFixed(2))} km` : `${area.radiusMetres} m`} of ${area.centre.lat.toFixed(4)}, ${area.centre.lon.toFixed(4)}`;
  }
  return `Drawn area (${area.points.length} corners)`;
}
