import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { type GeobriefDb } from "@/db/client";
import { openPreparedDatabase } from "@/server/start-up";
import { NO_FILTERS } from "@/lib/event-filters";
import { eventsToCsv } from "@/lib/export-events";
import { eventsForExport } from "@/db/queries/export";
import { reviewEvent } from "@/db/queries/review";
import { events } from "@/db/schema";
import { ImportError, importAcledCsv } from "./import-acled";
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
  [...eventsForExport(db, NO_FILTERS)].flat()
    .map(({ id: _id, countryCode: _country, place: _place, admin1: _admin1, url: _url, ...event }) => JSON.stringify({ ...event, lat: event.lat.toFixed(4), lon: event.lon.toFixed(4) }))
    .sort();

describe("ACLED-style CSV import", () => {
  it("round-trips: export, then import into a fresh database, gives the same events", () => {
    const source = open("source.db");
    const stored = ingestArticle(source, {
      title: "Test report", outlet: "Test wire", url: "https://example.org/report", published: "2025-09-05",
      body: "Israeli forces shelled the town of Khan Arnabah in the Quneitra countryside on Wednesday, residents said. Turkish officials met Syrian officials in Ankara on Thursday.",
    }, { reviewer: "tests" });
    if (stored.status !== "stored") throw new Error("setup failed");
    reviewEvent(source, stored.eventIds[0], { status: "confirmed", date: "2025", actors: [{ actorId: "ISR", role: "initiator" }, { actorId: "SYR", role: "target" }] }, "tests");
    const csv = eventsToCsv([...eventsForExport(source, NO_FILTERS)].flat());

    const target = open("target.db");
    const report = importAcledCsv(target, csv, { reviewer: "import", keepStatus: true });
    // The fresh database holds the seed article already: its six events are recognised, not doubled.
    expect(report.skipped.map((skip) => skip.reason.replace(/\d+$/, "N"))).toEqual(Array(6).fill("already present as event N"));
    expect(report.imported).toBe(stored.eventIds.length);
    expect(comparable(target)).toEqual(comparable(source));
  });

  it("maps unknown actors by creating them, and skips unreadable rows with the reason", () => {
    const db = open("rows.db");
    const before = db.select({ n: count() }).from(events).get()!.n;
    const csv = [
      "event_id_cnty,event_date,time_precision,event_type,actor1,actor2,location,latitude,longitude,source,notes",
      'SYR1,10 March 2025,1,Battles,Unidentified Armed Group,Syrian government,Jasim,33.0,36.06,Local monitor,"Clashes in Jasim, two killed."',
      "SYR2,not a date,1,Battles,HTS,,Jasim,33.0,36.06,Local monitor,Clashes.",
      "SYR3,2025-03-11,1,Battles,HTS,,Nowhere,,36.06,Local monitor,Clashes.",
      "SYR4,2025-03-12,1,Parades,HTS,,Jasim,33.0,36.06,Local monitor,A parade.",
      "SYR5,2025-03-13,1,Battles,HTS,,Jasim,33.0,36.06,Local monitor,",
    ].join("\n");
    const report = importAcledCsv(db, csv, { reviewer: "import" });
    expect(report.imported).toBe(1);
    expect(report.createdActors).toEqual(["UNIDENTIFIED (Unidentified Armed Group)"]);
    expect(report.skipped.map((skip) => `${skip.line}:${skip.reason.split(" ")[0]}`)).toEqual(["3:unreadable", "4:no", "5:unknown", "6:no"]);
    expect(db.select({ n: count() }).from(events).get()!.n).toBe(before + 1);
  });

  it("maps a state's plain name to its actor, Syria's by the date, without creating actors", () => {
    const db = open("states.db");
    const csv = [
      "event_id_cnty,event_date,time_precision,event_type,actor1,actor2,location,latitude,longitude,source,notes",
      "S1,2025-09-01,1,Strategic developments,Syria,Turkey,Damascus,33.5102,36.2913,Test wire,[Test] Talks in Damascus.",
      "S2,2023-05-01,1,Strategic developments,Syria,Iran,Damascus,33.5102,36.2913,Test wire,[Test] Talks in Damascus in 2023.",
      "S3,2023-06-01,1,Strategic developments,SYR,,Damascus,33.5102,36.2913,Test wire,[Test] Said to be the new government.",
    ].join("\n");
    const report = importAcledCsv(db, csv, { reviewer: "import" });
    expect(report).toMatchObject({ imported: 3, createdActors: [] });
    const actorsOf = (quote: string) =>
      db.$client.prepare("select group_concat(actor_id, ' ') as ids from (select actor_id from event_actors join evidence using (event_id) where quote = ? order by position)").get(quote);
    expect(actorsOf("[Test] Talks in Damascus.")).toEqual({ ids: "SYR TUR" });
    expect(actorsOf("[Test] Talks in Damascus in 2023.")).toEqual({ ids: "SYR-ASSAD IRN" });
    // An id says exactly who, whatever the date.
    expect(actorsOf("[Test] Said to be the new government.")).toEqual({ ids: "SYR" });
  });

  it("refuses a file that is not ACLED-style, writing nothing", () => {
    const db = open("refuse.db");
    expect(() => importAcledCsv(db, "name,value\nx,1\n", { reviewer: "import" })).toThrow(ImportError);
    expect(() => importAcledCsv(db, "", { reviewer: "import" })).toThrow(/empty/);
  });
});
