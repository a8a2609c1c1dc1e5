/** What the UI may know about vaults. Never keys, never passphrases. */
export interface VaultSummary {
  path: string;
  name: string;
}

export interface RecentVaultInfo extends VaultSummary {
  lastOpenedAt: string;
}

export interface OpenVaultInfo extends VaultSummary {
  id: string;
  createdAt: string;
  /** The vault's protective marking, shown in the banners. */
  marking: string;
  /** Synthetic demo data: the banners say TRAINING DATA. */
  trainingData: boolean;
  /** The OFFICIAL-SENSITIVE descriptors this vault offers; reports and charts choose from them. */
  markingDescriptors: string[];
  analystName: string;
  staffNumber: string;
  schemaVersion: number;
  recoveryKeyConfirmed: boolean;
  /** Unlocked with the recovery key: a new passphrase must be set before anything else. */
  mustChangePassphrase: boolean;
  idleLockMinutes: number;
}

interface StatusCommon {
  recent: RecentVaultInfo[];
  defaultFolder: string;
}

export type VaultStatus =
  | (StatusCommon & { state: 'none'; vault: null })
  | (StatusCommon & { state: 'locked'; vault: VaultSummary })
  | (StatusCommon & { state: 'unlocked'; vault: OpenVaultInfo });

export interface FailureReportInfo {
  failures: number;
  lastFailureAt: string;
}

export type VaultCheckId = 'encryption' | 'integrity' | 'foreign-keys' | 'audit';

export interface VaultCheckReport {
  ok: boolean;
  checks: Array<{ id: VaultCheckId; label: string; ok: boolean; message: string }>;
}
