import { parseOrThrow } from '@shared/contract/validation';
import { linkInputSchema } from '@shared/schemas/link';
import type { LinkDetail } from '@shared/records';
import { fieldDiff } from '../audit/fieldDiff';
import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { announce, records, type RecordContext } from './recordContext';

function linkDetail(rc: RecordContext, id: string): LinkDetail {
  const link = rc.stores.links.summary(id);
  const ends = rc.stores.entities.summaries([link.fromId, link.toId]);
  return { link, from: ends.get(link.fromId)!, to: ends.get(link.toId)!, evidence: rc.stores.evidence.itemsFor('link', id) };
}

export function linkHandlers(context: EngineContext): HandlerTable {
  return {
    'links.create': ({ link, evidence }) => {
      const rc = records(context);
      const fields = parseOrThrow(linkInputSchema, link);
      const id = rc.session.transaction(() => {
        const created = rc.stores.links.create(fields);
        for (const item of evidence) rc.stores.evidence.add('link', created, item.reportId, item.note);
        rc.session.audit.append({
          action: 'COLLECT',
          operation: 'links.create',
          targets: [
            { type: 'link', id: created },
            { type: 'entity', id: fields.fromId },
            { type: 'entity', id: fields.toId },
          ],
          details: { facts: { linkType: fields.type } },
        });
        return created;
      });
      announce(context, ['links'], [id, fields.fromId, fields.toId]);
      return linkDetail(rc, id);
    },
    'links.update': ({ id, link }) => {
      const rc = records(context);
      const before = rc.stores.links.fields(id);
      const after = parseOrThrow(linkInputSchema, link);
      const changes = fieldDiff(before, after);
      if (changes.length === 0) {
        rc.session.audit.nothingToRecord();
        return linkDetail(rc, id);
      }
      rc.session.transaction(() => {
        rc.stores.links.update(id, after);
        rc.session.audit.append({ action: 'ALTER', operation: 'links.update', targets: [{ type: 'link', id }], details: { changes } });
      });
      announce(context, ['links'], [id]);
      return linkDetail(rc, id);
    },
    'links.get': ({ id }) => {
      const rc = records(context);
      const detail = linkDetail(rc, id);
      rc.session.transaction(() => rc.session.audit.append({ action: 'CONSULT', operation: 'links.get', targets: [{ type: 'link', id }] }));
      return detail;
    },
    'links.delete': ({ id, reason }) => {
      const rc = records(context);
      rc.session.transaction(() => {
        const row = rc.stores.links.delete(id);
        rc.session.audit.append({
          action: 'ERASE',
          operation: 'links.delete',
          targets: [
            { type: 'link', id },
            { type: 'entity', id: row.from_id },
            { type: 'entity', id: row.to_id },
          ],
          reason,
        });
      });
      announce(context, ['links'], [id]);
      return { deleted: true as const };
    },
  };
}
