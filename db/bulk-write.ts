/**
 * Bulk writes (the generator's millions of rows) without per-row upkeep: the count-keeping
 * and actor-bit triggers and the map's covering indexes are set aside, the rows written in batches that
 * each commit, then the count tables are refilled from their `_counted` views (migration
 * 0010), the actor bits recomputed (0011) and the indexes built in one sort each; triggers and indexes come back exactly as
 * they were (their SQL is kept in the database meanwhile). Should the process die between,
 * the next `openDatabase` finds the kept SQL and finishes the restore (restoreUpkeep): the
 * counts are always rebuilt from the rows that did commit.
 */
import type Database from "better-sqlite3";

/** The tables the triggers keep, each refilled from the view of the same name + `_counted`. */
const COUNT_TABLES = ["event_cells", "event_actor_cells", "event_days", "actor_event_counts"];
/** The actor-bit triggers (migration 0005): events.actor_mask is recomputed from event_actor_masks_counted. */
const MASK_TRIGGERS = "event_actors_mask_%";
const SET_ASIDE_INDEXES = ["events_map_idx", "events_timeline_idx"];
/** Where the set-aside triggers and indexes wait, as their CREATE statements. */
const PARKED = "bulk_write_parked";

export function withoutUpkeep<T>(client: Database.Database, write: () => T): T {
  client.transaction(() => {
    client.exec(`create table if not exists ${PARKED} (name text primary key, sql text not null)`);
    const schema = client
      .prepare(
        `select type, name, sql from sqlite_master where (type = 'trigger' and (${[...COUNT_TABLES, MASK_TRIGGERS].map(() => "name like ?").join(" or ")})) or (type = 'index' and name in (${SET_ASIDE_INDEXES.map(() => "?").join(", ")}))`,
      )
      .all(...COUNT_TABLES.map((table) => `${table}_%`), MASK_TRIGGERS, ...SET_ASIDE_INDEXES) as { type: "trigger" | "index"; name: string; sql: string }[];
    for (const { type, name, sql } of schema) {
      client.prepare(`insert into ${PARKED} (name, sql) values (?, ?)`).run(name, sql);
      client.exec(`drop ${type} "${name}"`);
    }
  })();
  const result = write();
  restoreUpkeep(client);
  return result;
}

/** Puts back what withoutUpkeep set aside, with counts rebuilt from the rows; nothing to do otherwise. */
export function restoreUpkeep(client: Database.Database): void {
  const parked = client.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(PARKED);
  if (!parked) return;
  client.transaction(() => {
    client.exec(`update events set actor_mask = coalesce((select actor_mask from event_actor_masks_counted where event_id = events.id), 0)
      where actor_mask != coalesce((select actor_mask from event_actor_masks_counted where event_id = events.id), 0)`);
    for (const table of COUNT_TABLES) client.exec(`delete from ${table}; insert into ${table} select * from ${table}_counted;`);
    for (const { sql } of client.prepare(`select sql from ${PARKED}`).all() as { sql: string }[]) client.exec(sql);
    client.exec(`drop table ${PARKED}`);
  })();
}
