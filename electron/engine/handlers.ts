import type { CallOutput, EngineCallName, ParsedInput } from '@shared/contract';

export type Handler<N extends EngineCallName> = (input: ParsedInput<N>) => Promise<CallOutput<N>> | CallOutput<N>;

/** One domain's share of the contract; the composition root merges them all. */
export type HandlerTable = { [N in EngineCallName]?: Handler<N> };

export type CompleteHandlerTable = { [N in EngineCallName]: Handler<N> };

/**
 * Merges per-domain tables. Fails loudly at start-up on a name claimed twice, a name the
 * contract does not declare, or a contract call nobody implements.
 */
export function mergeHandlerTables(
  tables: ReadonlyArray<{ domain: string; handlers: HandlerTable }>,
  expectedNames: readonly EngineCallName[],
): CompleteHandlerTable {
  const merged: Record<string, { domain: string; handler: unknown }> = {};
  const expected = new Set<string>(expectedNames);
  for (const { domain, handlers } of tables) {
    for (const [name, handler] of Object.entries(handlers)) {
      if (typeof handler !== 'function') continue;
      const existing = merged[name];
      if (existing) {
        throw new Error(`Contract call "${name}" is implemented twice (by ${existing.domain} and ${domain}).`);
      }
      if (!expected.has(name)) {
        throw new Error(`Domain ${domain} implements "${name}", which the contract does not declare.`);
      }
      merged[name] = { domain, handler };
    }
  }
  const missing = expectedNames.filter((name) => !merged[name]);
  if (missing.length > 0) {
    throw new Error(`Contract calls with no handler: ${missing.join(', ')}.`);
  }
  return Object.fromEntries(Object.entries(merged).map(([name, entry]) => [name, entry.handler])) as CompleteHandlerTable;
}
