import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { electronBindingPath, NATIVE_FILE, NATIVE_MODULE, type ElectronTarget } from '../../electron/main/nativeBinding';

export interface FetchSteps {
  /** Downloads the prebuilt Electron binary (GitHub releases) into the module copy in workDir. */
  prebuilt(moduleDir: string, target: ElectronTarget): void;
  /** Compiles it against Electron's headers (needs a C++ toolchain and electronjs.org). */
  compile(workDir: string, target: ElectronTarget): Promise<void>;
}

export type EnsureOutcome = { status: 'ready'; path: string; how: 'cached' | 'prebuilt' | 'compiled' } | { status: 'failed'; message: string };

/**
 * Makes sure .native/ holds better-sqlite3-multiple-ciphers built for this Electron version,
 * platform and arch, without touching the Node build in node_modules that tests use. Works on
 * a copy of the module: first tries the published prebuilt binary, then compiles.
 */
export async function ensureElectronNative(repoRoot: string, target: ElectronTarget, steps: FetchSteps): Promise<EnsureOutcome> {
  const destination = electronBindingPath(repoRoot, target);
  if (fs.existsSync(destination)) return { status: 'ready', path: destination, how: 'cached' };

  const workDir = path.join(repoRoot, '.native', `work-${target.electronVersion}-${target.platform}-${target.arch}`);
  const moduleDir = path.join(workDir, 'node_modules', NATIVE_MODULE);
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.cpSync(path.join(repoRoot, 'node_modules', NATIVE_MODULE), moduleDir, {
    recursive: true,
    dereference: true,
    filter: (source) => !source.includes(`${path.sep}build${path.sep}`) && !source.endsWith(`${path.sep}build`),
  });
  fs.writeFileSync(path.join(workDir, 'package.json'), JSON.stringify({ name: 'fenlight-native-work', private: true, dependencies: { [NATIVE_MODULE]: '*' } }));

  const built = path.join(moduleDir, 'build', 'Release', NATIVE_FILE);
  const problems: string[] = [];
  let how: 'prebuilt' | 'compiled' = 'prebuilt';
  try {
    steps.prebuilt(moduleDir, target);
  } catch (error) {
    problems.push(`prebuilt download: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (!fs.existsSync(built)) {
    how = 'compiled';
    try {
      await steps.compile(workDir, target);
    } catch (error) {
      problems.push(`compiling: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  if (!fs.existsSync(built)) {
    return {
      status: 'failed',
      message:
        `Could not get ${NATIVE_MODULE} built for Electron ${target.electronVersion} (${target.platform}-${target.arch}). ` +
        'This needs internet access once (GitHub for the prebuilt binary, or electronjs.org headers and a C++ toolchain to compile). ' +
        `Tried — ${problems.join('; ')}`,
    };
  }
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  fs.copyFileSync(built, destination);
  fs.rmSync(workDir, { recursive: true, force: true });
  return { status: 'ready', path: destination, how };
}

/** The real steps: prebuild-install (the module's own installer), then @electron/rebuild. */
export function networkSteps(repoRoot: string): FetchSteps {
  return {
    prebuilt(moduleDir, target) {
      const bin = path.join(repoRoot, 'node_modules', 'prebuild-install', 'bin.js');
      execFileSync(process.execPath, [bin, '--runtime', 'electron', '--target', target.electronVersion, '--arch', target.arch, '--platform', target.platform], {
        cwd: moduleDir,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
    },
    async compile(workDir, target) {
      const { rebuild } = await import('@electron/rebuild');
      await rebuild({ buildPath: workDir, electronVersion: target.electronVersion, arch: target.arch, onlyModules: [NATIVE_MODULE], force: true });
    },
  };
}
