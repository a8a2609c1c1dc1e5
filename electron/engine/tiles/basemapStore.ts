import path from 'node:path';
import { z } from 'zod';
import { basemapSources, tileFormats, tileSchemas, type BasemapState } from '@shared/contract/calls/basemap';
import { readJsonFile, writeJsonFile } from '../fs/jsonFile';

const fileSchema = z.object({
  path: z.string(),
  name: z.string(),
  container: z.enum(['mbtiles', 'pmtiles']),
  format: z.enum(tileFormats),
  schema: z.enum(tileSchemas),
  minzoom: z.number(),
  maxzoom: z.number(),
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  attribution: z.string(),
  key: z.string().regex(/^[0-9a-f]{16}$/),
});

const stateSchema = z.object({
  source: z.enum(basemapSources),
  file: fileSchema.nullable(),
  tileServer: z.object({ url: z.string(), enabled: z.boolean() }),
});

export const DEFAULT_BASEMAP: BasemapState = { source: 'builtin', file: null, tileServer: { url: '', enabled: false } };

/**
 * The basemap choice, in its own file beside settings.json (outside every vault). Kept apart
 * from settings.update so a tile file or server can only be set through the calls that check it.
 */
export class BasemapStore {
  private readonly file: string;
  private current: BasemapState;

  constructor(dataFolder: string) {
    this.file = path.join(dataFolder, 'basemap.json');
    this.current = readJsonFile(this.file, stateSchema, DEFAULT_BASEMAP);
  }

  get(): BasemapState {
    return structuredClone(this.current);
  }

  set(next: BasemapState): BasemapState {
    writeJsonFile(this.file, next);
    this.current = structuredClone(next);
    return this.get();
  }
}
