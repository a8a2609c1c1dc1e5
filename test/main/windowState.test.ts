import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, saveWindowState } from '../../electron/main/windowState';
import { tempDir } from '../helpers/tempDir';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };

describe('remembered window size and position', () => {
  it('round-trips through its file', () => {
    const file = path.join(tempDir(), 'window-state.json');
    const state = { bounds: { x: 100, y: 50, width: 1600, height: 900 }, maximised: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
  });

  it('falls back to the default when the file is missing or damaged', () => {
    expect(loadWindowState(path.join(tempDir(), 'none.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a window that is on screen where it was', () => {
    const state = { bounds: { x: 100, y: 50, width: 1600, height: 900 }, maximised: false };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it('brings back a window left on a monitor that is no longer attached', () => {
    const state = { bounds: { x: 2500, y: 100, width: 1600, height: 900 }, maximised: false };
    const fitted = fitToDisplays(state, [laptop]);
    expect(fitted.bounds.x).toBeGreaterThanOrEqual(0);
    expect(fitted.bounds.x + fitted.bounds.width).toBeLessThanOrEqual(1920);
  });

  it('never restores a window smaller than the workbench can use', () => {
    const fitted = fitToDisplays({ bounds: { x: 0, y: 0, width: 200, height: 100 }, maximised: false }, [laptop]);
    expect(fitted.bounds.width).toBeGreaterThanOrEqual(960);
    expect(fitted.bounds.height).toBeGreaterThanOrEqual(640);
  });
});
