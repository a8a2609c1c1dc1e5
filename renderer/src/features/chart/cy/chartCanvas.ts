/**
 * The Cytoscape adapter: owns the Cytoscape instance (never the store), applies successive
 * render models by difference inside one batch, and reports the analyst's gestures — selection,
 * drags (one report per drag, however many nodes moved), pan/zoom, double-clicks — as plain
 * callbacks. Works headless too (tests and exports).
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import type { Point } from '../model/types';
import { applyModel, type AppliedModel, type RenderStats } from './applyModel';
import { boxInView, fitBox, nodeBox } from './framing';
import { buildLayersIfNoneReady, buildLayersOnNextFrame, keepTexturesInMemory } from './layerCache';
import { chartColours, type ChartTheme } from './palette';
import { cyId, parseCyId, type ElementDesc, type RenderModel } from './renderModel';
import { chartStylesheet } from './stylesheet';

cytoscape.use(cytoscapeSvg);

export interface CanvasSelection {
  entityIds: string[];
  linkIds: string[];
  noteIds: string[];
  groupIds: string[];
}

export interface CanvasEvents {
  selectionChanged(selection: CanvasSelection): void;
  /** Entities and notes moved by a drag (members of a dragged group or summary included). */
  moved(entities: Map<string, Point>, notes: Map<string, Point>): void;
  viewportChanged(viewport: { zoom: number; panX: number; panY: number }): void;
  /** Double-click on a group box or a collapsed group. */
  toggleGroup(groupId: string): void;
  /** Double-click on a note. */
  editNote(noteId: string): void;
}

export interface CanvasOptions {
  theme: ChartTheme;
  /** No drawing (tests, exports without a screen). */
  headless?: boolean;
}

/**
 * Cytoscape adds an inline <style> to the page unless an element with this id exists. The CSP
 * (style-src 'self') refuses inline styles, and the rule only positions the container, which
 * chart.css already does: so a placeholder takes the id first.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function claimStylesheetId(doc: Document): void {
  if (doc.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = doc.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  doc.head.appendChild(placeholder);
}

/** Up to this many moved positions are applied at once; more wait for the next frame (see applyMoves). */
const MOVES_APPLIED_AT_ONCE = 250;

const requestFrame = (callback: () => void): number =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(callback)
    : (setTimeout(callback, 16) as unknown as number);

export class ChartCanvas {
  readonly cy: Core;
  private current = new Map<string, ElementDesc>();
  private theme: ChartTheme;
  private quietSelection = 0;
  private selectionQueued = false;
  private readonly dragged = new Set<string>();
  private viewportTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly pendingMoves = new Map<string, Point>();
  private movesFrame: number | null = null;
  private lastSelection: readonly string[] | null = null;
  private destroyed = false;

  constructor(
    container: HTMLElement | undefined,
    private readonly events: Partial<CanvasEvents>,
    options: CanvasOptions,
  ) {
    this.theme = options.theme;
    if (container && !options.headless) claimStylesheetId(container.ownerDocument);
    this.cy = cytoscape({
      ...(container && !options.headless ? { container } : {}),
      headless: options.headless ?? !container,
      styleEnabled: true,
      style: chartStylesheet(options.theme),
      minZoom: 0.02,
      maxZoom: 6,
      wheelSensitivity: 0.4,
      boxSelectionEnabled: true,
      selectionType: 'single',
      // Gestures show the chart as it is, links included: big charts are drawn from cached
      // layers (see layerCache), which is quicker than a snapshot without links.
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      pixelRatio: 'auto',
    });
    keepTexturesInMemory(this.cy);
    this.listen();
  }

  private listen(): void {
    const cy = this.cy;
    cy.on('select unselect', () => this.queueSelection());
    cy.on('dragfree', 'node', (event) => {
      this.dragged.add((event.target as NodeSingular).id());
      if (this.dragged.size === 1) queueMicrotask(() => this.flushDrag());
    });
    cy.on('viewport', () => {
      buildLayersIfNoneReady(cy);
      if (this.viewportTimer) clearTimeout(this.viewportTimer);
      this.viewportTimer = setTimeout(() => {
        this.viewportTimer = null;
        if (!this.destroyed) this.events.viewportChanged?.(this.viewport());
      }, 250);
    });
    cy.on('dbltap', 'node', (event) => {
      const parsed = parseCyId((event.target as NodeSingular).id());
      if (!parsed) return;
      if (parsed.kind === 'group' || parsed.kind === 'summary') this.events.toggleGroup?.(parsed.id);
      else if (parsed.kind === 'note') this.events.editNote?.(parsed.id);
    });
  }

