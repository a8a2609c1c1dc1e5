/**
 * PNG exports of charts larger than a canvas may be: the chart's vector SVG is drawn tile by
 * tile onto canvases no larger than MAX_PNG_SIDE, each tile becoming its own marked PNG, so a
 * large chart is split over several files rather than drawn blank or refused.
 */

export interface TileRect {
  row: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Splits a picture into a grid of near-equal tiles, none wider or taller than `maxSide`. */
export function tileGrid(width: number, height: number, maxSide: number): TileRect[] {
  const columns = Math.ceil(width / maxSide);
  const rows = Math.ceil(height / maxSide);
  const tileWidth = Math.ceil(width / columns);
  const tileHeight = Math.ceil(height / rows);
  const tiles: TileRect[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const x = column * tileWidth;
      const y = row * tileHeight;
      tiles.push({ row, column, x, y, width: Math.min(tileWidth, width - x), height: Math.min(tileHeight, height - y) });
    }
  }
  return tiles;
}

/** `case.png` → `case (part 2 of 6, row 1 column 2).png`: names that sort and say where a tile sits. */
export function tilePath(destination: string, tile: TileRect, count: number, index: number): string {
  const base = destination.replace(/\.png$/i, '');
  return `${base} (part ${index + 1} of ${count}, row ${tile.row + 1} column ${tile.column + 1}).png`;
}

/** Loads an SVG document as an image the canvas can draw at any size (vector, so sharp at every tile). */
export async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** One tile of a picture `width` × `height` drawn from `image` (scaled to that size; the chart's SVG carries its own background). */
export function drawTile(image: CanvasImageSource, width: number, height: number, tile: TileRect): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = tile.width;
  canvas.height = tile.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This computer cannot draw the export (no 2D canvas).');
  context.drawImage(image, -tile.x, -tile.y, width, height);
  return canvas;
}
