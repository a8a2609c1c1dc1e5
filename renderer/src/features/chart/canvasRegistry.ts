/**
 * The chart canvas on screen, for features that draw it elsewhere (exports: PNG, SVG, PDF).
 * Null while no chart view is shown; the saved-charts/exports feature can then build a headless
 * ChartCanvas from the store instead (see chartImage.ts).
 */
import type { ChartCanvas } from './cy/chartCanvas';

let current: ChartCanvas | null = null;

export function setChartCanvas(canvas: ChartCanvas | null): void {
  current = canvas;
}

export function getChartCanvas(): ChartCanvas | null {
  return current;
}
