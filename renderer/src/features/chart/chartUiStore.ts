/**
 * The chart workspace's passing state — which side panel and dialog are open, what the canvas
 * has selected besides entities, layout progress and the last message — kept apart from the
 * chart store so none of it reaches saved charts or the undo history.
 */
import { create } from 'zustand';
import { onSessionReset } from '../../lib/sessionReset';
import type { CanvasSelection } from './cy/chartCanvas';
import type { AnalysisOutcome } from './analysis/analysisTypes';

export type ChartPanel = 'analysis' | 'filters' | 'key';
export type ChartDialog =
  { kind: 'add' } | { kind: 'expand' } | { kind: 'group' } | { kind: 'note'; noteId: string | null };

export interface ChartUiState {
  panel: ChartPanel;
  dialog: ChartDialog | null;
  /** What the canvas has selected (entities also go to the shared selection). */
  canvasSelection: CanvasSelection;
  layoutBusy: boolean;
  /** A short status for the live region: what just happened, or what went wrong. */
  message: { text: string; tone: 'info' | 'error' } | null;
  analysis: AnalysisOutcome | null;
  analysisBusy: boolean;
}

export const EMPTY_CANVAS_SELECTION: CanvasSelection = {
  entityIds: [],
  linkIds: [],
  noteIds: [],
  groupIds: [],
};

const initial: ChartUiState = {
  panel: 'analysis',
  dialog: null,
  canvasSelection: EMPTY_CANVAS_SELECTION,
  layoutBusy: false,
  message: null,
  analysis: null,
  analysisBusy: false,
};

interface ChartUiStore extends ChartUiState {
  showPanel(panel: ChartPanel): void;
  openDialog(dialog: ChartDialog): void;
  closeDialog(): void;
  setCanvasSelection(selection: CanvasSelection): void;
  setLayoutBusy(busy: boolean): void;
  say(text: string, tone?: 'info' | 'error'): void;
  setAnalysis(outcome: AnalysisOutcome | null): void;
  setAnalysisBusy(busy: boolean): void;
}

export const useChartUiStore = create<ChartUiStore>()((set) => ({
  ...initial,
  showPanel: (panel) => set({ panel }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setCanvasSelection: (canvasSelection) => set({ canvasSelection }),
  setLayoutBusy: (layoutBusy) => set({ layoutBusy }),
  say: (text, tone = 'info') => set({ message: { text, tone } }),
  setAnalysis: (analysis) => set({ analysis }),
  setAnalysisBusy: (analysisBusy) => set({ analysisBusy }),
}));

onSessionReset(() => useChartUiStore.setState(initial));
