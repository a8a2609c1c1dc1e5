import { describe, expect, it } from 'vitest';
import { todayInLondon } from '@shared/format/dates';
import { buildNameMatcher } from '@shared/extraction';
import { canonicalColumns } from '@shared/ingest/columns';
import { suggestMappingFor } from '@shared/ingest/suggestMapping';
import { reportInputSchema } from '@shared/schemas/report';
import { BulkExtractor } from '../../../electron/engine/ingest/bulkExtraction';
import { resolveMapping } from '../../../electron/engine/ingest/mapping';
import { ReportImporter } from '../../../electron/engine/ingest/reportImporter';
import type { BatchSink, RowEffect } from '../../../electron/engine/ingest/rowImporter';
import type { RowRejected } from '../../../electron/engine/ingest/rowProblem';
import { EvidenceWriter, ExtractedEntityWriter, ReportWriter } from '../../../electron/engine/ingest/writers';
import { reportInput } from '../../helpers/records';
import { createTestVault, value } from '../../helpers/testVault';
import { REPORT_HEADERS, reportRow, reportsCsv, runImport } from './ingestKit';

describe('a reports batch prepared before its transaction', () => {
  it('is checked again where the vault changed meanwhile: a URN created in between is updated, not written twice', async () => {
    const vault = await createTestVault();
    const session = vault.engine.vaults.currentSession()!;
    const now = () => new Date();
    const evidence = new EvidenceWriter(session.db, now);
    const importer = new ReportImporter(
      reportInputSchema({ descriptors: session.info.markingDescriptors, today: todayInLondon(now()) }),
      new ReportWriter(session.db, now),
      evidence,
      new BulkExtractor(new ExtractedEntityWriter(session.db, now), evidence, buildNameMatcher([]), now()),
    );
    const mapping = resolveMapping(suggestMappingFor('reports', REPORT_HEADERS), REPORT_HEADERS, canonicalColumns('reports'), 'reports.csv');
    const rows = [1, 2].map((n) => ({ row: n + 1, cells: REPORT_HEADERS.map((header) => reportRow(n)[header] ?? '') }));
    const outcomes: Array<[number, RowEffect['outcome'] | string]> = [];
    const sink: BatchSink = {
      accept: (row, effect) => outcomes.push([row, effect.outcome]),
      reject: (source, rejection: RowRejected) => outcomes.push([source.row, rejection.reason]),
    };

    const prepared = await importer.prepare(rows, mapping, () => Promise.resolve());
    // The analyst creates a report with the first row's URN while the batch waits for its transaction.
    value(await vault.engine.call('reports.create', { report: reportInput({ urn: 'IR/2024/00001', title: 'Entered by hand first' }) }));
    session.transaction(() => importer.importBatch(rows, mapping, sink, prepared));

    expect(outcomes).toEqual([
      [2, 'updated'],
      [3, 'imported'],
    ]);
    const titles = session.db.prepare('SELECT urn, title FROM report ORDER BY urn').all();
    expect(titles).toEqual([
      { urn: 'IR/2024/00001', title: 'Workers collected from Wisbech car wash (1)' },
      { urn: 'IR/2024/00002', title: 'Workers collected from Wisbech car wash (2)' },
    ]);
  });
});

describe('an import’s database settings', () => {
  it('are the vault’s own again once it ends: automatic checkpoints (off while it checkpoints between batches) and the page cache', async () => {
    const vault = await createTestVault();
    const db = vault.engine.vaults.currentSession()!.db;
    const settings = () => ({ checkpoint: db.pragma('wal_autocheckpoint', { simple: true }), cache: db.pragma('cache_size', { simple: true }) });
    const before = settings();
    const { outcome } = await runImport(vault, reportsCsv(Array.from({ length: 1_200 }, (_, i) => reportRow(i + 1))));
    expect(outcome).toMatchObject({ imported: 1_200 });
    expect(settings()).toEqual(before);
    expect(before.checkpoint).toBeGreaterThan(0);
  });
});
