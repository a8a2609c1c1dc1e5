import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * Writes a file so that a crash or kill leaves either the old or the new content, never a
 * mixture: temp file in the same folder, fsync, rename over the target, fsync the folder.
 * With `keepPrevious`, the old content is first kept beside it as `<name>.previous`.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, options: { keepPrevious?: boolean } = {}): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    if (options.keepPrevious && fs.existsSync(target)) {
      fs.copyFileSync(target, `${target}.previous`);
      fsyncPath(`${target}.previous`);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectory(dir);
}

function fsyncPath(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable; Windows cannot open folders for fsync and does not need it. */
function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
