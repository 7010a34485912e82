/**
 * `npm run backup -- OUT.db`: copies the database (GEOBRIEF_DB) with SQLite's online backup,
 * safe while the server is serving and writing, then checks the copy.
 */
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { DEFAULT_DB_PATH } from "@/db/client";
import { checkGeobriefDatabase } from "@/db/database-file";

const [out, ...extra] = process.argv.slice(2);
if (!out || extra.length) {
  console.error("usage: npm run backup -- OUT.db");
  process.exit(2);
}
if (existsSync(out)) {
  console.error(`${out} exists already: give a new file name`);
  process.exit(1);
}
const source = process.env.GEOBRIEF_DB || DEFAULT_DB_PATH;
if (!existsSync(source)) {
  console.error(`no database at ${source}`);
  process.exit(1);
}
const database = new Database(source, { readonly: true, fileMustExist: true });
const started = performance.now();
await database.backup(out);
database.close();
const check = checkGeobriefDatabase(out);
if (!check.ok) {
  console.error(`the backup at ${out} does not check out: ${check.reason}`);
  process.exit(1);
}
console.log(
  `backed up ${source} to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s (integrity ok, ${check.migrations} migrations)`,
);
