/**
 * Checks a SQLite file before it replaces the live database: that it is one, that it is
 * Geobrief's, that its schema is one this code can migrate (its applied migrations are a
 * prefix of ours), and that its tables, views, indexes and triggers are exactly what those
 * migrations create: a crafted file could carry a trigger of its own that runs on our writes.
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
    const tables = new Set(
      (database.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((row) => row.name),
    );
    const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
    if (missing.length) return { ok: false, reason: `not a Geobrief database: no ${missing.join(", ")} table` };
    const applied = (database.prepare("select hash from __drizzle_migrations order by created_at").all() as { hash: string }[]).map(
      (row) => row.hash,
    );
    const ours = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR }).map((migration) => migration.hash);
    if (applied.length > ours.length)
      return {
        ok: false,
        reason: `its schema is newer than this version of Geobrief (${applied.length} migrations, this code knows ${ours.length})`,
      };
    const mismatch = applied.findIndex((hash, index) => hash !== ours[index]);
    if (mismatch >= 0) return { ok: false, reason: `its migration ${mismatch} differs from this version's: an incompatible schema` };
    const difference = schemaDifference(database, applied.length);
    if (difference) return { ok: false, reason: `its schema is not what Geobrief's migrations make: ${difference}` };
    return { ok: true, migrations: applied.length };
  } catch (error) {
    return { ok: false, reason: `cannot read it as a Geobrief database: ${(error as Error).message}` };
  } finally {
    database.close();
  }
}

/** Bookkeeping the migrations do not create: drizzle's own table, SQLite's, and a bulk write's list of what it set aside. */
const BOOKKEEPING = /^(?:__drizzle_migrations|sqlite_.*|bulk_write_parked)$/;

export interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

function schemaObjects(database: Database.Database): SchemaObject[] {
  return (database.prepare("select type, name, sql from sqlite_master order by type, name").all() as SchemaObject[]).filter(
    (object) => !BOOKKEEPING.test(object.name),
  );
}

const expected = new Map<number, Map<string, SchemaObject>>();

/** The tables, views, indexes and triggers our first `count` migrations create (all of them by default), by name. */
export function migrationSchema(count?: number): Map<string, SchemaObject> {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR });
  const upTo = count ?? migrations.length;
  let schema = expected.get(upTo);
  if (!schema) {
    const scratch = new Database(":memory:");
    for (const migration of migrations.slice(0, upTo)) for (const statement of migration.sql) if (statement.trim()) scratch.exec(statement);
    schema = new Map(schemaObjects(scratch).map((object) => [object.name, object]));
    scratch.close();
    expected.set(upTo, schema);
  }
  return schema;
}

/**
 * What in the file's schema differs from what `migrations` migrations make, or null. Objects a
 * bulk write set aside (db/bulk-write.ts) may be missing: they are made again from the code.
 */
function schemaDifference(database: Database.Database, migrations: number): string | null {
  const wanted = migrationSchema(migrations);
  const hasParked = database.prepare("select 1 from sqlite_master where type = 'table' and name = 'bulk_write_parked'").get();
  const parked = new Set(
    hasParked ? (database.prepare("select name from bulk_write_parked").all() as { name: string }[]).map((row) => row.name) : [],
  );
  const found = schemaObjects(database);
  for (const object of found) {
    const ours = wanted.get(object.name);
    if (!ours) return `${object.type} "${object.name}" is not one of ours`;
    if (ours.type !== object.type || ours.sql !== object.sql) return `${object.type} "${object.name}" is defined differently`;
  }
  const present = new Set(found.map((object) => object.name));
  const missing = [...wanted.values()].find((object) => !present.has(object.name) && !parked.has(object.name));
  return missing ? `${missing.type} "${missing.name}" is missing` : null;
}
