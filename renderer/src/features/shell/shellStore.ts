import { create } from 'zustand';

export const views = ['workbench', 'chart', 'map', 'reports', 'entities', 'audit', 'settings'] as const;
export type View = (typeof views)[number];

export type DialogName = 'palette' | 'about';

/** A record the analyst asked to open: the reports and entities views show it. */
export type OpenRecord = { kind: 'report'; id: string; restricted?: boolean } | { kind: 'entity'; id: string } | { kind: 'new-report' };

export interface ShellState {
  view: View;
  dialog: DialogName | null;
  record: OpenRecord | null;
}

/** Pure transitions, tested without React; the store below binds them. */
export const shellTransitions = {
  navigate: (view: View) => (): Partial<ShellState> => ({ view, dialog: null, record: null }),
  openRecord: (record: OpenRecord) => (): Partial<ShellState> => ({ view: record.kind === 'entity' ? 'entities' : 'reports', dialog: null, record }),
  closeRecord: () => (): Partial<ShellState> => ({ record: null }),
  openDialog: (dialog: DialogName) => (): Partial<ShellState> => ({ dialog }),
  closeDialog: () => (): Partial<ShellState> => ({ dialog: null }),
};

export const initialShellState: ShellState = { view: 'workbench', dialog: null, record: null };

interface ShellStore extends ShellState {
  navigate(view: View): void;
  /** Opens a report or entity (from search, a chart, an evidence list, an audit entry…). */
  openRecord(record: OpenRecord): void;
  closeRecord(): void;
  openDialog(dialog: DialogName): void;
  closeDialog(): void;
}

export const useShellStore = create<ShellStore>()((set) => ({
  ...initialShellState,
  navigate: (view) => set(shellTransitions.navigate(view)),
  openRecord: (record) => set(shellTransitions.openRecord(record)),
  closeRecord: () => set(shellTransitions.closeRecord()),
  openDialog: (dialog) => set(shellTransitions.openDialog(dialog)),
  closeDialog: () => set(shellTransitions.closeDialog()),
}));
