import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BasemapFile } from '@shared/contract/calls/basemap';
import { FenlightError } from '@shared/contract';
import { openMbtiles } from './mbtiles';
import { openPmtiles } from './pmtiles';
import type { OpenOptions, TileArchive } from './tileArchive';

/** Opens a .mbtiles or .pmtiles file, checking it is one Fenlight can draw; clear errors if not. */
export async function openTileArchive(filePath: string, options: OpenOptions = {}): Promise<TileArchive> {
  const extension = path.extname(filePath).toLowerCase();
  if (extension !== '.mbtiles' && extension !== '.pmtiles') {
    throw new FenlightError('INVALID_INPUT', `${path.basename(filePath)} is not a tile file. Choose an MBTiles (.mbtiles) or PMTiles (.pmtiles) file.`);
  }
  let stats: fs.Stats;
  try {
    stats = await fs.promises.stat(filePath);
  } catch {
    throw new FenlightError('NOT_FOUND', `Fenlight cannot find ${filePath}. Check the file is still there.`);
  }
  if (!stats.isFile()) throw new FenlightError('INVALID_INPUT', `${filePath} is a folder, not a tile file.`);
  try {
    await fs.promises.access(filePath, fs.constants.R_OK);
  } catch {
    throw new FenlightError('FORBIDDEN', `You do not have permission to read ${filePath}.`);
  }
  return extension === '.mbtiles' ? openMbtiles(filePath, options) : openPmtiles(filePath);
}

/** A short fingerprint of the file's path, size and modification time: a changed file gets new tile URLs. */
export async function tileFileKey(filePath: string): Promise<string> {
  const stats = await fs.promises.stat(filePath);
  return crypto.createHash('sha256').update(`${path.resolve(filePath)}\0${stats.size}\0${stats.mtimeMs}`).digest('hex').slice(0, 16);
}

/** Checks a file and describes it for the basemap setting (the file is closed again). */
export async function describeTileFile(filePath: string, options: OpenOptions = {}): Promise<BasemapFile> {
  const absolute = path.resolve(filePath);
  const archive = await openTileArchive(absolute, options);
  try {
    return { path: absolute, name: path.basename(absolute), ...archive.info, key: await tileFileKey(absolute) };
  } finally {
    await archive.close();
  }
}
