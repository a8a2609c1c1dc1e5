import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityColumns } from '@shared/ingest/entityColumns';
import { linkColumns } from '@shared/ingest/linkColumns';
import { reportColumns } from '@shared/ingest/reportColumns';

const README = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');

function section(heading: string, level = '###'): string {
  const start = README.indexOf(`${level} ${heading}\n`);
  expect(start, `README has no “${heading}” section`).toBeGreaterThan(-1);
  const rest = README.slice(start + heading.length + level.length + 2);
  const end = rest.search(new RegExp(`^#{2,${level.length}} `, 'm'));
  return end === -1 ? rest : rest.slice(0, end);
}

describe('the README documents the import file formats', () => {
  it('lists every canonical column of each kind of file, under its own heading', () => {
    const formats = section('Import file formats', '##');
    expect(formats).toMatch(/dd\/mm\/yyyy/);
    for (const [heading, columns] of [
      ['Reports', reportColumns],
      ['Entities', entityColumns],
      ['Links', linkColumns],
    ] as const) {
      const table = section(heading);
      for (const column of columns) expect(table, `${heading}: ${column.name}`).toContain(`\`${column.name}\``);
    }
  });
});
