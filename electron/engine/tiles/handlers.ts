import fs from 'node:fs';
import { FenlightError } from '@shared/contract';
import type { BasemapState } from '@shared/contract/calls/basemap';
import { checkTileServerUrl } from '@shared/security/tileServerUrl';
import type { EventBus } from '../events';
import type { HandlerTable } from '../handlers';
import type { BasemapStore } from './basemapStore';
import { describeTileFile } from './openTileArchive';
import type { OpenOptions } from './tileArchive';

/** The basemap calls. Nothing here touches a vault, and nothing is audited or logged. */
export function basemapHandlers(store: BasemapStore, bus: EventBus, options: OpenOptions): HandlerTable {
  const save = (next: BasemapState) => {
    const saved = store.set(next);
    bus.emit('basemap.changed', saved);
    return saved;
  };
  return {
    'basemap.get': () => {
      const current = store.get();
      // A file moved or deleted since it was chosen: show the built-in map rather than a blank one.
      if (current.source === 'file' && current.file && !fs.existsSync(current.file.path)) return { ...current, source: 'builtin' };
      return current;
    },
    'basemap.openFile': async ({ path }) => {
      const file = await describeTileFile(path, options);
      return save({ ...store.get(), source: 'file', file });
    },
    'basemap.use': async ({ source }) => {
      const current = store.get();
      if (source === 'file' && !current.file) throw new FenlightError('INVALID_INPUT', 'Choose a detailed map file first.');
      // Checked again: the file may have gone, or been replaced by a newer one, since it was chosen.
      if (source === 'file' && current.file) return save({ ...current, source, file: await describeTileFile(current.file.path, options) });
      if (source === 'server' && !current.tileServer.enabled) {
        throw new FenlightError('INVALID_INPUT', 'The force tile server is not switched on. Switch it on in Settings → Map first.');
      }
      return save({ ...current, source });
    },
    'basemap.setTileServer': ({ url, enabled }) => {
      const current = store.get();
      const trimmed = url.trim();
      if (enabled || trimmed !== '') {
        const checked = checkTileServerUrl(trimmed);
        if (!checked.ok) throw new FenlightError('INVALID_INPUT', checked.reason);
      }
      // Switching the server off also stops the map using it.
      const source = !enabled && current.source === 'server' ? 'builtin' : current.source;
      return save({ ...current, source, tileServer: { url: trimmed, enabled } });
    },
  };
}