  viewport(): { zoom: number; panX: number; panY: number } {
    const pan = this.cy.pan();
    return { zoom: this.cy.zoom(), panX: pan.x, panY: pan.y };
  }

  private queueSelection(): void {
    if (this.quietSelection > 0 || this.selectionQueued) return;
    this.selectionQueued = true;
    queueMicrotask(() => {
      this.selectionQueued = false;
      if (!this.destroyed) this.events.selectionChanged?.(this.selection());
    });
  }

  selection(): CanvasSelection {
    const result: CanvasSelection = { entityIds: [], linkIds: [], noteIds: [], groupIds: [] };
    this.cy.$(':selected').forEach((element) => {
      const parsed = parseCyId(element.id());
      if (!parsed) return;
      if (parsed.kind === 'entity') result.entityIds.push(parsed.id);
      else if (parsed.kind === 'link') result.linkIds.push(parsed.id);
      else if (parsed.kind === 'note') result.noteIds.push(parsed.id);
      else if (parsed.kind === 'group' || parsed.kind === 'summary') result.groupIds.push(parsed.id);
    });
    return result;
  }

  private flushDrag(): void {
    const entities = new Map<string, Point>();
    const notes = new Map<string, Point>();
    const take = (node: NodeSingular) => {
      const parsed = parseCyId(node.id());
      const at = node.position();
      if (parsed?.kind === 'entity') entities.set(parsed.id, { x: at.x, y: at.y });
      else if (parsed?.kind === 'note') notes.set(parsed.id, { x: at.x, y: at.y });
    };
    for (const id of this.dragged) {
      const node = this.cy.getElementById(id);
      if (node.empty() || !node.isNode()) continue;
      const parsed = parseCyId(id);
      if (parsed?.kind === 'group') node.descendants().forEach((child) => take(child as NodeSingular));
      else if (parsed?.kind === 'summary') {
        // Members of a collapsed group are not drawn: move them by the summary's displacement.
        const before = this.current.get(id)?.position;
        const members = this.current.get(id)?.data.members;
        if (before && typeof members === 'string') {
          const dx = node.position().x - before.x;
          const dy = node.position().y - before.y;
          for (const member of JSON.parse(members) as Array<[string, number, number]>)
            entities.set(member[0], { x: member[1] + dx, y: member[2] + dy });
        }
      } else take(node);
    }
    this.dragged.clear();
    if (entities.size > 0 || notes.size > 0) this.events.moved?.(entities, notes);
  }

  /** Applies a model by difference: only what changed is touched, in one batch. */
  render(model: RenderModel): RenderStats {
    this.quietSelection += 1;
    let applied: AppliedModel;
    try {
      applied = applyModel(this.cy, this.current, model);
    } finally {
      this.quietSelection -= 1;
    }
    for (const [id, position] of applied.moves) this.pendingMoves.set(id, position);
    this.current = applied.current;
    this.applyMoves();
    // Only after a change: the view also renders when nothing on the chart changed (a status
    // message, say), and re-arming then would rebuild an unchanged chart's layers at its next redraw.
    // Moves re-arm when they are applied (see applyMoves).
    const { added, removed, updated } = applied.stats;
    if (added + removed + updated > 0 && applied.moves.size === 0) buildLayersOnNextFrame(this.cy);
    return applied.stats;
  }

  /**
   * Applies moved positions in one batch: at once when few moved, on the next frame when many
   * did (after a layout), so that the status and buttons update first. The frame after the batch
   * builds the chart's cached layers once (see layerCache). Moving them a slice per frame, as
   * before, made each of those frames draw every element again: a second apiece on big charts.
   */
  private applyMoves(): void {
    if (this.movesFrame !== null || this.pendingMoves.size === 0) return;
    const apply = () => {
      this.movesFrame = null;
      if (this.destroyed) return;
      this.cy.batch(() => {
        for (const [id, position] of this.pendingMoves) {
          const node = this.cy.getElementById(id);
          if (!node.empty()) node.position({ ...position });
        }
      });
      this.pendingMoves.clear();
      buildLayersOnNextFrame(this.cy);
    };
    if (this.pendingMoves.size <= MOVES_APPLIED_AT_ONCE) apply();
    else this.movesFrame = requestFrame(apply);
  }

