import crypto from 'node:crypto';
import type { AuditAction, AuditDetails, AuditEntry, AuditTarget, AuditVerification } from '@shared/audit';
import type { VaultDatabase } from '../vault/database';
import type { Actor } from './actor';

export interface AuditRecord {
  action: AuditAction;
  operation: string;
  targets: AuditTarget[];
  reason?: string | null;
  recipients?: string[] | null;
  details?: AuditDetails | null;
}

interface AuditRow {
  seq: number;
  at: string;
  action: AuditAction;
  operation: string;
  analyst_name: string;
  staff_number: string;
  os_user: string;
  machine: string;
  targets: string;
  reason: string | null;
  recipients: string | null;
  details: string | null;
  prev_hash: string;
  hash: string;
}

export function genesisHash(vaultId: string): string {
  return sha256(`fenlight-audit-genesis:${vaultId}`);
}

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash covers every stored column except the hash itself, in a fixed order. */
function entryHash(row: Omit<AuditRow, 'hash'>): string {
  return sha256(
    JSON.stringify([
      row.seq,
      row.at,
      row.action,
      row.operation,
      row.analyst_name,
      row.staff_number,
      row.os_user,
      row.machine,
      row.targets,
      row.reason,
      row.recipients,
      row.details,
      row.prev_hash,
    ]),
  );
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    action: row.action,
    operation: row.operation,
    analystName: row.analyst_name,
    staffNumber: row.staff_number,
    osUser: row.os_user,
    machine: row.machine,
    targets: JSON.parse(row.targets) as AuditTarget[],
    reason: row.reason,
    recipients: row.recipients === null ? null : (JSON.parse(row.recipients) as string[]),
    details: row.details === null ? null : (JSON.parse(row.details) as AuditDetails),
    hash: row.hash,
  };
}

export interface AuditQuery {
  from?: string;
  to?: string;
  actions?: AuditAction[];
  analyst?: string;
  target?: { type?: string; id: string };
  limit: number;
  offset: number;
}

/**
 * The s62 log inside the vault: append-only (triggers refuse UPDATE and DELETE), each entry
 * carrying the SHA-256 of the one before, and the head (last seq and hash) kept in meta so a
 * removed tail is noticed too. Callers append inside the same transaction as the change.
 */
export class AuditLog {
  private unchanged = false;

  constructor(
    private readonly db: VaultDatabase,
    private readonly vaultId: string,
    private readonly actor: () => Actor,
    private readonly now: () => Date,
  ) {}

