import { DEFAULT_DESCRIPTORS } from '@shared/domain/markings';
import type { VaultDatabase } from './database';

/** Facts about the vault kept in its own meta table (encrypted with everything else). */
export interface VaultMeta {
  vaultId: string;
  createdAt: string;
  analystName: string;
  staffNumber: string;
  marking: string;
  trainingData: boolean;
  /** The OFFICIAL-SENSITIVE descriptors this vault offers (the force's list). */
  markingDescriptors: string[];
}

const KEYS: Record<keyof VaultMeta, string> = {
  vaultId: 'vault_id',
  createdAt: 'created_at',
  analystName: 'analyst_name',
  staffNumber: 'staff_number',
  marking: 'marking',
  trainingData: 'training_data',
  markingDescriptors: 'marking_descriptors',
};

function stored(value: VaultMeta[keyof VaultMeta]): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  return typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
}

function descriptorsFrom(text: string | undefined): string[] {
  if (text === undefined) return [...DEFAULT_DESCRIPTORS];
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [...DEFAULT_DESCRIPTORS];
}

export function writeMeta(db: VaultDatabase, meta: Partial<VaultMeta>): void {
  const upsert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [field, value] of Object.entries(meta)) {
    upsert.run(KEYS[field as keyof VaultMeta], stored(value));
  }
}

export function readMeta(db: VaultDatabase): VaultMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
  const map = new Map(rows.map((row) => [row.key, row.value]));
  return {
    vaultId: map.get(KEYS.vaultId) ?? '',
    createdAt: map.get(KEYS.createdAt) ?? '',
    analystName: map.get(KEYS.analystName) ?? '',
    staffNumber: map.get(KEYS.staffNumber) ?? '',
    marking: map.get(KEYS.marking) ?? 'OFFICIAL-SENSITIVE',
    trainingData: map.get(KEYS.trainingData) === '1',
    markingDescriptors: descriptorsFrom(map.get(KEYS.markingDescriptors)),
  };
}
