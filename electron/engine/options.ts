import type { BuildInfo } from '@shared/contract/calls/app';
import type { ScryptParams } from './vault/crypto/kdf';

export interface EngineOptions {
  /** Fenlight's own folder: settings and counters that must live outside any vault. */
  dataFolder: string;
  /** Where new vaults go unless the analyst chooses another place. */
  defaultVaultFolder: string;
  build: BuildInfo;
  /** e.g. "electron 45.5.0" or "node 20.20.2" */
  runtime: string;
  /** Path of a better-sqlite3 native binding built for this runtime, when not the default. */
  nativeBinding?: string;
  /** Where unexpected errors are reported (stderr by default). Never given inputs or keys. */
  log?: (message: string) => void;
  /** KDF cost for new key slots. Defaults to OWASP's scrypt parameters; tests pass cheaper ones. */
  kdf?: ScryptParams;
  /** The clock (tests move it to exercise idle locking and unlock slow-downs). */
  now?: () => Date;
  /**
   * Fenlight's bundled resources (fonts for PDF exports): `process.resourcesPath` in the packaged
   * app. When unset, the repository's resources/ folder is found from the engine's own location.
   */
  resourcesFolder?: string;
}
