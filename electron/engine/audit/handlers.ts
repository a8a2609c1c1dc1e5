import fs from 'node:fs';
import path from 'node:path';
import { auditActionLabels } from '@shared/audit';
import type { HandlerTable } from '../handlers';
import { toCsv } from '../export/csv';
import type { VaultManager } from '../vault/vaultManager';

export function auditHandlers(vaults: VaultManager): HandlerTable {
  return {
    'audit.list': (query) => {
      const session = vaults.requireSession();
      return session.audit.list({
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
        ...(query.actions ? { actions: query.actions } : {}),
        ...(query.analyst ? { analyst: query.analyst } : {}),
        ...(query.targetId ? { target: { id: query.targetId, ...(query.targetType ? { type: query.targetType } : {}) } } : {}),
        limit: query.limit,
        offset: query.offset,
      });
    },
    'audit.verify': () => vaults.requireSession().audit.verify(),
    'audit.export': ({ destination, reason, recipients }) => {
      const session = vaults.requireSession();
      const target = path.resolve(destination.toLowerCase().endsWith('.csv') ? destination : `${destination}.csv`);
      const header = ['Entry', 'Time (UTC)', 'Operation type', 'Operation', 'Analyst', 'Staff number', 'OS user', 'Machine', 'Records', 'Reason', 'Recipients', 'Details', 'Hash'];
      const rows = [...session.audit.all()].map((entry) => [
        entry.seq,
        entry.at,
        auditActionLabels[entry.action],
        entry.operation,
        entry.analystName,
        entry.staffNumber,
        entry.osUser,
        entry.machine,
        entry.targets.map((item) => `${item.type}:${item.id}`).join(' '),
        entry.reason,
        entry.recipients?.join('; ') ?? null,
        entry.details ? JSON.stringify(entry.details) : null,
        entry.hash,
      ]);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const partial = `${target}.partial`;
      fs.writeFileSync(partial, toCsv(header, rows));
      // The file exists before the disclosure is logged, and is published only once it is.
      try {
        session.transaction(() =>
          session.audit.append({
            action: 'DISCLOSE',
            operation: 'audit.export',
            targets: [{ type: 'audit-log', id: session.info.vaultId }],
            reason,
            recipients,
            details: { facts: { format: 'CSV', file: path.basename(target), entries: rows.length } },
          }),
        );
      } catch (error) {
        fs.rmSync(partial, { force: true });
        throw error;
      }
      fs.renameSync(partial, target);
      return { path: target, entries: rows.length };
    },
  };
}
