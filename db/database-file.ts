/**
 * Checks a SQLite file before it replaces the live database: that it is one, that it is
 * Geobrief's, and that its schema is one this code can migrate (its applied migrations are
 * a prefix of ours).
 */
import { readMigrationFiles } from "drizzle-orm/migrator";
import Database from "better-sqlite3";
import path from "node:path";

export const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");
const REQUIRED_TABLES = ["articles", "actors", "events", "evidence", "regions", "__drizzle_migrations"];

export function checkGeobriefDatabase(file: string): { ok: true; migrations: number } | { ok: false; reason: string } {
  let database: Database.Database;
  try {
    database = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { ok: false, reason: `cannot open ${file} as SQLite: ${(error as Error).message}` };
  }
  try {
    const integrity = database.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return { ok: false, reason: `integrity check failed: ${integrity}` };
    const tables = new Set((database.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((row) => row.name));
    const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
    if (missing.length) return { ok: false, reason: `not a Geobrief database: no ${missing.join(", ")} table` };
    const applied = (database.prepare("select hash from __drizzle_migrations order by created_at").all() as { hash: string }[]).map((row) => row.hash);
    const ours = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR }).map((migration) => migration.hash);
    if (applied.length > ours.length) return { ok: false, reason: `its schema is newer than this version of Geobrief (${applied.length} migrations, this code knows ${ours.length})` };
    const mismatch = applied.findIndex((hash, index) => hash !== ours[index]);
    if (mismatch >= 0) return { ok: false, reason: `its migration ${mismatch} differs from this version's: an incompatible schema` };
    return { ok: true, migrations: applied.length };
  } catch (error) {
    return { ok: false, reason: `cannot read it as a Geobrief database: ${(error as Error).message}` };
  } finally {
    database.close();
  }
}
