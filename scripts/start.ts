/**
 * `npm start`: builds when the last build is missing or older than the sources, creates,
 * migrates and seeds the database (GEOBRIEF_DB, default data/geobrief.db), then serves the
 * dashboard with `next start` on PORT (default 3000).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { DEFAULT_DB_PATH, openDatabase } from "@/db/client";
import { articles, events } from "@/db/schema";

const BUILD_ID = path.join(".next", "BUILD_ID");
const SOURCES = ["app", "components", "db", "geo", "ingest", "public", "next.config.ts", "package.json", "tsconfig.json"];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((child) => newestChange(path.join(entry, child))));
}

function buildIfNeeded(): void {
  const builtAt = existsSync(BUILD_ID) ? statSync(BUILD_ID).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map(newestChange));
  if (builtAt > changedAt) return;
  console.log(builtAt ? "sources changed since the last build: building…" : "no build yet: building…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) {
    console.error("the build failed; see above");
    process.exit(build.status ?? 1);
  }
}

process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfNeeded();

const dbPath = process.env.GEOBRIEF_DB || DEFAULT_DB_PATH;
const db = openDatabase(dbPath);
const [{ stored }] = db.select({ stored: count() }).from(articles).all();
const [{ mapped }] = db.select({ mapped: count() }).from(events).all();
db.$client.close();
console.log(`database ready at ${dbPath}: ${stored} article(s), ${mapped} event(s)`);

const port = process.env.PORT || "3000";
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const server = spawn(process.execPath, [nextBin, "start", "--port", port], { stdio: "inherit", env: { ...process.env, GEOBRIEF_DB: dbPath } });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
