/**
 * `npm run restore -- IN.db`: replaces the database (GEOBRIEF_DB) with a backup, after
 * checking it is a sound Geobrief database of a schema this version can migrate. The
 * database it replaces is kept beside it as `<name>.before-restore-<time>`. Stop the
 * server first: it holds the old file open.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { DEFAULT_DB_PATH, openDatabase } from "@/db/client";
import { checkGeobriefDatabase } from "@/db/database-file";

const [input, ...extra] = process.argv.slice(2);
if (!input || extra.length) {
  console.error("usage: npm run restore -- IN.db");
  process.exit(2);
}
const check = checkGeobriefDatabase(input);
if (!check.ok) {
  console.error(`refusing to restore ${input}: ${check.reason}`);
  process.exit(1);
}
const target = process.env.GEOBRIEF_DB || DEFAULT_DB_PATH;
const staged = `${target}.restoring`;
copyFileSync(input, staged);
let kept: string | null = null;
if (existsSync(target)) {
  // Fold the write-ahead log into the file first, so the kept copy is complete on its own.
  const current = new Database(target);
  current.pragma("wal_checkpoint(TRUNCATE)");
  current.close();
  kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  renameSync(target, kept);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
}
// A rename within one folder is atomic: the live path is either the old file or the new one.
renameSync(staged, target);
// Brings an older backup's schema up to date.
openDatabase(target).$client.close();
console.log(`restored ${input} to ${target}${kept ? `; the previous database is kept as ${kept}` : ""}`);
