import type { AuditAction } from '@shared/audit';
import type { EngineCallName } from '@shared/contract';

/**
 * Every engine call, classified by the s62 operation it performs. The type makes a new call
 * without a classification a compile error; a test checks it again at run time, and the engine
 * checks after each call that a classified call wrote its entry.
 */
export const callAuditClass: Record<EngineCallName, AuditAction | 'none'> = {
  'app.info': 'none',
  'settings.get': 'none',
  'settings.update': 'none',
  'vault.status': 'none',
  'vault.create': 'none',
  'vault.open': 'none',
  'vault.unlock': 'none',
  'vault.unlockWithRecoveryKey': 'none',
  'vault.lock': 'none',
  'vault.touch': 'none',
  'vault.confirmRecoveryKey': 'none',
  'vault.changePassphrase': 'none',
  'vault.regenerateRecoveryKey': 'none',
  'vault.check': 'none',
  // A backup is an encrypted copy under the same keys, not a disclosure to anyone.
  'vault.backup': 'none',
  'vault.restore': 'none',
  'audit.list': 'none',
  'audit.verify': 'none',
  'audit.export': 'DISCLOSE',
  'jobs.list': 'none',
  'jobs.get': 'none',
  'jobs.cancel': 'none',
};
