import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { restoreUpkeep } from "./bulk-write";
import { cacheStatements } from "./statement-cache";
import { MIGRATIONS_DIR } from "./database-file";
import * as schema from "./schema";

export type GeobriefDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Pass to every drizzle write transaction (raw better-sqlite3 ones call `.immediate()`): the write
 * lock is taken when the transaction begins. A deferred one that reads first (an outlet's id, an
 * incident's reports) and then writes gets SQLITE_BUSY at once, busy_timeout or not, whenever another
 * process committed in between — two `npm run ingest` runs racing the server did (tests/api/concurrency.test.ts).
 */
export const WRITE = { behavior: "immediate" } as const;

export const DEFAULT_DB_PATH = path.join("data", "geobrief.db");

/**
 * Opens (creating if needed) the database at `file` and applies the committed migrations.
 * Seeding and back-fills are the caller's start-up (server/start-up.ts): this layer only knows SQL.
 */
export function openDatabase(file: string): GeobriefDb {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets readers go on while a write commits; the timeout rides out a concurrent writer.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  // Index statistics for the planner (choosing between the map's covering indexes by the view's
  // selectivity); 0x10002 analyses only what has never been or has grown since (SQLite's advice).
  sqlite.pragma("optimize = 0x10002");
  // A bulk write that died half-way left its count upkeep set aside: put it back first.
  restoreUpkeep(sqlite);
  return db;
}

// Next bundles route handlers separately; one connection per process is kept on globalThis.
const shared = globalThis as typeof globalThis & { geobriefDb?: GeobriefDb };

/** The server's database, at GEOBRIEF_DB (default data/geobrief.db); prepared at start-up by instrumentation.ts. */
export function getDb(): GeobriefDb {
  shared.geobriefDb ??= openDatabase(process.env.GEOBRIEF_DB || DEFAULT_DB_PATH);
  return shared.geobriefDb;
}
