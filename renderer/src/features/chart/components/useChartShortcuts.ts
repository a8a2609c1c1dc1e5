import { useEffect } from 'react';
import { removeSelection } from '../chartActions';
import { useChartStore } from '../chartStore';

/** Text fields keep their own Ctrl+Z and Delete. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type)
  );
}

/**
 * While the chart is shown: Ctrl+Z undo, Ctrl+Shift+Z (or Ctrl+Y) redo, Delete removes the
 * selection from the chart. Not while typing, and not while a dialog is open.
 */
export function useChartShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        typingIn(event.target) ||
        document.querySelector('[role="dialog"][aria-modal="true"]')
      )
        return;
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (ctrl && !event.altKey && ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey))) {
        event.preventDefault();
        useChartStore.getState().redo();
      } else if (ctrl && !event.altKey && !event.shiftKey && key === 'z') {
        event.preventDefault();
        useChartStore.getState().undo();
      } else if (
        !ctrl &&
        !event.altKey &&
        (event.key === 'Delete' || event.key === 'Backspace') &&
        (event.target as HTMLElement | null)?.closest?.('.chart-canvas')
      ) {
        event.preventDefault();
        removeSelection();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
