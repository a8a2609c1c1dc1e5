/** What cytoscape-svg adds to the Cytoscape core (an augmentation, so this file is a module). */
export {};

declare module 'cytoscape' {
  interface SvgExportOptions {
    full?: boolean;
    scale?: number;
    bg?: string;
  }
  interface Core {
    /** The chart (or the part on screen) as an SVG document. */
    svg(options?: SvgExportOptions): string;
  }
}
