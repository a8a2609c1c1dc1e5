import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BuildInfo } from '@shared/contract/calls/app';

/** Version from package.json and the git commit, read from a checkout (build time, harness, CLI). */
export function readBuildInfo(repoRoot: string, now: Date = new Date()): BuildInfo {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // Not a git checkout (e.g. an unpacked source archive): the version alone identifies it.
  }
  return { version: pkg.version, commit, builtAt: now.toISOString() };
}
