import fs from 'node:fs';
import type { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';

/**
 * Small JSON files of Fenlight's own (settings, recent vaults, unlock attempts): a missing or
 * damaged file reads as the fallback rather than stopping the app.
 */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, fallback: z.output<S>): z.output<S> {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function writeJsonFile(file: string, value: unknown): void {
  writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}
