/**
 * What a database needs before the app serves it, beyond its migrations: the seed (the seed
 * article through the ingest pipeline, its review decisions replayed), outlets for articles
 * stored before outlets existed, map facts for events that lack them, and a search index for a database made before search existed
 * (and, in the web server only, grouping of reports stored before incidents existed). Run by the
 * web server as it starts (instrumentation.ts) and by every command-line tool that opens the
 * database; `openDatabase` itself (db/client.ts) only opens and migrates.
 */
import { sql } from "drizzle-orm";
import { openDatabase, type GeobriefDb } from "@/db/client";
import { fillMissingMapFacts } from "@/db/queries/map-facts";
import { groupStoredReports } from "@/db/queries/incidents";
import { linkArticlesToOutlets } from "@/db/queries/outlets";
import { measureStoredChanges, repairStoredRegions } from "@/db/queries/regions";
import { rebuildSearchIndex } from "@/db/queries/search";
import { seedDatabase } from "@/ingest/seed-database";

export function prepareDatabase(db: GeobriefDb, options: { seedDir?: string } = {}): GeobriefDb {
  linkArticlesToOutlets(db);
  seedDatabase(db, options);
  const repaired = repairStoredRegions(db);
  if (repaired.length) console.error(`regions: repaired ${repaired.join(", ")} for GIS tools (geo/geometry-check.ts)`);
  measureStoredChanges(db);
  fillMissingMapFacts(db);
  // Any row will do: counting an FTS5 table reads all of it (70 s at a million events).
  const indexed = db.get<{ one: number } | undefined>(sql`select 1 as one from search_index limit 1`);
  if (!indexed) rebuildSearchIndex(db);
  return db;
}

/** Reports grouped per transaction by the start-up backfill: a few hundred milliseconds of writing at a time. */
const BACKFILL_BATCH = 200;

/**
 * Groups the article reports a database stored before incidents existed (db/queries/incidents.ts),
 * a batch at a time between requests: a desk's years of articles are grouped without holding the
 * server, and an interrupted run resumes where its last batch ended. The web server's start-up only.
 */
export function groupStoredReportsInBackground(db: GeobriefDb, log: (line: string) => void = console.log): Promise<void> {
  return new Promise((resolve, reject) => {
    const step = (first: boolean) => {
      try {
        const remaining = groupStoredReports(db, BACKFILL_BATCH);
        if (remaining === 0) {
          if (!first) log("incidents: grouped the reports stored before incidents");
          resolve();
          return;
        }
        if (first) log(`incidents: grouping ${remaining.toLocaleString("en")} reports stored before incidents, in the background`);
        setImmediate(step, false);
      } catch (error) {
        reject(error);
      }
    };
    step(true);
  });
}

/** Opens, migrates and prepares the database at `file`: what scripts and tests start from. */
export function openPreparedDatabase(file: string, options: { seedDir?: string } = {}): GeobriefDb {
  return prepareDatabase(openDatabase(file), options);
}
