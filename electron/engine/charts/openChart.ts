import type { ChartDocument } from '@shared/chart/document';
import type { OpenedChart, SavedChart } from '@shared/contract/calls/charts';
import type { RecordStores } from '../records/recordStores';
import type { VaultDatabase } from '../vault/database';
import { markingFloor } from './markingFloor';

/** Follows merges to the entity that survives (a chain, if merged more than once). */
function survivorOf(db: VaultDatabase, id: string): string | null {
  let current = id;
  for (let hops = 0; hops < 50; hops++) {
    const row = db.prepare('SELECT merged_into FROM entity WHERE id = ?').get(current) as { merged_into: string | null } | undefined;
    if (!row) return null;
    if (row.merged_into === null) return current;
    current = row.merged_into;
  }
  return null;
}

/**
 * A saved chart as it should look today: merged entities replaced by their survivors (one node
 * each), deleted entities and links dropped, and fresh labels and grades for everything shown.
 */
export function reconcileChart(db: VaultDatabase, stores: RecordStores, saved: SavedChart): OpenedChart {
  const merged: Array<{ from: string; to: string }> = [];
  const seen = new Set<string>();
  let missingEntities = 0;
  const nodes: ChartDocument['nodes'] = [];
  for (const node of saved.document.nodes) {
    const survivor = survivorOf(db, node.entityId);
    if (!survivor) {
      missingEntities += 1;
      continue;
    }
    if (survivor !== node.entityId) merged.push({ from: node.entityId, to: survivor });
    if (seen.has(survivor)) continue;
    seen.add(survivor);
    nodes.push({ ...node, entityId: survivor });
  }
  const entities = stores.entities.summaries([...seen]);
  const linkIds = saved.document.links.map((link) => link.linkId);
  const links = linkIds.flatMap((linkId) => {
    try {
      const summary = stores.links.summary(linkId);
      return seen.has(summary.fromId) && seen.has(summary.toId) ? [summary] : [];
    } catch {
      return [];
    }
  });
  const kept = new Set(links.map((link) => link.id));
  const document: ChartDocument = { ...saved.document, nodes, links: saved.document.links.filter((link) => kept.has(link.linkId)) };
  const floor = markingFloor(db, [...seen], [...kept]);
  return {
    chart: { ...saved, document, entities: nodes.length },
    entities: [...entities.values()],
    links,
    changes: { merged, missingEntities, missingLinks: linkIds.length - kept.size },
    minimumMarking: floor.marking,
  };
}
