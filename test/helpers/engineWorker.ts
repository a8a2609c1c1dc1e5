import path from 'node:path';

/** Boots the TypeScript worker entry through tsx, so tests need no build. */
export const engineWorkerEntry = path.resolve('test/fixtures/workers/tsEngineWorker.cjs');
