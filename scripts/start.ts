/**
 * `npm start`: builds when the last build is missing or older than the sources, creates,
 * migrates and seeds the database (GEOBRIEF_DB, default data/geobrief.db), then serves the
 * dashboard with `next start` on HOST:PORT (default 127.0.0.1:3000). Beyond localhost with no
 * GEOBRIEF_EDIT_TOKEN the server serves read-only (server/access-mode.ts decides; this only warns).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { count } from "drizzle-orm";
import { DEFAULT_DB_PATH } from "@/db/client";
import { openPreparedDatabase } from "@/server/start-up";
import { articles, events } from "@/db/schema";
import { isLoopbackHost } from "@/server/access-mode";
import { buildIfNeeded } from "./build-if-needed";

process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfNeeded();

const dbPath = process.env.GEOBRIEF_DB || DEFAULT_DB_PATH;
const db = openPreparedDatabase(dbPath);
const [{ stored }] = db.select({ stored: count() }).from(articles).all();
const [{ mapped }] = db.select({ mapped: count() }).from(events).all();
db.$client.close();
console.log(`database ready at ${dbPath}: ${stored} article(s), ${mapped} event(s)`);

const port = process.env.PORT || "3000";
// Only this machine by default; HOST=0.0.0.0 serves the network (then edits need GEOBRIEF_EDIT_TOKEN).
const host = process.env.HOST || "127.0.0.1";
if (!isLoopbackHost(host) && !process.env.GEOBRIEF_EDIT_TOKEN)
  console.warn(`read-only: listening on ${host} beyond this machine with no GEOBRIEF_EDIT_TOKEN set: set one to allow edits`);
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const server = spawn(process.execPath, [nextBin, "start", "--port", port, "--hostname", host], {
  stdio: "inherit",
  env: { ...process.env, GEOBRIEF_DB: dbPath },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
