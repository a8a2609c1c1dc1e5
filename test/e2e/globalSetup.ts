import type { TestProject } from 'vitest/node';
import { build } from '../../tools/harness/ensureBuilt';
import { findChromium, HOW_TO_GET_CHROMIUM } from './support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty when no Chromium is available (the e2e suites then report themselves skipped). */
    chromiumPath: string;
  }
}

export default function setup(project: TestProject): void {
  const chromium = findChromium();
  if (!chromium) {
    // CI installs Chromium first (.ci/run), so there a missing browser is a failure, not a skip.
    if (process.env.CI === 'true') throw new Error(`CI has no Chromium. ${HOW_TO_GET_CHROMIUM}`);
    process.stderr.write(`\nEnd-to-end tests skipped: ${HOW_TO_GET_CHROMIUM}\n\n`);
    project.provide('chromiumPath', '');
    return;
  }
  // Always rebuild, so the browser tests exercise the code as it is now.
  build();
  project.provide('chromiumPath', chromium);
}
