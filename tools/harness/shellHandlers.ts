import { FenlightError } from '@shared/contract';
import type { PickedPath } from '@shared/contract/calls/shell';
import type { ShellHandlers } from '../../electron/main/callRouter';
import { isSafeExternalUrl } from '../../electron/main/externalUrl';

/**
 * The harness cannot show native dialogs. Tests queue the answers a dialog would have given;
 * with nothing queued, a dialog counts as cancelled (and the harness says so on stderr).
 */
export class DialogAnswers {
  private readonly queue: PickedPath[] = [];

  /** The next file or folder dialog will answer with this path. */
  choose(path: string): void {
    this.queue.push({ cancelled: false, path });
  }

  /** The next dialog will be cancelled. */
  cancel(): void {
    this.queue.push({ cancelled: true });
  }

  next(title: string, log: (line: string) => void): PickedPath {
    const answer = this.queue.shift();
    if (answer) return answer;
    log(`Fenlight harness: the UI asked for a dialog ("${title}"); none can be shown here, so it counts as cancelled.`);
    return { cancelled: true };
  }
}

export function harnessShellHandlers(dialogs: DialogAnswers, log: (line: string) => void): ShellHandlers {
  return {
    'shell.pickOpenPath': async ({ title }) => dialogs.next(title, log),
    'shell.pickSavePath': async ({ title }) => dialogs.next(title, log),
    'shell.pickFolder': async ({ title }) => dialogs.next(title, log),
    'shell.openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        throw new FenlightError('FORBIDDEN', 'Fenlight only opens secure (https) web addresses in your browser.');
      }
      log(`Fenlight harness: would open ${url} in the system browser.`);
      return { opened: false };
    },
  };
}
