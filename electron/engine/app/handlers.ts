import os from 'node:os';
import type { HandlerTable } from '../handlers';
import type { EngineOptions } from '../options';

export function appHandlers(options: EngineOptions): HandlerTable {
  return {
    'app.info': () => ({
      name: 'Fenlight',
      version: options.build.version,
      build: options.build,
      platform: { os: `${os.type()} ${os.release()}`, arch: process.arch, runtime: options.runtime },
      dataFolder: options.dataFolder,
      defaultVaultFolder: options.defaultVaultFolder,
    }),
  };
}
