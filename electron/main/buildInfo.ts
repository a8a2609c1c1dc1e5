import type { BuildInfo } from '@shared/contract/calls/app';

declare const __FENLIGHT_BUILD__: BuildInfo;

/** Stamped into the main bundle by electron.vite.config.ts at build time. */
export const buildInfo: BuildInfo = __FENLIGHT_BUILD__;
