import type { EntityDetail, LinkDetail } from '@shared/records';
import type { LinkInput } from '@shared/schemas/link';
import type { Engine } from '../../../electron/engine/index';
import { value } from '../../helpers/testVault';

/** People and links created through the contract, named for the test's drawing. */
export async function person(engine: Engine, name: string): Promise<string> {
  const detail = value<EntityDetail>(await engine.call('entities.create', { entity: { type: 'person', name, category: 'other' }, evidence: [] }));
  return detail.summary.id;
}

export async function people(engine: Engine, names: readonly string[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const name of names) ids[name] = await person(engine, name);
  return ids;
}

export type LinkSpec = Partial<LinkInput> & { evidence?: string[] };

/** "A-B" associate (undirected) or "A>B" recruited (directed), with any field overridden. */
export async function link(engine: Engine, ids: Record<string, string>, spec: string, extra: LinkSpec = {}): Promise<string> {
  const match = /^(\w+)([->])(\w+)$/.exec(spec);
  if (!match) throw new Error(`bad link spec ${spec}`);
  const [, from, arrow, to] = match as unknown as [string, string, string, string];
  const { evidence = [], ...fields } = extra;
  const detail = value<LinkDetail>(
    await engine.call('links.create', {
      link: {
        fromId: ids[from]!,
        toId: ids[to]!,
        type: arrow === '>' ? 'recruited' : 'associate',
        strength: 'confirmed',
        ...fields,
      },
      evidence: evidence.map((reportId) => ({ reportId })),
    }),
  );
  return detail.link.id;
}
