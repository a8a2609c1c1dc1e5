import type { FenlightBridge } from '@shared/contract/bridge';

// Code passed to page.evaluate runs in the workbench page, where window.fenlight exists.
declare global {
  interface Window {
    fenlight: FenlightBridge;
  }
}
