import type { AuditTarget } from '@shared/audit';
import type { AuditLog, AuditRecord } from '../audit/auditLog';
import type { RowEffect } from './rowImporter';

/**
 * The audit entries of one committed batch: one COLLECT listing every record the batch created
 * (no per-row entry for creations: that would double the cost of a large import), one ALTER per
 * record it changed, with the field diff, and one COMBINE listing the entities already in the
 * vault that the batch's reports now support (an "import join").
 */
export class BatchAudit {
  private readonly created: AuditTarget[] = [];
  private readonly createdKeys = new Set<string>();
  private readonly alters: AuditRecord[] = [];
  private readonly joined = new Set<string>();
  private firstRow = Number.POSITIVE_INFINITY;
  private lastRow = 0;

  constructor(
    private readonly operation: string,
    private readonly fileName: string,
  ) {}

  add(row: number, effect: RowEffect): void {
    this.firstRow = Math.min(this.firstRow, row);
    this.lastRow = Math.max(this.lastRow, row);
    for (const target of effect.created) {
      const key = `${target.type}:${target.id}`;
      if (this.createdKeys.has(key)) continue;
      this.createdKeys.add(key);
      this.created.push(target);
    }
    if (effect.alter) this.alters.push(effect.alter);
    for (const id of effect.joined) this.joined.add(id);
  }

  /** Appends the entries (inside the batch's transaction, so they commit with its changes). */
  write(audit: AuditLog): void {
    const rows = this.lastRow === 0 ? null : `${this.firstRow}–${this.lastRow}`;
    if (this.created.length > 0) {
      audit.append({ action: 'COLLECT', operation: this.operation, targets: this.created, details: { facts: { file: this.fileName, rows, records: this.created.length } } });
    }
    for (const alter of this.alters) audit.append(alter);
    if (this.joined.size > 0) {
      audit.append({
        action: 'COMBINE',
        operation: this.operation,
        targets: [...this.joined].map((id) => ({ type: 'entity', id })),
        details: { facts: { file: this.fileName, rows, evidenceAddedTo: this.joined.size } },
      });
    }
  }
}
