import fs from 'node:fs';
import path from 'node:path';

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds;
  maximised: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { x: 80, y: 60, width: 1440, height: 900 },
  maximised: false,
};

const MIN_WIDTH = 960;
const MIN_HEIGHT = 640;

function overlapArea(a: WindowBounds, b: WindowBounds): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Keeps a remembered window on a screen that still exists (a docked laptop later used on its
 * own must not open its window off-screen) and no smaller than the workbench can use.
 */
export function fitToDisplays(state: WindowState, workAreas: WindowBounds[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const bounds = {
    ...state.bounds,
    width: Math.max(MIN_WIDTH, state.bounds.width),
    height: Math.max(MIN_HEIGHT, state.bounds.height),
  };
  const visible = workAreas.some((area) => overlapArea(bounds, area) >= Math.min(bounds.width * bounds.height, area.width * area.height) * 0.25);
  if (visible) return { ...state, bounds };
  const width = Math.min(bounds.width, primary.width);
  const height = Math.min(bounds.height, primary.height);
  return {
    maximised: state.maximised,
    bounds: {
      width,
      height,
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
    },
  };
}

function isBounds(value: unknown): value is WindowBounds {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((key) => typeof b[key] === 'number' && Number.isFinite(b[key]));
}

export function loadWindowState(file: string): WindowState {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { bounds?: unknown; maximised?: unknown };
    if (isBounds(parsed.bounds)) return { bounds: parsed.bounds, maximised: parsed.maximised === true };
  } catch {
    // First run or an unreadable file: fall back to the default size.
  }
  return DEFAULT_WINDOW_STATE;
}

export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(state));
}
