import os from 'node:os';

/** Who did it: the analyst profile set at vault creation, plus the OS account and machine. */
export interface Actor {
  analystName: string;
  staffNumber: string;
  osUser: string;
  machine: string;
}

export function systemIdentity(): { osUser: string; machine: string } {
  let osUser = 'unknown';
  try {
    osUser = os.userInfo().username;
  } catch {
    // Some locked-down accounts have no passwd entry; the analyst profile still identifies them.
  }
  return { osUser, machine: os.hostname() };
}
