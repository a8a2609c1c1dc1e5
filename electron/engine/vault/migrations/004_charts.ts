import type { Migration } from './types';

/** Saved link charts: the analyst's arrangement (positions, groups, filters), by record id only. */
export const charts: Migration = {
  version: 4,
  name: 'saved link charts',
  up(db) {
    db.exec(`
      CREATE TABLE chart (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL,
        marking TEXT NOT NULL,
        document TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
