/**
 * The vault database with a cache of prepared statements in front of `prepare`. The record
 * stores prepare their SQL on every call, which costs more than running it when a job writes
 * hundreds of thousands of rows: the demo load builds its own store instances over this view,
 * so the stores' SQL and rules are used unchanged and only the compilation is shared.
 *
 * Safe because each store always uses a given SQL text in the same way (the same pluck mode,
 * never iterating while another call runs it); the cache lives only as long as one job.
 */
import type { VaultDatabase } from '../vault/database';

type Statement = ReturnType<VaultDatabase['prepare']>;

export function withStatementCache(db: VaultDatabase): VaultDatabase {
  const cache = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      // Native methods must run on the real database object, not on the proxy.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
