import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { type GeobriefDb } from "@/db/client";
import { openPreparedDatabase } from "@/server/start-up";
import { NO_FILTERS } from "@/lib/event-filters";
import { eventsToCsv } from "@/lib/export-events";
import { eventsForExport } from "@/db/queries/export";
import { listEventReviews, reviewEvent } from "@/db/queries/review";
import { mapImportedActor } from "@/db/queries/actor-mappings";
import { findEvents } from "@/db/queries/events";
import { events } from "@/db/schema";
import { countsAgreeWithRows } from "@/db/bulk-write";
import { ImportError, importAcledCsv, REPORTED_LINES } from "./import-acled";
import { ingestArticle } from "./ingest-article";

const dir = mkdtempSync(path.join(tmpdir(), "geobrief-import-"));
const opened: GeobriefDb[] = [];
const open = (name: string) => {
  const db = openPreparedDatabase(path.join(dir, name));
  opened.push(db);
  return db;
};
afterAll(() => {
  for (const db of opened) db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What an export says of each event, sorted: the round trip must keep all of it. */
const comparable = (db: GeobriefDb) =>
  [...eventsForExport(db, NO_FILTERS)]
    .flat()
    .map(({ id: _id, countryCode: _country, place: _place, admin1: _admin1, url: _url, changedAt: _changed, ...event }) =>
      JSON.stringify({ ...event, lat: event.lat.toFixed(4), lon: event.lon.toFixed(4) }),
    )
    .sort();

describe("ACLED-style CSV import", () => {
  it("round-trips: export, then import into a fresh database, gives the same events", async () => {
    const source = open("source.db");
    const stored = ingestArticle(
      source,
      {
        title: "Test report",
        outlet: "Test wire",
        url: "https://example.org/report",
        published: "2025-09-05",
        body: "Israeli forces shelled the town of Khan Arnabah in the Quneitra countryside on Wednesday, residents said. Turkish officials met Syrian officials in Ankara on Thursday.",
      },
      { reviewer: "tests" },
    );
    if (stored.status !== "stored") throw new Error("setup failed");
    reviewEvent(
      source,
      stored.eventIds[0],
      {
        status: "confirmed",
        date: "2025",
        actors: [
          { actorId: "ISR", role: "initiator" },
          { actorId: "SYR", role: "target" },
        ],
      },
      "tests",
    );
    const csv = eventsToCsv([...eventsForExport(source, NO_FILTERS)].flat());

    const target = open("target.db");
    const report = await importAcledCsv(target, csv, { reviewer: "import", keepStatus: true });
    // The fresh database holds the seed article already: its six events are recognised, not doubled.
    expect(report.skipped.map((skip) => skip.reason.replace(/\d+$/, "N"))).toEqual(Array(6).fill("already present as event N"));
    expect(report.imported).toBe(stored.eventIds.length);
    expect(comparable(target)).toEqual(comparable(source));
  });

  it("skips unreadable rows with their line and reason, and imports the rest", async () => {
    const db = open("rows.db");
    const before = db.select({ n: count() }).from(events).get()!.n;
    const csv = [
      "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,geo_precision,source,notes",
      'SYR1,10 March 2025,1,Battles,Armed clash,Unidentified Armed Group,Syrian government,Jasim,33.0,36.06,1,Local monitor,"Clashes in Jasim, two killed."',
      "SYR2,not a date,1,Battles,Armed clash,HTS,,Jasim,33.0,36.06,1,Local monitor,Clashes.",
      "SYR3,2025-03-11,1,Battles,Armed clash,HTS,,Nowhere,95,36.06,1,Local monitor,Clashes.",
      "SYR4,2025-03-12,4,Battles,Armed clash,HTS,,Jasim,33.0,36.06,1,Local monitor,Clashes.",
      "SYR5,2025-03-13,1,Parades,Military parade,HTS,,Jasim,33.0,36.06,1,Local monitor,A parade.",
      "SYR6,2025-03-14,1,Battles,Armed clash,HTS,,Jasim,33.0,36.06,7,Local monitor,Clashes.",
      ",2025-03-15,1,Battles,Armed clash,HTS,,Jasim,33.0,36.06,1,Local monitor,No id and no quote.",
    ].join("\n");
    const report = await importAcledCsv(db, csv, { reviewer: "import" });
    expect(report.imported).toBe(1);
    expect(report.createdActors).toEqual(["UNIDENTIFIED (Unidentified Armed Group)"]);
    expect(report.skipped.map((skip) => `${skip.line}: ${skip.reason}`)).toEqual([
      '3: unreadable event_date "not a date"',
      '4: no valid latitude/longitude ("95", "36.06")',
      '5: unknown time_precision "4" (ACLED\'s are 1, 2 and 3)',
      '6: sub_event_type "Military parade" is not one of ACLED\'s (docs/acled.md)',
      '7: unknown geo_precision "7" (ACLED\'s are 1, 2 and 3)',
      "8: no evidence_quote and no event_id_cnty: an event needs the text or the dataset row that states it",
    ]);
    expect(db.select({ n: count() }).from(events).get()!.n).toBe(before + 1);
  });

  it("counts every skipped row but names only the first REPORTED_LINES, so a file of bad rows cannot fill memory", async () => {
    const db = open("many-bad.db");
    const header =
      "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,location,latitude,longitude,geo_precision,source,notes";
    const bad = Array.from(
      { length: REPORTED_LINES + 100 },
      (_, index) => `SYR${index},not a date,1,Battles,Armed clash,HTS,Jasim,33.0,36.06,1,m,x`,
    );
    const report = await importAcledCsv(db, [header, ...bad].join("\n"), { reviewer: "import" });
    expect(report).toMatchObject({ rows: REPORTED_LINES + 100, imported: 0, skippedCount: REPORTED_LINES + 100 });
    expect(report.skipped).toHaveLength(REPORTED_LINES);
    expect(report.skipped[0]).toEqual({ line: 2, reason: 'unreadable event_date "not a date"' });
  });

  it("maps a state's plain name to its actor, Syria's by the date, without creating actors", async () => {
    const db = open("states.db");
    const csv = [
      "event_id_cnty,event_date,time_precision,event_type,actor1,actor2,location,latitude,longitude,source,notes",
      "S1,2025-09-01,1,Strategic developments,Syria,Turkey,Damascus,33.5102,36.2913,Test wire,[Test] Talks in Damascus.",
      "S2,2023-05-01,1,Strategic developments,Syria,Iran,Damascus,33.5102,36.2913,Test wire,[Test] Talks in Damascus in 2023.",
      "S3,2023-06-01,1,Strategic developments,SYR,,Damascus,33.5102,36.2913,Test wire,[Test] Said to be the new government.",
    ].join("\n");
    const report = await importAcledCsv(db, csv, { reviewer: "import" });
    expect(report).toMatchObject({ imported: 3, createdActors: [] });
    expect(actorsOfRow(db, "S1")).toBe("SYR TUR");
    expect(actorsOfRow(db, "S2")).toBe("SYR-ASSAD IRN");
    // An id says exactly who, whatever the date.
    expect(actorsOfRow(db, "S3")).toBe("SYR");
  });

  it("refuses a file that is not ACLED-style CSV, writing nothing", async () => {
    const db = open("refuse.db");
    const before = db.select({ n: count() }).from(events).get()!.n;
    await expect(importAcledCsv(db, "name,value\nx,1\n", { reviewer: "import" })).rejects.toThrow(ImportError);
    await expect(importAcledCsv(db, "", { reviewer: "import" })).rejects.toThrow(/empty/);
    await expect(
      importAcledCsv(db, 'event_date,latitude,longitude,actor1,event_id_cnty\n2025-03-01,33,36,HTS,S1\n2025-03-01,33,36,"HTS,S2\n', {
        reviewer: "import",
      }),
    ).rejects.toThrow(/not valid CSV/);
    await expect(importAcledCsv(db, new Uint8Array([0x65, 0x76, 0xff, 0xfe]), { reviewer: "import" })).rejects.toThrow(/UTF-8/);
    expect(db.select({ n: count() }).from(events).get()!.n).toBe(before);
    expect(db.$client.inTransaction).toBe(false);
  });
});

/** The registry ids of a dataset row's event, in order. */
function actorsOfRow(db: GeobriefDb, eventIdCnty: string): string {
  const row = db.$client
    .prepare(
      "select group_concat(actor_id, ' ') as ids from (select actor_id from event_actors join acled_records using (event_id) where event_id_cnty = ? order by position)",
    )
    .get(eventIdCnty) as { ids: string | null };
  return row.ids ?? "";
}

/** A file laid out as ACLED's export writes it, from its codebook: every sub-event type, its actor naming, precisions, a multi-line note, an extra column. */
const CODEBOOK_FILE = readFileSync(path.join(process.cwd(), "tests", "fixtures", "acled-codebook.csv"));

describe("ACLED's export as ACLED writes it", () => {
  it("imports every row with actors in the registry, every sub-event type mapped, precision as ranges and fatalities kept", async () => {
    const db = open("codebook.db");
    const report = await importAcledCsv(db, CODEBOOK_FILE, { reviewer: "import" });
    expect(report).toMatchObject({ rows: 25, imported: 25, skipped: [], ignoredColumns: ["data_source_note"] });
    // The one name ACLED's naming and the registry do not cover becomes an imported actor the filters accept.
    expect(report.createdActors).toEqual(["REBEL-COALIT (Rebel Coalition of Southern Syria)"]);
    const row = (id: string) =>
      db.$client
        .prepare("select e.*, r.notes as coder_note from events e join acled_records r on r.event_id = e.id where r.event_id_cnty = ?")
        .get(id) as Record<string, unknown>;
    expect(actorsOfRow(db, "SYR9000")).toBe("ISR SYR");
    expect(actorsOfRow(db, "SYR9001")).toBe("SYR HTS");
    expect(actorsOfRow(db, "SYR9002")).toBe("SDF ISIS");
    expect(actorsOfRow(db, "SYR9003")).toBe("TUR SDF SNA");
    expect(actorsOfRow(db, "SYR9004")).toBe("HEZ ISR");
    // "Civilians (Syria)" is whom it was done to, not an actor.
    expect(actorsOfRow(db, "SYR9005")).toBe("DRUZE");
    expect(actorsOfRow(db, "SYR9007")).toBe("SYR-ASSAD REBEL-COALIT SYR-ASSAD");
    expect(db.$client.prepare("select count(*) as n from actors where kind = 'imported'").get()).toEqual({ n: 1 });
    expect(
      Object.fromEntries(["SYR9000", "SYR9004", "SYR9017", "SYR9020", "SYR9021", "SYR9023", "SYR9024"].map((id) => [id, row(id).type])),
    ).toEqual({
      SYR9000: "ASSAULT",
      SYR9004: "ASSAULT",
      SYR9017: "AGREE",
      SYR9020: "COERCE",
      SYR9021: "MOBILIZE",
      SYR9023: "RETREAT",
      SYR9024: "OTHER",
    });
    // time_precision 1, 2 (the week around the day) and 3 (its month).
    expect(row("SYR9000")).toMatchObject({
      date_value: "2025-02-01",
      date_precision: "day",
      date_start: "2025-02-01",
      date_end: "2025-02-01",
    });
    expect(row("SYR9002")).toMatchObject({
      date_value: "2025-04-03",
      date_precision: "week",
      date_start: "2025-03-31",
      date_end: "2025-04-06",
    });
    expect(row("SYR9003")).toMatchObject({
      date_value: "2025-05",
      date_precision: "month",
      date_start: "2025-05-01",
      date_end: "2025-05-31",
    });
    expect([row("SYR9000").fatalities, row("SYR9001").fatalities, row("SYR9002").fatalities, row("SYR9003").fatalities]).toEqual([
      0,
      3,
      null,
      12,
    ]);
    // The coder's note is the record's, never an article's sentence.
    expect(row("SYR9000")).toMatchObject({
      source_kind: "dataset",
      notes: null,
      coder_note: expect.stringContaining('A second line of the coder\'s note, "quoted".'),
    });
    expect(db.$client.prepare("select count(*) as n from evidence join acled_records using (event_id)").get()).toEqual({ n: 0 });
    // The Israel filter finds every imported Israeli strike.
    expect(findEvents(db, { ...NO_FILTERS, actors: ["ISR"] }, { limit: 100 }).features.length).toBe(7);
  });

  it("updates a row a newer export changed, instead of doubling it, and says how many", async () => {
    const db = open("update.db");
    await importAcledCsv(db, CODEBOOK_FILE, { reviewer: "import" });
    const before = db.select({ n: count() }).from(events).get()!.n;
    const newer = CODEBOOK_FILE.toString("utf8").replace(/,3,,1760000001,ignored/, ",5,,1760100001,ignored");
    expect(newer).not.toBe(CODEBOOK_FILE.toString("utf8"));
    const report = await importAcledCsv(db, newer, { reviewer: "import" });
    expect(report).toMatchObject({ imported: 0, updated: 1, unchanged: 24, skipped: [] });
    expect(db.select({ n: count() }).from(events).get()!.n).toBe(before);
    const updated = db.$client
      .prepare(
        "select e.id, e.fatalities, r.timestamp from events e join acled_records r on r.event_id = e.id where r.event_id_cnty = 'SYR9001'",
      )
      .get() as { id: number; fatalities: number; timestamp: number };
    expect(updated).toMatchObject({ fatalities: 5, timestamp: 1760100001 });
    expect(listEventReviews(db, updated.id).at(-1)).toMatchObject({ action: "edit", changes: { fatalities: { from: 3, to: 5 } } });
  });

  it("sets per-row count upkeep aside for a file that adds many events, and leaves the counts exact, or untouched on a refusal", async () => {
    const db = open("bulk.db");
    const triggers = () => (db.$client.prepare("select count(*) as n from sqlite_master where type = 'trigger'").get() as { n: number }).n;
    const before = triggers();
    // The size the CLI and the Import dialog report for the file decides (import-acled.ts BULK_MIN_ROWS).
    const large = { reviewer: "import", totalBytes: 64 * 1024 * 1024 };
    await importAcledCsv(db, CODEBOOK_FILE, large);
    expect(triggers()).toBe(before);
    expect(countsAgreeWithRows(db.$client)).toBe(true);
    expect(db.$client.prepare("select sum(n) as n from actor_event_counts where actor_id = 'ISR'").get()).toEqual({ n: 7 });

    const stored = db.select({ n: count() }).from(events).get()!.n;
    const broken = Buffer.concat([CODEBOOK_FILE.subarray(0, CODEBOOK_FILE.length - 40), Buffer.from('\n"unclosed')]);
    await expect(importAcledCsv(db, broken.toString("utf8").replace(/SYR9/g, "SYR8"), large)).rejects.toThrow(ImportError);
    expect(triggers()).toBe(before);
    expect(db.select({ n: count() }).from(events).get()!.n).toBe(stored);
    expect(countsAgreeWithRows(db.$client)).toBe(true);
  });

  it("keeps an analyst's mapping of an imported name: its events move, and later imports use it", async () => {
    const db = open("mapping.db");
    await importAcledCsv(db, CODEBOOK_FILE, { reviewer: "import" });
    expect(mapImportedActor(db, { importedId: "REBEL-COALIT", actorId: "HTS" }, "analyst")).toEqual({ moved: 3 });
    expect(actorsOfRow(db, "SYR9007")).toBe("SYR-ASSAD HTS SYR-ASSAD");
    const later = CODEBOOK_FILE.toString("utf8").replace(/SYR9007,/, "SYR9107,");
    const report = await importAcledCsv(db, later, { reviewer: "import" });
    expect(report).toMatchObject({ imported: 1, createdActors: [] });
    expect(actorsOfRow(db, "SYR9107")).toBe("SYR-ASSAD HTS SYR-ASSAD");
    expect(() => mapImportedActor(db, { importedId: "ISR", actorId: "HTS" }, "analyst")).toThrow(/registry actor/);
  });
});
