import type Database from "better-sqlite3";

/** Enough for every distinct statement the app and the importers run; the oldest is dropped past it. */
const CACHE_SIZE = 400;

/**
 * drizzle prepares a statement for every query it runs, and at import rates preparing was a fifth
 * of the time (docs/performance.md). better-sqlite3 statements can be run again, so the connection
 * keeps one per SQL text: a statement still mid-iteration (`busy`) is never handed out twice, and a
 * reused one is put back in its default object-row mode, since drizzle switches some to `raw()`.
 */
export function cacheStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      return cached.reader ? cached.raw(false).pluck(false).expand(false) : cached;
    }
    const statement = prepare(source);
    if (!cached) {
      cache.set(source, statement);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return statement;
  }) as typeof sqlite.prepare;
}
