import fs from 'node:fs';
import path from 'node:path';
import { FenlightError } from '@shared/contract';
import type { EngineOptions } from '../options';

export interface ExportFonts {
  regular: string;
  bold: string;
}

const FONT_FILES = { regular: 'fonts/NotoSans-Regular.ttf', bold: 'fonts/NotoSans-Bold.ttf' } as const;

/**
 * The resources folder: as given (the packaged app passes process.resourcesPath), or the nearest
 * `resources/` above the engine's own file — electron/engine/export/ when run from source,
 * out/main/ once built — so development, tests and the harness need no configuration.
 */
export function resourcesFolder(options: Pick<EngineOptions, 'resourcesFolder'>, from: string = __dirname): string | null {
  if (options.resourcesFolder) return options.resourcesFolder;
  let dir = from;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, FONT_FILES.regular))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** The TrueType fonts PDF exports embed (tools/fonts/generate.ts puts them in resources/fonts/). */
export function exportFonts(options: Pick<EngineOptions, 'resourcesFolder'>): ExportFonts {
  const folder = resourcesFolder(options);
  const fonts = folder ? { regular: path.join(folder, FONT_FILES.regular), bold: path.join(folder, FONT_FILES.bold) } : null;
  if (!fonts || !fs.existsSync(fonts.regular) || !fs.existsSync(fonts.bold)) {
    throw new FenlightError('INTERNAL', 'Fenlight’s PDF fonts are missing from this installation, so it cannot write a PDF. Reinstall Fenlight.');
  }
  return fonts;
}