  setTheme(theme: ChartTheme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    this.cy.style(chartStylesheet(theme));
    buildLayersOnNextFrame(this.cy);
  }

  /** Follows the shared selection (made on the map, in a list…) without echoing it back. */
  selectEntities(entityIds: readonly string[], force = false): void {
    if (!force && entityIds === this.lastSelection) return;
    this.lastSelection = entityIds;
    this.quietSelection += 1;
    try {
      this.cy.batch(() => {
        const wanted = new Set(entityIds.map(cyId.entity));
        this.cy.$(':selected').forEach((element) => {
          if (!wanted.has(element.id())) element.unselect();
        });
        for (const id of wanted) {
          const element = this.cy.getElementById(id);
          if (!element.empty() && !element.selected()) element.select();
        }
      });
    } finally {
      this.quietSelection -= 1;
    }
  }

  /** Selects links (the inspector's focused link, analysis results) without echoing. */
  selectLinks(linkIds: readonly string[]): void {
    this.quietSelection += 1;
    try {
      for (const id of linkIds) this.cy.getElementById(cyId.link(id)).select();
    } finally {
      this.quietSelection -= 1;
    }
  }

  /** Current positions of entity nodes (groups' members included; collapsed members excluded). */
  positions(): Map<string, Point> {
    const result = new Map<string, Point>();
    this.cy.nodes('.entity').forEach((node) => {
      const parsed = parseCyId(node.id());
      if (parsed) result.set(parsed.id, { ...node.position() });
    });
    return result;
  }

  /**
   * After items were added: if anything now lies outside the view, fit the chart (never zooming
   * in past `maxZoom`, so a handful of entities is not blown up to fill the screen).
   */
  reveal(maxZoom = 1.25): void {
    const box = nodeBox(this.current.values());
    if (box && !boxInView(this.cy, box)) fitBox(this.cy, box, maxZoom);
  }

  /** The container changed size (panels opened, window resized). */
  resize(): void {
    this.cy.resize();
  }

  /** Fits the chart (or the given entities) to the view. */
  fit(entityIds?: readonly string[]): void {
    const box = nodeBox(this.current.values(), entityIds && entityIds.length > 0 ? entityIds : undefined);
    if (box) fitBox(this.cy, box, 2);
  }

  zoomBy(factor: number): void {
    const { width, height } = { width: this.cy.width(), height: this.cy.height() };
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  /** The chart as PNG (for exports): `full` takes the whole chart, not just what is on screen. */
  png(options: { full?: boolean; scale?: number; maxWidth?: number; maxHeight?: number } = {}): Blob {
    return this.onPaper(() =>
      this.cy.png({
        output: 'blob',
        full: options.full ?? true,
        scale: options.scale ?? 2,
        bg: chartColours.light.background,
        ...(options.maxWidth ? { maxWidth: options.maxWidth } : {}),
        ...(options.maxHeight ? { maxHeight: options.maxHeight } : {}),
      }),
    );
  }

  /** The chart as an SVG document (vector, for PDF exports). */
  svg(options: { full?: boolean; scale?: number } = {}): string {
    return this.onPaper(() =>
      this.cy.svg({
        full: options.full ?? true,
        scale: options.scale ?? 1,
        bg: chartColours.light.background,
      }),
    );
  }

  /**
   * Exports go into case files and onto paper: they are drawn in the light style whatever the
   * screen's theme, then the screen's style comes back before anything is painted.
   */
  private onPaper<T>(draw: () => T): T {
    if (this.theme === 'light') return draw();
    this.cy.style(chartStylesheet('light'));
    try {
      return draw();
    } finally {
      this.cy.style(chartStylesheet(this.theme));
      buildLayersOnNextFrame(this.cy);
    }
  }

  /** Whether moved positions are still being applied (tests, exports wait for this). */
  get settling(): boolean {
    return this.pendingMoves.size > 0;
  }

  /** Applies every pending move now (before an export, say). */
  settle(): void {
    this.cy.batch(() => {
      for (const [id, position] of this.pendingMoves) {
        const node = this.cy.getElementById(id);
        if (!node.empty()) node.position({ ...position });
      }
    });
    this.pendingMoves.clear();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.viewportTimer) clearTimeout(this.viewportTimer);
    this.cy.destroy();
  }
}
