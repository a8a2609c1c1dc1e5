import { useEffect } from 'react';
import { call } from '../../lib/fenlight';

const HEARTBEAT_MS = 30_000;

/** Tells the engine the analyst is active (keyboard, mouse, wheel), at most every 30 seconds. */
export function useActivityHeartbeat(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < HEARTBEAT_MS) return;
      last = now;
      void call('vault.touch', {}).catch(() => undefined);
    };
    const events = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, onActivity);
    };
  }, [enabled]);
}
