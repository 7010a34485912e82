/**
 * SQLite allows 32,766 bound parameters per statement; a multi-row insert or an IN list
 * over more would fail. Big lists go through in chunks of this many rows or ids.
 */
export const ROWS_PER_STATEMENT = 500;

export function chunks<T>(items: T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
