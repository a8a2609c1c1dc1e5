import { describe, expect, it } from 'vitest';
import { initialShellState, shellTransitions } from '../../../../renderer/src/features/shell/shellStore';

describe('shell state transitions', () => {
  it('navigating closes any open dialog', () => {
    const state = { ...initialShellState, dialog: 'palette' as const };
    expect({ ...state, ...shellTransitions.navigate('map')() }).toEqual({ view: 'map', dialog: null, record: null });
  });

  it('opens and closes dialogs', () => {
    expect(shellTransitions.openDialog('about')()).toEqual({ dialog: 'about' });
    expect(shellTransitions.closeDialog()()).toEqual({ dialog: null });
  });
});
