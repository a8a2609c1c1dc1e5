import fs from 'node:fs';
import path from 'node:path';
import { FenlightError } from '@shared/contract';

/** Gives `destination` the format's extension unless it already has it. */
export function withExtension(destination: string, extension: string): string {
  const resolved = path.resolve(destination);
  return resolved.toLowerCase().endsWith(`.${extension}`) ? resolved : `${resolved}.${extension}`;
}

/** Cleans up without letting a second failure hide the first. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing was written there, or it cannot be reached: either way nothing is left to publish.
  }
}

function cannotWrite(target: string, error: unknown): FenlightError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'Fenlight is not allowed to write there' : code === 'ENOSPC' ? 'the disk is full' : 'the folder cannot be written to';
  return new FenlightError('IO_ERROR', `The export could not be saved to ${target}: ${why}. Nothing was saved and nothing was logged. Choose another folder.`);
}

/**
 * Publishes an export only once its disclosure is logged: the bytes go to `<file>.partial`, then
 * `log` writes the audit entry, then the file is renamed into place. If the file cannot be
 * written nothing is logged; if logging fails the partial file is removed.
 */
export function publishLogged(target: string, data: Uint8Array, log: () => void): void {
  const partial = `${target}.partial`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(partial, data);
  } catch (error) {
    removeQuietly(partial);
    throw cannotWrite(target, error);
  }
  try {
    log();
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
  try {
    fs.renameSync(partial, target);
  } catch (error) {
    // Logged but not published: say so plainly, the audit entry stands for the attempt.
    removeQuietly(partial);
    throw cannotWrite(target, error);
  }
}
