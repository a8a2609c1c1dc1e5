import type { Migration } from './types';

/** Vault metadata and the hash-chained, append-only s62 audit log. */
export const foundation: Migration = {
  version: 1,
  name: 'vault metadata and audit log',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('COLLECT', 'ALTER', 'CONSULT', 'DISCLOSE', 'COMBINE', 'ERASE')),
        operation TEXT NOT NULL,
        analyst_name TEXT NOT NULL,
        staff_number TEXT NOT NULL,
        os_user TEXT NOT NULL,
        machine TEXT NOT NULL,
        targets TEXT NOT NULL,
        reason TEXT,
        recipients TEXT,
        details TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE INDEX audit_log_action ON audit_log (action);

      -- Derived index for "what happened to this record"; not part of the hash chain.
      CREATE TABLE audit_target (
        seq INTEGER NOT NULL REFERENCES audit_log (seq),
        target_type TEXT NOT NULL,
        target_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_target_record ON audit_target (target_type, target_id);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
    `);
  },
};
