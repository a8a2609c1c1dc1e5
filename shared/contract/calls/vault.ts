import { z } from 'zod';
import { call } from '../define';
import type { FailureReportInfo, OpenVaultInfo, VaultCheckReport, VaultStatus } from '../../vault/types';

const secret = (label: string) => z.string({ error: `${label} is required.` }).min(1, { error: `${label} is required.` }).max(1024, { error: `${label} is too long.` });
const filePath = (label: string) => z.string({ error: `${label} is required.` }).trim().min(1, { error: `${label} is required.` }).max(4096);

export const analystNameSchema = z
  .string({ error: 'Analyst name is required.' })
  .trim()
  .min(2, { error: 'Analyst name must be at least 2 characters.' })
  .max(100, { error: 'Analyst name can be at most 100 characters.' });

export const staffNumberSchema = z
  .string({ error: 'Staff number is required.' })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 /-]{0,19}$/, { error: 'Staff number must be letters and digits (up to 20), for example 4127 or CC4127.' });

export const vaultCalls = {
  'vault.status': call(z.strictObject({})).returns<VaultStatus>(),
  'vault.create': call(
    z.strictObject({
      name: z
        .string({ error: 'Vault name is required.' })
        .trim()
        .min(1, { error: 'Vault name is required.' })
        .max(80, { error: 'Vault name can be at most 80 characters.' })
        .regex(/^[^\\/:*?"<>|]+$/, { error: 'Vault name cannot contain \\ / : * ? " < > or |.' }),
      folder: filePath('Folder').optional(),
      analystName: analystNameSchema,
      staffNumber: staffNumberSchema,
      passphrase: secret('Passphrase'),
    }),
  ).returns<{ status: VaultStatus; recoveryKey: string }>(),
  'vault.open': call(z.strictObject({ path: filePath('Vault file') })).returns<VaultStatus>(),
  'vault.unlock': call(z.strictObject({ passphrase: secret('Passphrase') })).returns<{ status: VaultStatus; failedAttempts: FailureReportInfo | null }>(),
  'vault.unlockWithRecoveryKey': call(z.strictObject({ recoveryKey: secret('Recovery key') })).returns<{
    status: VaultStatus;
    failedAttempts: FailureReportInfo | null;
  }>(),
  'vault.lock': call(z.strictObject({ reason: z.enum(['command', 'idle', 'suspend', 'screen-lock']).default('command') })).returns<VaultStatus>(),
  /** The analyst is active (keyboard or mouse): postpones the idle lock. */
  'vault.touch': call(z.strictObject({})).returns<{ idleLockAt: string | null }>(),
  'vault.confirmRecoveryKey': call(z.strictObject({})).returns<OpenVaultInfo>(),
  'vault.changePassphrase': call(
    z.strictObject({ currentPassphrase: secret('Current passphrase').optional(), newPassphrase: secret('New passphrase') }),
  ).returns<OpenVaultInfo>(),
  'vault.regenerateRecoveryKey': call(z.strictObject({ passphrase: secret('Passphrase') })).returns<{ recoveryKey: string }>(),
  'vault.check': call(z.strictObject({})).returns<VaultCheckReport>(),
  'vault.setMarkingDescriptors': call(
    z.strictObject({ descriptors: z.array(z.string().max(200), { error: 'Descriptors must be a list.' }).max(100) }),
  ).returns<VaultStatus>(),
  'vault.backup': call(z.strictObject({ destination: filePath('Backup file') })).returns<{ path: string; bytes: number }>(),
  'vault.restore': call(
    z
      .strictObject({
        from: filePath('Backup file'),
        destination: filePath('Vault file'),
        passphrase: secret('Passphrase').optional(),
        recoveryKey: secret('Recovery key').optional(),
      })
      .refine((input) => (input.passphrase === undefined) !== (input.recoveryKey === undefined), {
        error: 'Give either the backup’s passphrase or its recovery key.',
      }),
  ).returns<{ path: string; replacedFolder: string | null }>(),
};
