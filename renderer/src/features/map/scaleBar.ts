/** Map scale for exports: how many metres a pixel covers, and a round-number scale bar. */

/** Web Mercator: metres per CSS pixel at a latitude and zoom (512-pixel tiles, as MapLibre uses). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  pixels: number;
  label: string;
}

/** The longest 1, 2 or 5 × 10ⁿ metres that fits in `maxPixels`. */
export function scaleBar(metresPerPx: number, maxPixels: number): ScaleBar {
  const maxMetres = metresPerPx * maxPixels;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].map((factor) => factor * magnitude).find((metres) => metres <= maxMetres) ?? magnitude;
  const label = step >= 1000 ? `${step / 1000} km` : `${step} m`;
  return { metres: step, pixels: step / metresPerPx, label };
}
