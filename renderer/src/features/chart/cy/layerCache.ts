/**
 * Big charts pan and zoom smoothly only when Cytoscape's canvas renderer draws them from its
 * layered texture cache: the whole chart pre-drawn into a few layer images per zoom level,
 * copied to the screen each frame, instead of every symbol, label and link drawn one by one.
 *
 * Cytoscape fills those layers lazily, in the spare time of cheap frames, and not at all within
 * 250 ms of any change. On a chart of thousands of elements there are no cheap frames until the
 * layers exist (each frame draws every element: seconds in the test browser), so they never
 * appear and the chart stays at a frame every few seconds. Cytoscape draws the layers at once on
 * its very first frame; this re-arms that first frame after the chart has changed, so the frame
 * that shows the change also builds the layers, and the frames after it are quick.
 *
 * It reaches into the renderer's private state (cytoscape is pinned to an exact version). If
 * that state is not there — headless, or a future version — it does nothing, and the chart is
 * drawn as before, only slower.
 */
import type { Core } from 'cytoscape';

interface CachedLayer {
  invalid?: boolean;
  reqs: number;
}

interface LayeredTextureCache {
  firstGet: boolean;
  lastInvalidationTime: number;
  layersByLevel: Record<string, CachedLayer[] | undefined>;
}

interface CanvasRendererInternals {
  data?: { lyrTxrCache?: LayeredTextureCache };
  makeOffscreenCanvas?: (width: number, height: number) => HTMLCanvasElement | OffscreenCanvas;
}

const rendererOf = (cy: Core): CanvasRendererInternals | null =>
  (cy as unknown as { renderer(): CanvasRendererInternals | null }).renderer();

function layeredCache(cy: Core): LayeredTextureCache | null {
  const cache = rendererOf(cy)?.data?.lyrTxrCache;
  return cache &&
    typeof cache.firstGet === 'boolean' &&
    typeof cache.lastInvalidationTime === 'number' &&
    typeof cache.layersByLevel === 'object'
    ? cache
    : null;
}

/**
 * Cytoscape keeps its symbol textures and layers in OffscreenCanvases, which Chromium may back
 * with the GPU. Its caches draw one texture into another thousands of times a frame while
 * filling them; each such copy from a canvas that was just drawn to waits on the GPU, or on
 * SwiftShader where there is none (0.5–35 ms a copy in the test browser, seconds a frame).
 * Page canvases that ask for `willReadFrequently` stay in memory, where such a copy costs a
 * tenth of a millisecond or so; only the texture canvases change, not the one on screen.
 */
export function keepTexturesInMemory(cy: Core): void {
  const renderer = rendererOf(cy);
  if (!renderer?.makeOffscreenCanvas) return;
  const document = cy.container()?.ownerDocument;
  if (!document) return;
  renderer.makeOffscreenCanvas = (width: number, height: number) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    // The first getContext call fixes the context's settings; Cytoscape's own later call gets this one.
    canvas.getContext('2d', { willReadFrequently: true });
    return canvas;
  };
}

/** Lets the next frame draw the chart into cached layers at once rather than waiting for idle time. */
export function buildLayersOnNextFrame(cy: Core): void {
  const cache = layeredCache(cy);
  if (!cache) return;
  cache.firstGet = true;
  // The change just applied is complete: it need not hold layers back as a run of edits would.
  cache.lastInvalidationTime = -Infinity;
}

/**
 * After the view moved: if no zoom level has finished layers (the chart was first drawn zoomed
 * in too far for layers, say), the next frame builds them at this zoom. While one level is
 * complete, Cytoscape scales it for other zooms and fills those in its spare time.
 */
export function buildLayersIfNoneReady(cy: Core): void {
  const cache = layeredCache(cy);
  if (!cache || cache.firstGet) return;
  const ready = Object.values(cache.layersByLevel).some(
    (layers) =>
      layers !== undefined &&
      layers.length > 0 &&
      layers.every((layer) => !layer.invalid && layer.reqs === 0),
  );
  if (!ready) buildLayersOnNextFrame(cy);
}
