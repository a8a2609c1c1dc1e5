import { parseOrThrow } from '@shared/contract/validation';
import { entityInputSchema, type EntityFields } from '@shared/schemas/entity';
import type { EntityDetail } from '@shared/records';
import { fieldDiff } from '../audit/fieldDiff';
import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { announce, records, type RecordContext } from '../records/recordContext';

export function validateEntity(input: unknown): EntityFields {
  return parseOrThrow(entityInputSchema, input);
}

export function entityDetail(rc: RecordContext, id: string): EntityDetail {
  const { entities, links, evidence, merges } = rc.stores;
  const row = entities.row(id);
  const linkSummaries = links.linksOf(id);
  const others = entities.summaries(linkSummaries.map((link) => (link.fromId === id ? link.toId : link.fromId)));
  return {
    summary: entities.summary(id),
    fields: JSON.parse(row.properties) as EntityFields,
    evidence: evidence.itemsFor('entity', id),
    links: linkSummaries.flatMap((link) => {
      const other = others.get(link.fromId === id ? link.toId : link.fromId);
      return other ? [{ link, other }] : [];
    }),
    merges: merges.history(id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function entityHandlers(context: EngineContext): HandlerTable {
  return {
    'entities.create': ({ entity, evidence }) => {
      const rc = records(context);
      const fields = validateEntity(entity);
      const id = rc.session.transaction(() => {
        const created = rc.stores.entities.create(fields);
        for (const item of evidence) rc.stores.evidence.add('entity', created, item.reportId, item.note);
        rc.session.audit.append({
          action: 'COLLECT',
          operation: 'entities.create',
          targets: [{ type: 'entity', id: created }, ...evidence.map((item) => ({ type: 'report', id: item.reportId }))],
          details: { facts: { entityType: fields.type } },
        });
        return created;
      });
      announce(context, ['entities'], [id]);
      return entityDetail(rc, id);
    },
    'entities.update': ({ id, entity }) => {
      const rc = records(context);
      const before = rc.stores.entities.fields(id);
      const after = validateEntity(entity);
      const changes = fieldDiff(before as Record<string, unknown>, after as Record<string, unknown>);
      if (changes.length === 0) {
        rc.session.audit.nothingToRecord();
        return entityDetail(rc, id);
      }
      rc.session.transaction(() => {
        rc.stores.entities.update(id, after);
        rc.session.audit.append({ action: 'ALTER', operation: 'entities.update', targets: [{ type: 'entity', id }], details: { changes } });
      });
      announce(context, ['entities'], [id]);
      return entityDetail(rc, id);
    },
    'entities.get': ({ id }) => {
      const rc = records(context);
      const detail = entityDetail(rc, id);
      rc.session.transaction(() => rc.session.audit.append({ action: 'CONSULT', operation: 'entities.get', targets: [{ type: 'entity', id }] }));
      return detail;
    },
    'entities.delete': ({ id, reason }) => {
      const rc = records(context);
      rc.session.transaction(() => {
        const removed = rc.stores.entities.delete(id);
        rc.session.audit.append({
          action: 'ERASE',
          operation: 'entities.delete',
          targets: [{ type: 'entity', id }],
          reason,
          details: { facts: { linksRemoved: removed.linksRemoved } },
        });
      });
      announce(context, ['entities', 'links'], [id]);
      return { deleted: true as const };
    },
    'entities.list': (query) => {
      const rc = records(context);
      return rc.stores.entities.list({
        ...(query.type ? { type: query.type } : {}),
        ...(query.category ? { category: query.category } : {}),
        ...(query.reviewState ? { reviewState: query.reviewState } : {}),
        ...(query.text ? { text: query.text } : {}),
        ...(query.ids ? { ids: query.ids } : {}),
        sort: query.sort,
        offset: query.offset,
        limit: query.limit,
      });
    },
    'entities.markReviewed': ({ ids }) => {
      const rc = records(context);
      const updated = rc.session.transaction(() => {
        const count = rc.stores.entities.setReviewed(ids);
        rc.session.audit.append({
          action: 'ALTER',
          operation: 'entities.markReviewed',
          targets: ids.map((id) => ({ type: 'entity', id })),
          details: { changes: [{ field: 'reviewState', before: 'unreviewed', after: 'reviewed' }] },
        });
        return count;
      });
      announce(context, ['entities'], ids);
      return { updated };
    },
    'evidence.add': ({ target, reportId, note }) => {
      const rc = records(context);
      const owner = 'entityId' in target ? ({ kind: 'entity', id: target.entityId } as const) : ({ kind: 'link', id: target.linkId } as const);
      if (owner.kind === 'entity') rc.stores.entities.row(owner.id);
      else rc.stores.links.row(owner.id);
      const id = rc.session.transaction(() => {
        const added = rc.stores.evidence.add(owner.kind, owner.id, reportId, note);
        rc.session.audit.append({
          action: 'ALTER',
          operation: 'evidence.add',
          targets: [{ type: owner.kind, id: owner.id }, { type: 'report', id: reportId }],
          details: { changes: [{ field: 'evidence', after: reportId }] },
        });
        return added;
      });
      announce(context, [owner.kind === 'entity' ? 'entities' : 'links'], [owner.id]);
      return { id };
    },
    'evidence.remove': ({ id }) => {
      const rc = records(context);
      rc.session.transaction(() => {
        const owner = rc.stores.evidence.remove(id);
        const target = owner.entityId ? { type: 'entity', id: owner.entityId } : { type: 'link', id: owner.linkId! };
        rc.session.audit.append({ action: 'ALTER', operation: 'evidence.remove', targets: [target], details: { changes: [{ field: 'evidence', before: id }] } });
      });
      announce(context, ['entities', 'links']);
      return { removed: true as const };
    },
    'duplicates.list': ({ type, offset, limit }) => records(context).stores.duplicates.candidates(type, offset, limit),
    'duplicates.dismiss': ({ leftId, rightId }) => {
      const rc = records(context);
      rc.stores.duplicates.dismiss(leftId, rightId, rc.nowIso);
      return { dismissed: true as const };
    },
    'entities.merge': ({ survivorId, mergedId, reason }) => {
      const rc = records(context);
      const merge = rc.session.transaction(() => {
        const record = rc.stores.merges.merge(survivorId, mergedId, reason);
        rc.session.audit.append({
          action: 'COMBINE',
          operation: 'entities.merge',
          targets: [
            { type: 'entity', id: survivorId },
            { type: 'entity', id: mergedId },
          ],
          reason: reason || null,
          details: { facts: { mergeId: record.id } },
        });
        return record;
      });
      announce(context, ['entities', 'links'], [survivorId, mergedId]);
      return { merge, entity: entityDetail(rc, survivorId) };
    },
    'entities.unmerge': ({ mergeId }) => {
      const rc = records(context);
      const restored = rc.session.transaction(() => {
        const ids = rc.stores.merges.unmerge(mergeId);
        rc.session.audit.append({
          action: 'ALTER',
          operation: 'entities.unmerge',
          targets: [
            { type: 'entity', id: ids.survivorId },
            { type: 'entity', id: ids.mergedId },
          ],
          details: { facts: { mergeId, undone: true } },
        });
        return ids;
      });
      announce(context, ['entities', 'links'], [restored.survivorId, restored.mergedId]);
      return { survivor: entityDetail(rc, restored.survivorId), restored: entityDetail(rc, restored.mergedId) };
    },
  };
}
