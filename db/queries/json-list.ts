import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * `column in (values)` with the values bound as one JSON array: one statement text for any count,
 * so it is prepared once (db/statement-cache.ts), where drizzle's inArray binds each value and
 * made a statement to prepare for every count of a view's markers (and its text one to cache).
 */
export function inJsonList(column: SQLiteColumn, values: readonly (number | string)[]): SQL {
  return sql`${column} in (select value from json_each(${JSON.stringify(values)}))`;
}
