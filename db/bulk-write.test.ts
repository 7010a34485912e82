import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "@/ingest/gazetteer";
import { COPY_TABLES, COUNT_TABLES, countsAgreeWithRows, UPKEEP_TRIGGERS, withoutUpkeep } from "./bulk-write";
import { migrationSchema } from "./database-file";
import type { GeobriefDb } from "./client";
import { openPreparedDatabase } from "@/server/start-up";
import { generateEvents } from "./synthetic-events";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-bulk-"));
const file = path.join(dir, "bulk.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const upkeep = (db: GeobriefDb) =>
  (
    db.$client
      .prepare(
        "select count(*) as n from sqlite_master where type in ('trigger', 'index') and (name like 'event_cells_%' or name like 'event_actor_cells_%' or name like 'event_days_%' or name like 'event_actor_days_%' or name like 'event_region_days_%' or name like 'actor_event_counts_%' or name like 'event_actors_mask_%' or name in ('events_map_idx', 'events_timeline_idx'))",
      )
      .get() as { n: number }
  ).n;
const countsAgree = (db: GeobriefDb) => countsAgreeWithRows(db.$client);

describe("bulk writes", () => {
  it("put the counting triggers and map indexes back, even after dying half-way", () => {
    let db = openPreparedDatabase(file);
    const before = upkeep(db);
    expect(before).toBe(22);
    generateEvents(db, loadGazetteer(), { events: 300, seed: 3 });
    expect(upkeep(db)).toBe(before);
    expect(countsAgree(db)).toBe(true);

    // A bulk write that dies after some of its batches committed.
    expect(() =>
      withoutUpkeep(db.$client, () => {
        // Rows the counting triggers never see: the restore must count them from the table.
        db.$client
          .exec(`insert into events (type, date_value, date_precision, date_start, date_end, place_id, lat, lon, geo_precision, status, actor_mask, region_mask, border_km)
          select type, date_value, date_precision, date_start, date_end, place_id, lat, lon, geo_precision, status, 0, region_mask, border_km from events where status != 'rejected' limit 200`);
        db.$client.exec(
          `insert into event_actors (event_id, actor_id, role, position) select id, 'TUR', 'initiator', 0 from events where actor_mask = 0`,
        );
        throw new Error("killed");
      }),
    ).toThrow("killed");
    expect(upkeep(db)).toBeLessThan(before);
    db.$client.close();

    db = openPreparedDatabase(file);
    expect(upkeep(db)).toBe(before);
    expect(countsAgree(db)).toBe(true);
    expect(db.$client.prepare("select count(*) as n from events").get()).toEqual({ n: 506 });
    // The masks of rows written while their trigger was away are recomputed.
    expect(db.$client.prepare("select count(*) as n from events where actor_mask = 0").get()).toEqual({ n: 0 });
    expect(db.$client.prepare("select count(*) as n from events where actor_ids = '[]'").get()).toEqual({ n: 0 });
    expect(db.$client.prepare("select sum(n) as n from event_days").get()).toEqual(
      db.$client.prepare("select count(*) as n from events where status != 'rejected'").get(),
    );
    db.$client.close();
  });

  it("sets aside every trigger the migrations make that keeps a count, a copy or the actor bits and ids", () => {
    const keepers = [...migrationSchema().values()]
      .filter(
        (object) =>
          object.type === "trigger" &&
          ([...COUNT_TABLES, ...COPY_TABLES].some((table) => object.sql?.includes(`\`${table}\``)) ||
            /SET `actor_(mask|ids)`/.test(object.sql ?? "")),
      )
      .map((object) => object.name);
    expect(keepers.sort()).toEqual([...UPKEEP_TRIGGERS].sort());
  });

  it("makes set-aside triggers again from the migrations, never from SQL kept in the database", () => {
    const db = openPreparedDatabase(path.join(dir, "parked.db"));
    db.$client.exec(
      "drop trigger event_days_insert; create table bulk_write_parked (name text primary key); insert into bulk_write_parked values ('event_days_insert');",
    );
    // A crafted row naming something that is not ours is ignored.
    db.$client.exec("insert into bulk_write_parked values ('evil_trigger')");
    db.$client.close();
    const reopened = openPreparedDatabase(path.join(dir, "parked.db"));
    const trigger = reopened.$client.prepare("select sql from sqlite_master where name = 'event_days_insert'").get() as { sql: string };
    expect(trigger.sql).toBe(migrationSchema().get("event_days_insert")?.sql);
    expect(
      reopened.$client.prepare("select count(*) as n from sqlite_master where name = 'evil_trigger' or name = 'bulk_write_parked'").get(),
    ).toEqual({ n: 0 });
    reopened.$client.close();
  });
});
