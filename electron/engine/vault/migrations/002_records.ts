import type { Migration } from './types';

/**
 * Reports, entities, links and the evidence joining them (the i2 "cards"), merges kept for undo,
 * full-text search (FTS5) and a spatial index (R*Tree) over site locations.
 */
export const records: Migration = {
  version: 2,
  name: 'reports, entities, links and evidence',
  up(db) {
    db.exec(`
      CREATE TABLE report (
        id TEXT PRIMARY KEY,
        urn TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        original_text TEXT NOT NULL,
        sanitised_text TEXT NOT NULL,
        source_evaluation TEXT NOT NULL CHECK (source_evaluation IN ('1', '2', '3')),
        intelligence_assessment TEXT NOT NULL CHECK (intelligence_assessment IN ('A', 'B', 'C', 'D', 'E')),
        handling_code TEXT NOT NULL CHECK (handling_code IN ('P', 'C')),
        handling_conditions TEXT NOT NULL,
        protective_marking TEXT NOT NULL,
        source_type TEXT NOT NULL,
        exploitation_types TEXT NOT NULL,
        indicators TEXT NOT NULL,
        occurred_on TEXT,
        received_on TEXT NOT NULL,
        recorded_on TEXT NOT NULL,
        author_name TEXT NOT NULL,
        author_staff_number TEXT,
        district TEXT,
        mopi_group INTEGER NOT NULL,
        next_review_date TEXT NOT NULL,
        legacy_grade TEXT,
        -- Sortable grade: source (1..3) * 10 + assessment (1..5); lower is better.
        grade_rank INTEGER NOT NULL,
        origin TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (handling_code = 'P' OR handling_conditions <> '')
      ) STRICT;
      CREATE INDEX report_recorded ON report (recorded_on);
      CREATE INDEX report_occurred ON report (occurred_on);
      CREATE INDEX report_received ON report (received_on);
      CREATE INDEX report_grade ON report (grade_rank);
      CREATE INDEX report_district ON report (district);
      CREATE INDEX report_review ON report (next_review_date);

      CREATE TABLE entity (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        label TEXT NOT NULL,
        chart_label TEXT NOT NULL,
        identity_key TEXT,
        properties TEXT NOT NULL,
        category TEXT,
        site_type TEXT,
        lat REAL,
        lon REAL,
        review_state TEXT NOT NULL DEFAULT 'reviewed' CHECK (review_state IN ('reviewed', 'unreviewed')),
        -- Set when merged into another entity; kept (hidden) so the merge can be undone.
        merged_into TEXT REFERENCES entity (id),
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX entity_identity ON entity (type, identity_key) WHERE merged_into IS NULL;
      CREATE INDEX entity_type_label ON entity (type, label) WHERE merged_into IS NULL;
      CREATE INDEX entity_review ON entity (review_state) WHERE merged_into IS NULL;

      -- Names and aliases, folded for diacritics and transliteration; token_key ignores word order.
      CREATE TABLE entity_name (
        entity_id TEXT NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        folded TEXT NOT NULL,
        token_key TEXT NOT NULL
      ) STRICT;
      CREATE INDEX entity_name_entity ON entity_name (entity_id);
      CREATE INDEX entity_name_token_key ON entity_name (token_key);

      CREATE TABLE link (
        id TEXT PRIMARY KEY,
        from_id TEXT NOT NULL REFERENCES entity (id),
        to_id TEXT NOT NULL REFERENCES entity (id),
        type TEXT NOT NULL,
        directed INTEGER NOT NULL CHECK (directed IN (0, 1)),
        strength TEXT NOT NULL,
        valid_from TEXT,
        valid_to TEXT,
        notes TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (from_id <> to_id)
      ) STRICT;
      CREATE INDEX link_from ON link (from_id, to_id);
      CREATE INDEX link_to ON link (to_id, from_id);

      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        report_id TEXT NOT NULL REFERENCES report (id),
        entity_id TEXT REFERENCES entity (id),
        link_id TEXT REFERENCES link (id),
        note TEXT NOT NULL,
        created_at TEXT NOT NULL,
        CHECK ((entity_id IS NULL) <> (link_id IS NULL))
      ) STRICT;
      CREATE INDEX evidence_report ON evidence (report_id);
      CREATE INDEX evidence_entity ON evidence (entity_id) WHERE entity_id IS NOT NULL;
      CREATE INDEX evidence_link ON evidence (link_id) WHERE link_id IS NOT NULL;

      -- What a merge moved, so unmerge can put it back exactly.
      CREATE TABLE entity_merge (
        id TEXT PRIMARY KEY,
        survivor_id TEXT NOT NULL REFERENCES entity (id),
        merged_id TEXT NOT NULL REFERENCES entity (id),
        survivor_before TEXT NOT NULL,
        moved_evidence TEXT NOT NULL,
        rewired_links TEXT NOT NULL,
        reason TEXT NOT NULL,
        merged_at TEXT NOT NULL,
        undone_at TEXT
      ) STRICT;
      CREATE INDEX entity_merge_survivor ON entity_merge (survivor_id);

      CREATE TABLE duplicate_dismissal (
        left_id TEXT NOT NULL,
        right_id TEXT NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (left_id, right_id)
      ) STRICT;

      CREATE TABLE saved_view (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (kind, name)
      ) STRICT;

      CREATE TABLE import_mapping (
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        mapping TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (kind, name)
      ) STRICT;

      -- Full-text search. Original (restricted) report text is deliberately not indexed.
      CREATE VIRTUAL TABLE report_fts USING fts5 (
        urn, title, sanitised_text,
        content = 'report', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER report_fts_insert AFTER INSERT ON report BEGIN
        INSERT INTO report_fts (rowid, urn, title, sanitised_text) VALUES (new.rowid, new.urn, new.title, new.sanitised_text);
      END;
      CREATE TRIGGER report_fts_delete AFTER DELETE ON report BEGIN
        INSERT INTO report_fts (report_fts, rowid, urn, title, sanitised_text) VALUES ('delete', old.rowid, old.urn, old.title, old.sanitised_text);
      END;
      CREATE TRIGGER report_fts_update AFTER UPDATE OF urn, title, sanitised_text ON report BEGIN
        INSERT INTO report_fts (report_fts, rowid, urn, title, sanitised_text) VALUES ('delete', old.rowid, old.urn, old.title, old.sanitised_text);
        INSERT INTO report_fts (rowid, urn, title, sanitised_text) VALUES (new.rowid, new.urn, new.title, new.sanitised_text);
      END;

      CREATE VIRTUAL TABLE entity_fts USING fts5 (
        search_text,
        content = 'entity', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER entity_fts_insert AFTER INSERT ON entity WHEN new.merged_into IS NULL BEGIN
        INSERT INTO entity_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
      END;
      CREATE TRIGGER entity_fts_delete AFTER DELETE ON entity WHEN old.merged_into IS NULL BEGIN
        INSERT INTO entity_fts (entity_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      END;
      CREATE TRIGGER entity_fts_update AFTER UPDATE OF search_text, merged_into ON entity BEGIN
        INSERT INTO entity_fts (entity_fts, rowid, search_text) SELECT 'delete', old.rowid, old.search_text WHERE old.merged_into IS NULL;
        INSERT INTO entity_fts (rowid, search_text) SELECT new.rowid, new.search_text WHERE new.merged_into IS NULL;
      END;

      -- Sites with a location, for "within 2 km of this car wash" and map area filters.
      CREATE VIRTUAL TABLE entity_location USING rtree (entity_rowid, min_lat, max_lat, min_lon, max_lon);
      CREATE TRIGGER entity_location_insert AFTER INSERT ON entity WHEN new.lat IS NOT NULL AND new.merged_into IS NULL BEGIN
        INSERT INTO entity_location VALUES (new.rowid, new.lat, new.lat, new.lon, new.lon);
      END;
      CREATE TRIGGER entity_location_update AFTER UPDATE OF lat, lon, merged_into ON entity BEGIN
        DELETE FROM entity_location WHERE entity_rowid = old.rowid;
        INSERT INTO entity_location SELECT new.rowid, new.lat, new.lat, new.lon, new.lon WHERE new.lat IS NOT NULL AND new.merged_into IS NULL;
      END;
      CREATE TRIGGER entity_location_delete AFTER DELETE ON entity BEGIN
        DELETE FROM entity_location WHERE entity_rowid = old.rowid;
      END;
    `);
  },
};
