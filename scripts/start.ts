/**
 * `npm start`: builds when the last build is missing or older than the sources, creates,
 * migrates and seeds the database (GEOBRIEF_DB, default data/geobrief.db), then serves the
 * dashboard with `next start` on HOST:PORT (default 127.0.0.1:3000); beyond localhost with
 * no GEOBRIEF_EDIT_TOKEN it serves read-only.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { count } from "drizzle-orm";
import { DEFAULT_DB_PATH, openDatabase } from "@/db/client";
import { articles, events } from "@/db/schema";
import { accessModeFor } from "./access-mode";
import { buildIfNeeded } from "./build-if-needed";

process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfNeeded();

const dbPath = process.env.GEOBRIEF_DB || DEFAULT_DB_PATH;
const db = openDatabase(dbPath);
const [{ stored }] = db.select({ stored: count() }).from(articles).all();
const [{ mapped }] = db.select({ mapped: count() }).from(events).all();
db.$client.close();
console.log(`database ready at ${dbPath}: ${stored} article(s), ${mapped} event(s)`);

const port = process.env.PORT || "3000";
// Only this machine by default; HOST=0.0.0.0 serves the network (then edits need GEOBRIEF_EDIT_TOKEN).
const host = process.env.HOST || "127.0.0.1";
const { readOnlyReason } = accessModeFor(host, process.env.GEOBRIEF_EDIT_TOKEN);
if (readOnlyReason) console.warn(`read-only: ${readOnlyReason}`);
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const server = spawn(process.execPath, [nextBin, "start", "--port", port, "--hostname", host], {
  stdio: "inherit",
  env: { ...process.env, GEOBRIEF_DB: dbPath, ...(readOnlyReason && { GEOBRIEF_READ_ONLY: readOnlyReason }) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
