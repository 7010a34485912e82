/**
 * What a database needs before the app serves it, beyond its migrations: the seed (the seed
 * article through the ingest pipeline, its review decisions replayed), outlets for articles
 * stored before outlets existed, map facts for events that lack them, and a search index for a database made before search existed. Run by the
 * web server as it starts (instrumentation.ts) and by every command-line tool that opens the
 * database; `openDatabase` itself (db/client.ts) only opens and migrates.
 */
import { sql } from "drizzle-orm";
import { openDatabase, type GeobriefDb } from "@/db/client";
import { fillMissingMapFacts } from "@/db/queries/map-facts";
import { linkArticlesToOutlets } from "@/db/queries/outlets";
import { rebuildSearchIndex } from "@/db/queries/search";
import { seedDatabase } from "@/ingest/seed-database";

export function prepareDatabase(db: GeobriefDb, options: { seedDir?: string } = {}): GeobriefDb {
  linkArticlesToOutlets(db);
  seedDatabase(db, options);
  fillMissingMapFacts(db);
  // Any row will do: counting an FTS5 table reads all of it (70 s at a million events).
  const indexed = db.get<{ one: number } | undefined>(sql`select 1 as one from search_index limit 1`);
  if (!indexed) rebuildSearchIndex(db);
  return db;
}

/** Opens, migrates and prepares the database at `file`: what scripts and tests start from. */
export function openPreparedDatabase(file: string, options: { seedDir?: string } = {}): GeobriefDb {
  return prepareDatabase(openDatabase(file), options);
}
