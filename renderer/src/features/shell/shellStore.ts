import { create } from 'zustand';

export const views = ['workbench', 'chart', 'map', 'audit', 'settings'] as const;
export type View = (typeof views)[number];

export type DialogName = 'palette' | 'about';

export interface ShellState {
  view: View;
  dialog: DialogName | null;
}

/** Pure transitions, tested without React; the store below binds them. */
export const shellTransitions = {
  navigate: (view: View) => (): Partial<ShellState> => ({ view, dialog: null }),
  openDialog: (dialog: DialogName) => (): Partial<ShellState> => ({ dialog }),
  closeDialog: () => (): Partial<ShellState> => ({ dialog: null }),
};

export const initialShellState: ShellState = { view: 'workbench', dialog: null };

interface ShellStore extends ShellState {
  navigate(view: View): void;
  openDialog(dialog: DialogName): void;
  closeDialog(): void;
}

export const useShellStore = create<ShellStore>()((set) => ({
  ...initialShellState,
  navigate: (view) => set(shellTransitions.navigate(view)),
  openDialog: (dialog) => set(shellTransitions.openDialog(dialog)),
  closeDialog: () => set(shellTransitions.closeDialog()),
}));
