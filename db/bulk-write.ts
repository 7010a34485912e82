/**
 * Bulk writes (the generator's millions of rows) without per-row upkeep: the count-keeping
 * and actor-bit triggers, the map's covering indexes and the incident lookup's are set aside, the rows written in batches that
 * each commit, then the count tables are refilled from their `_counted` views (migration
 * 0010), the actor bits and ids recomputed (0011, 0026) and the indexes built in one sort each; triggers and
 * indexes come back exactly as the migrations define them (only their names are kept in the
 * database meanwhile: a database's own text is never run). Should the process die between,
 * the next `openDatabase` finds the kept SQL and finishes the restore (restoreUpkeep): the
 * counts are always rebuilt from the rows that did commit.
 */
import type Database from "better-sqlite3";
import { migrationSchema } from "./database-file";

/** The tables the triggers keep, each refilled from the view of the same name + `_counted`. */
export const COUNT_TABLES = [
  "event_cells",
  "event_actor_cells",
  "event_days",
  "event_actor_days",
  "event_actor_pair_days",
  "event_region_days",
  "event_cell_months",
  "event_region_cells",
  "actor_event_counts",
];
/** Tables the triggers keep as copies of event rows (migration 0024), refilled from their `_counted` views the same way. */
export const COPY_TABLES = ["event_actor_facts"];
/**
 * The triggers set aside: those that keep COUNT_TABLES and COPY_TABLES (migrations 0005, 0008, 0021–0025, 0027) and ACTOR_COLUMNS
 * (0005, 0026). A test checks that every such trigger the migrations make is listed (bulk-write.test.ts).
 */
export const UPKEEP_TRIGGERS = [
  "event_cells_insert",
  "event_cells_update",
  "event_cells_delete",
  "event_actor_cells_insert",
  "event_actor_cells_update",
  "event_actor_cells_delete",
  "event_days_insert",
  "event_days_update",
  "event_days_delete",
  "event_actor_days_insert",
  "event_actor_days_update",
  "event_actor_days_delete",
  "event_actor_pair_days_insert",
  "event_actor_pair_days_update",
  "event_actor_pair_days_delete",
  "event_region_days_insert",
  "event_region_days_update",
  "event_region_days_delete",
  "event_cell_months_insert",
  "event_cell_months_update",
  "event_cell_months_delete",
  "event_region_cells_insert",
  "event_region_cells_update",
  "event_region_cells_delete",
  "event_actor_facts_insert",
  "event_actor_facts_delete",
  "event_actor_facts_update",
  "actor_event_counts_insert",
  "actor_event_counts_status",
  "actor_event_counts_delete",
  "event_actors_mask_insert",
  "event_actors_mask_delete",
  "event_actors_ids_insert",
  "event_actors_ids_delete",
];
/**
 * The events' columns the triggers keep from event_actors (migrations 0005 and 0026), each with the
 * view that computes it (0011, 0026) and its value for an event with no actors.
 */
const ACTOR_COLUMNS = [
  { column: "actor_mask", view: "event_actor_masks_counted", none: "0" },
  { column: "actor_ids", view: "event_actor_ids_counted", none: "'[]'" },
];
const SET_ASIDE_INDEXES = ["events_map_idx", "events_timeline_idx", "events_report_lookup_idx"];
/** Where the names of the set-aside triggers and indexes wait. */
const PARKED = "bulk_write_parked";

export function withoutUpkeep<T>(client: Database.Database, write: () => T): T {
  client.transaction(() => setUpkeepAside(client, { indexes: true })).immediate();
  const result = write();
  restoreUpkeep(client);
  return result;
}

/**
 * Drops the upkeep triggers, and the covering indexes when asked, keeping their names to put back.
 * Inside a caller's open transaction (a file import), a rollback brings them back with the rows;
 * an import keeps the indexes, which its per-row lookups read (without them 30,000 rows took 12× as long).
 */
export function setUpkeepAside(client: Database.Database, { indexes }: { indexes: boolean }): void {
  client.exec(`create table if not exists ${PARKED} (name text primary key)`);
  const names = [...UPKEEP_TRIGGERS, ...(indexes ? SET_ASIDE_INDEXES : [])];
  const schema = client
    .prepare(`select type, name from sqlite_master where type in ('trigger', 'index') and name in (${names.map(() => "?").join(", ")})`)
    .all(...names) as { type: "trigger" | "index"; name: string }[];
  for (const { type, name } of schema) {
    client.prepare(`insert into ${PARKED} (name) values (?)`).run(name);
    client.exec(`drop ${type} "${name}"`);
  }
}

/** Puts back what withoutUpkeep set aside, with counts rebuilt from the rows; nothing to do otherwise. */
export function restoreUpkeep(client: Database.Database): void {
  const parked = client.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(PARKED);
  if (!parked) return;
  client
    .transaction(() => {
      // UPDATE … FROM reads the grouped view once; a correlated subquery regrouped it per event (10 s for 5,000).
      for (const { column, view, none } of ACTOR_COLUMNS)
        client.exec(`update events set ${column} = counted.${column} from ${view} as counted
        where counted.event_id = events.id and events.${column} != counted.${column};
        update events set ${column} = ${none} where ${column} != ${none} and id not in (select event_id from ${view});`);
      for (const table of [...COUNT_TABLES, ...COPY_TABLES])
        client.exec(`delete from ${table}; insert into ${table} select * from ${table}_counted;`);
      const ours = migrationSchema();
      for (const { name } of client.prepare(`select name from ${PARKED}`).all() as { name: string }[]) {
        const definition = ours.get(name)?.sql;
        if (definition) client.exec(definition);
      }
      client.exec(`drop table ${PARKED}`);
    })
    .immediate();
}

/** Whether every count table holds what its `_counted` view counts from the rows (and each event its actor bits and ids). */
export function countsAgreeWithRows(client: Database.Database): boolean {
  const differing = (query: string) => (client.prepare(query).get() as { n: number }).n;
  return (
    COUNT_TABLES.every(
      (table) => differing(`select count(*) as n from (select * from ${table} where n > 0 except select * from ${table}_counted)`) === 0,
    ) &&
    COPY_TABLES.every(
      (table) =>
        differing(`select count(*) as n from (select * from ${table} except select * from ${table}_counted)`) === 0 &&
        differing(`select count(*) as n from (select * from ${table}_counted except select * from ${table})`) === 0,
    ) &&
    ACTOR_COLUMNS.every(
      ({ column, view, none }) =>
        differing(`select count(*) as n from events left join ${view} counted on counted.event_id = events.id
        where events.${column} != coalesce(counted.${column}, ${none})`) === 0,
    )
  );
}
