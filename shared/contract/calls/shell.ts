import { z } from 'zod';
import { call } from '../define';

/**
 * Calls answered by the shell (native dialogs, the system browser), not by the engine.
 * In the app, electron/main implements them; in the browser harness, the harness does.
 */
export const SHELL_CALL_PREFIX = 'shell.';

const fileFilter = z.strictObject({
  name: z.string().min(1).max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9*]+$/i, { error: 'File extensions are letters and digits only.' })).min(1),
});

export type FileFilter = z.infer<typeof fileFilter>;

export type PickedPath = { cancelled: true } | { cancelled: false; path: string };

export const shellCalls = {
  'shell.pickOpenPath': call(
    z.strictObject({ title: z.string().min(1).max(120), filters: z.array(fileFilter).default([]) }),
  ).returns<PickedPath>(),
  'shell.pickSavePath': call(
    z.strictObject({
      title: z.string().min(1).max(120),
      defaultName: z.string().max(255).default(''),
      filters: z.array(fileFilter).default([]),
    }),
  ).returns<PickedPath>(),
  'shell.pickFolder': call(z.strictObject({ title: z.string().min(1).max(120) })).returns<PickedPath>(),
  'shell.openExternal': call(z.strictObject({ url: z.string().min(1).max(2048) })).returns<{ opened: boolean }>(),
};
