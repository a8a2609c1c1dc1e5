import type { EventBus } from '../events';
import type { HandlerTable } from '../handlers';
import type { SettingsStore } from './settingsStore';

export function settingsHandlers(store: SettingsStore, bus: EventBus): HandlerTable {
  return {
    'settings.get': () => store.get(),
    'settings.update': (patch) => {
      const next = store.update(patch);
      bus.emit('settings.changed', next);
      return next;
    },
  };
}
