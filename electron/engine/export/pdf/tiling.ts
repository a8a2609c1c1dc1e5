import type { ExportPage } from '@shared/contract/calls/export';

/** Paper sizes in PDF points (1/72 in), portrait. */
export const PAPER_POINTS: Record<ExportPage['paper'], { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
};

export function pageSize(page: Pick<ExportPage, 'paper' | 'orientation'>): { width: number; height: number } {
  const { width, height } = PAPER_POINTS[page.paper];
  return page.orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

/** A CSS pixel is 1/96 in: "full size" places a picture at the size it had on screen. */
export const POINTS_PER_PIXEL = 72 / 96;
/** Beyond this a tiled export is scaled down so the wall of pages stays usable. */
export const MAX_TILE_COLUMNS = 6;
export const MAX_TILE_ROWS = 6;

export interface TilePlan {
  /** Points per pixel of the picture. */
  scale: number;
  columns: number;
  rows: number;
  /** The picture's drawn size in points. */
  width: number;
  height: number;
}

/**
 * How a picture of `picture` pixels goes on pages whose picture box is `box` points: scaled to fit
 * one page, or at full size over as many pages as it needs (at most 6 × 6, scaled down beyond).
 */
export function planTiles(picture: { width: number; height: number }, box: { width: number; height: number }, fit: ExportPage['fit']): TilePlan {
  let scale: number;
  if (fit === 'page') {
    scale = Math.min(box.width / picture.width, box.height / picture.height);
  } else {
    scale = Math.min(POINTS_PER_PIXEL, (MAX_TILE_COLUMNS * box.width) / picture.width, (MAX_TILE_ROWS * box.height) / picture.height);
  }
  const width = picture.width * scale;
  const height = picture.height * scale;
  // A hair's tolerance, so rounding never adds an empty page.
  const columns = fit === 'page' ? 1 : Math.max(1, Math.ceil(width / box.width - 1e-6));
  const rows = fit === 'page' ? 1 : Math.max(1, Math.ceil(height / box.height - 1e-6));
  return { scale, columns, rows, width, height };
}
