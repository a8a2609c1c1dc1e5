import { FenlightError } from '@shared/contract';
import type { ColumnMapping, ImportKind, ImportPreview } from '@shared/contract/calls/ingest';
import { canonicalColumns } from '@shared/ingest/columns';
import { suggestMappingFor } from '@shared/ingest/suggestMapping';
import { reportInputSchema } from '@shared/schemas/report';
import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { records, type RecordContext } from '../records/recordContext';
import { BulkExtractor } from './bulkExtraction';
import { EntityImporter } from './entityImporter';
import { importJob } from './importJob';
import { ImportResults } from './importResults';
import { ImportRun } from './importRun';
import { LinkEndResolver } from './linkEnds';
import { LinkImporter } from './linkImporter';
import { resolveMapping } from './mapping';
import { MappingStore } from './mappingStore';
import { readTable } from './readTable';
import { writeRejectedCsv } from './rejectedCsv';
import { ReportImporter } from './reportImporter';
import type { BatchImporter } from './rowImporter';
import { EvidenceWriter, ExtractedEntityWriter, ReportWriter } from './writers';

const SAMPLE_ROWS = 10;

function importerFor(kind: ImportKind, rc: RecordContext, now: () => Date): BatchImporter {
  const db = rc.session.db;
  const reports = new ReportWriter(db, now);
  const evidence = new EvidenceWriter(db, now);
  switch (kind) {
    case 'reports': {
      // The schema validateReport uses, built once: building it per row costs more than the rest of the import.
      const schema = reportInputSchema({ descriptors: rc.descriptors, today: rc.today });
      return new ReportImporter(schema, reports, evidence, new BulkExtractor(new ExtractedEntityWriter(db, now), evidence, rc.stores.names.get(), now()));
    }
    case 'entities':
      return new EntityImporter(db, rc.stores, reports, evidence);
    case 'links':
      return new LinkImporter(db, rc.stores, new LinkEndResolver(db), reports, evidence);
  }
}

/** Only the columns given a header are kept, so a saved mapping never carries blanks. */
function tidy(mapping: ColumnMapping): ColumnMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, header]) => header.trim() !== ''));
}

export function ingestHandlers(context: EngineContext): HandlerTable {
  const results = new ImportResults();
  context.bus.subscribe((event) => {
    if (event.name === 'vault.locked') results.clear();
  });

  return {
    'import.preview': async ({ path, kind, mappingName }): Promise<ImportPreview> => {
      records(context);
      const table = await readTable(path);
      const rc = records(context);
      const sampleRows: string[][] = [];
      let rowCount = 0;
      for (const batch of table.batches(5_000)) {
        for (const row of batch) if (sampleRows.length < SAMPLE_ROWS) sampleRows.push(table.headers.map((_, index) => row.cells[index] ?? ''));
        rowCount += batch.length;
        // Counting a large file's rows is the only slow part of a preview: let other calls in between.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      return {
        fileName: table.fileName,
        format: table.format,
        encoding: table.encoding,
        headers: table.headers,
        sampleRows,
        rowCount,
        suggestedMapping: mappingName === undefined ? suggestMappingFor(kind, table.headers) : new MappingStore(rc.session.db).get(kind, mappingName),
        canonicalColumns: canonicalColumns(kind).map(({ name, label, required }) => ({ name, label, required })),
      };
    },

    'import.start': async ({ path, kind, mapping, saveMappingAs }) => {
      records(context);
      const table = await readTable(path);
      // Read again after the await: the vault may have been locked while the file was read.
      const rc = records(context);
      const effective = tidy(mapping ?? suggestMappingFor(kind, table.headers));
      const resolved = resolveMapping(effective, table.headers, canonicalColumns(kind), table.fileName);
      if (saveMappingAs !== undefined) new MappingStore(rc.session.db).save(kind, saveMappingAs, effective, rc.nowIso);
      const run = new ImportRun(kind, table.fileName, table.format, table.headers, effective);
      const importer = importerFor(kind, rc, context.now);
      const { jobId } = context.jobs.start(importJob(context, `import.${kind}`), { run, table, mapping: resolved, importer, session: rc.session });
      results.add(jobId, run);
      return { jobId };
    },

    'import.mappings': ({ kind }) => new MappingStore(records(context).session.db).list(kind),

    'import.outcome': ({ jobId }) => results.require(jobId).snapshot(),

    'import.saveRejected': ({ jobId, destination }) => {
      const run = results.require(jobId);
      if (context.jobs.list().some((job) => job.jobId === jobId && job.state === 'running')) {
        throw new FenlightError('CONFLICT', 'That import is still running: save its rejected rows once it has finished.');
      }
      return writeRejectedCsv(run, destination);
    },
  };
}
