import type { Migration } from './types';

/**
 * An offline postcode directory, imported from the file the force supplies (ONS Postcode
 * Directory or OS Code-Point Open). Fenlight ships none: which places an analyst looks up must
 * never leave the machine.
 */
export const postcodes: Migration = {
  version: 3,
  name: 'offline postcode directory',
  up(db) {
    db.exec(`
      CREATE TABLE postcode_location (
        postcode TEXT PRIMARY KEY,
        lat REAL NOT NULL,
        lon REAL NOT NULL,
        district TEXT
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