  append(record: AuditRecord): AuditEntry {
    const head = this.head();
    const actor = this.actor();
    const base: Omit<AuditRow, 'hash'> = {
      seq: head.seq + 1,
      at: this.now().toISOString(),
      action: record.action,
      operation: record.operation,
      analyst_name: actor.analystName,
      staff_number: actor.staffNumber,
      os_user: actor.osUser,
      machine: actor.machine,
      targets: JSON.stringify(record.targets),
      reason: record.reason ?? null,
      recipients: record.recipients ? JSON.stringify(record.recipients) : null,
      details: record.details ? JSON.stringify(record.details) : null,
      prev_hash: head.hash,
    };
    const row: AuditRow = { ...base, hash: entryHash(base) };
    const write = this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO audit_log (seq, at, action, operation, analyst_name, staff_number, os_user, machine, targets, reason, recipients, details, prev_hash, hash)
           VALUES (@seq, @at, @action, @operation, @analyst_name, @staff_number, @os_user, @machine, @targets, @reason, @recipients, @details, @prev_hash, @hash)`,
        )
        .run(row);
      const target = this.db.prepare('INSERT INTO audit_target (seq, target_type, target_id) VALUES (?, ?, ?)');
      for (const item of record.targets) target.run(row.seq, item.type, item.id);
      this.db.prepare("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
        JSON.stringify({ seq: row.seq, hash: row.hash }),
      );
    });
    write();
    return toEntry(row);
  }

  /** A classified call that turned out to change nothing (e.g. saving an unedited record) says so. */
  nothingToRecord(): void {
    this.unchanged = true;
  }

  /** Whether the current call declared it had nothing to record; reading it resets it. */
  takeNothingToRecord(): boolean {
    const value = this.unchanged;
    this.unchanged = false;
    return value;
  }

  /** The actions recorded after entry `seq` (used to check a classified call wrote its entry). */
  actionsSince(seq: number): AuditAction[] {
    return this.db.prepare('SELECT action FROM audit_log WHERE seq > ?').pluck().all(seq) as AuditAction[];
  }

  lastSeq(): number {
    return this.head().seq;
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number) ?? 0;
  }

  list(query: AuditQuery): { entries: AuditEntry[]; total: number } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.from) {
      where.push('a.at >= @from');
      params.from = query.from;
    }
    if (query.to) {
      where.push('a.at < @to');
      params.to = query.to;
    }
    if (query.actions && query.actions.length > 0) {
      where.push(`a.action IN (${query.actions.map((_, i) => `@action${i}`).join(', ')})`);
      query.actions.forEach((action, i) => (params[`action${i}`] = action));
    }
    if (query.analyst) {
      where.push('(a.analyst_name LIKE @analyst OR a.staff_number LIKE @analyst)');
      params.analyst = `%${query.analyst.replace(/[%_]/g, '')}%`;
    }
    if (query.target) {
      where.push(
        `EXISTS (SELECT 1 FROM audit_target t WHERE t.seq = a.seq AND t.target_id = @targetId${query.target.type ? ' AND t.target_type = @targetType' : ''})`,
      );
      params.targetId = query.target.id;
      if (query.target.type) params.targetType = query.target.type;
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM audit_log a ${clause}`).pluck().get(params) as number;
    const rows = this.db
      .prepare(`SELECT * FROM audit_log a ${clause} ORDER BY a.seq DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: query.limit, offset: query.offset }) as AuditRow[];
    return { entries: rows.map(toEntry), total };
  }

  /** Every entry, oldest first (for export). */
  *all(): Generator<AuditEntry> {
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) yield toEntry(row);
  }

  /** Walks the chain from the start; names the first entry that was changed, removed or reordered. */
  verify(): AuditVerification {
    let expectedPrev = genesisHash(this.vaultId);
    let expectedSeq = 1;
    let entries = 0;
    for (const row of this.db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
      if (row.seq !== expectedSeq) {
        return { intact: false, entries, firstBrokenSeq: expectedSeq, problem: `Entry ${expectedSeq} is missing: the log jumps from entry ${expectedSeq - 1} to ${row.seq}.` };
      }
      if (row.prev_hash !== expectedPrev) {
        return { intact: false, entries, firstBrokenSeq: row.seq, problem: `Entry ${row.seq} does not follow entry ${row.seq - 1}: entries were removed, reordered or altered.` };
      }
      const { hash, ...rest } = row;
      if (entryHash(rest) !== hash) {
        return { intact: false, entries, firstBrokenSeq: row.seq, problem: `Entry ${row.seq} was altered after it was written.` };
      }
      expectedPrev = hash;
      expectedSeq += 1;
      entries += 1;
    }
    const head = this.head();
    if (head.seq !== entries || (entries > 0 && head.hash !== expectedPrev)) {
      return {
        intact: false,
        entries,
        firstBrokenSeq: entries + 1,
        problem: `The log ends at entry ${entries}, but the vault recorded ${head.seq} entries: the latest entries were removed.`,
      };
    }
    return { intact: true, entries };
  }

  private head(): { seq: number; hash: string } {
    const value = this.db.prepare("SELECT value FROM meta WHERE key = 'audit_head'").pluck().get() as string | undefined;
    return value ? (JSON.parse(value) as { seq: number; hash: string }) : { seq: 0, hash: genesisHash(this.vaultId) };
  }
}
