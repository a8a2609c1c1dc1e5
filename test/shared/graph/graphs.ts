import { buildGraph, type GraphEdgeInput, type GraphModel } from '@shared/graph';

/**
 * Small graphs written as "A-B" (undirected) and "A>B" (directed A → B), with optional extra
 * fields per link. Link ids are the spec ("A-B"; a repeat gets "#2"); nodes come in order of
 * first mention, then `isolated`.
 */
export type EdgeSpec = string | [string, Partial<GraphEdgeInput>];

export function graphOf(specs: readonly EdgeSpec[], isolated: readonly string[] = []): GraphModel {
  const nodes: string[] = [];
  const seen = new Set<string>();
  const addNode = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      nodes.push(id);
    }
  };
  const ids = new Map<string, number>();
  const edges: GraphEdgeInput[] = specs.map((spec) => {
    const [text, extra] = typeof spec === 'string' ? [spec, {}] : spec;
    const match = /^(\w+)([->])(\w+)$/.exec(text);
    if (!match) throw new Error(`bad edge spec ${text}`);
    const [, source, arrow, target] = match as unknown as [string, string, string, string];
    addNode(source);
    addNode(target);
    const count = (ids.get(text) ?? 0) + 1;
    ids.set(text, count);
    return {
      id: count === 1 ? text : `${text}#${count}`,
      source,
      target,
      directed: arrow === '>',
      type: 'associate',
      strength: 'confirmed',
      validFrom: null,
      validTo: null,
      ...extra,
    };
  });
  for (const id of isolated) addNode(id);
  return buildGraph(
    nodes.map((id) => ({ id })),
    edges,
  );
}

/** Map values rounded, for comparing floating-point scores with hand-computed fractions. */
export function rounded(scores: ReadonlyMap<string, number>, digits = 6): Record<string, number> {
  return Object.fromEntries([...scores].map(([id, score]) => [id, Number(score.toFixed(digits))]));
}
