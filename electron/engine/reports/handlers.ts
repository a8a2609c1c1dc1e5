import crypto from 'node:crypto';
import { FenlightError } from '@shared/contract';
import { parseOrThrow } from '@shared/contract/validation';
import { extractFromText } from '@shared/extraction';
import { reportInputSchema, type ReportFields } from '@shared/schemas/report';
import type { ReportDetail } from '@shared/records';
import type { ReportListFilter } from '@shared/contract/calls/reports';
import { fieldDiff } from '../audit/fieldDiff';
import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { announce, records, type RecordContext } from '../records/recordContext';
import { reportFieldsFromRow, reportSummary } from '../records/rows';

export function validateReport(input: unknown, rc: Pick<RecordContext, 'descriptors' | 'today'>): ReportFields {
  return parseOrThrow(reportInputSchema({ descriptors: rc.descriptors, today: rc.today }), input);
}

function detail(rc: RecordContext, id: string, restricted: boolean): ReportDetail {
  const row = rc.stores.reports.row(id);
  const supports = rc.stores.reports.supports(id);
  return {
    summary: reportSummary(row),
    fields: reportFieldsFromRow(row, restricted),
    originalTextIncluded: restricted,
    createdAt: row.created_at,
    supports: { entities: [...rc.stores.entities.summaries(supports.entityIds).values()], links: supports.links },
  };
}

export function reportHandlers(context: EngineContext): HandlerTable {
  return {
    'reports.create': ({ report }) => {
      const rc = records(context);
      const fields = validateReport(report, rc);
      const id = rc.session.transaction(() => {
        const created = rc.stores.reports.create(fields, 'manual');
        rc.session.audit.append({ action: 'COLLECT', operation: 'reports.create', targets: [{ type: 'report', id: created }], details: { facts: { urn: fields.urn } } });
        return created;
      });
      announce(context, ['reports'], [id]);
      return detail(rc, id, false);
    },
    'reports.update': ({ id, report }) => {
      const rc = records(context);
      const before = reportFieldsFromRow(rc.stores.reports.row(id), true);
      const validated = validateReport(report, rc);
      // Leaving the restricted original out of an edit keeps it: editing need not reveal it.
      const after = 'originalText' in report ? validated : { ...validated, originalText: before.originalText };
      const changes = fieldDiff(before, after, ['originalText']);
      if (changes.length > 0) {
        rc.session.transaction(() => {
          rc.stores.reports.update(id, after);
          rc.session.audit.append({ action: 'ALTER', operation: 'reports.update', targets: [{ type: 'report', id }], details: { changes } });
        });
        announce(context, ['reports'], [id]);
      } else {
        rc.session.audit.nothingToRecord();
      }
      return detail(rc, id, false);
    },
    'reports.get': ({ id, restricted }) => {
      const rc = records(context);
      const result = detail(rc, id, restricted);
      rc.session.transaction(() =>
        rc.session.audit.append({
          action: 'CONSULT',
          operation: 'reports.get',
          targets: [{ type: 'report', id }],
          details: restricted ? { facts: { restrictedView: true } } : null,
        }),
      );
      return result;
    },
    'reports.delete': ({ id, reason }) => {
      const rc = records(context);
      rc.session.transaction(() => {
        const removed = rc.stores.reports.delete(id);
        rc.session.audit.append({
          action: 'ERASE',
          operation: 'reports.delete',
          targets: [{ type: 'report', id }],
          reason,
          details: { facts: { urn: removed.urn, evidenceRemoved: removed.evidenceRemoved } },
        });
      });
      announce(context, ['reports', 'entities'], [id]);
      return { deleted: true as const };
    },
    'reports.list': ({ filter, supporting, sort, offset, limit }) => {
      const rc = records(context);
      return rc.stores.reports.list(filter, sort, offset, limit, rc.today, supporting);
    },
    'reports.extract': ({ text }) => {
      const rc = records(context);
      return extractFromText(text, { nameMatcher: rc.stores.names.get(), today: context.now() });
    },
    'reports.savedViews': () => {
      const rc = records(context);
      const rows = rc.session.db.prepare("SELECT id, name, definition FROM saved_view WHERE kind = 'reports' ORDER BY name").all() as Array<{ id: string; name: string; definition: string }>;
      return rows.map((row) => ({ id: row.id, name: row.name, filter: JSON.parse(row.definition) as ReportListFilter }));
    },
    'reports.saveView': ({ name, filter }) => {
      const rc = records(context);
      const id = crypto.randomUUID();
      rc.session.db
        .prepare(
          "INSERT INTO saved_view (id, kind, name, definition, created_at) VALUES (?, 'reports', ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET definition = excluded.definition",
        )
        .run(id, name, JSON.stringify(filter), rc.nowIso);
      const saved = rc.session.db.prepare("SELECT id FROM saved_view WHERE kind = 'reports' AND name = ?").pluck().get(name) as string;
      return { id: saved, name, filter };
    },
    'reports.deleteView': ({ id }) => {
      const rc = records(context);
      if (rc.session.db.prepare('DELETE FROM saved_view WHERE id = ?').run(id).changes === 0) {
        throw new FenlightError('NOT_FOUND', 'That saved filter no longer exists.');
      }
      return { deleted: true as const };
    },
  };
}
