import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { WORKER_ENTRIES, workerFile, type WorkerName } from "@/server/worker-files";

const BUILD_ID = path.join(".next", "BUILD_ID");
/** Everything `next build` reads: a change to any of them makes the last build stale. */
const BUILD_INPUTS = [
  "app",
  "components",
  "db",
  "geo",
  "ingest",
  "server",
  "public",
  "next.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];
// Written by the build itself or irrelevant to it; counting them would make every build stale.
const IGNORED = new Set(["maplibre-gl-worker.mjs", "sources"]);

function newestChange(entry: string): number {
  if (!existsSync(entry) || IGNORED.has(path.basename(entry))) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((child) => newestChange(path.join(entry, child))));
}

/** Runs `npm run build` when there is no build or a build input changed since; exits on failure. */
export function buildIfNeeded(): void {
  const builtAt = existsSync(BUILD_ID) ? statSync(BUILD_ID).mtimeMs : 0;
  const workersBuilt = Object.keys(WORKER_ENTRIES).every((name) => existsSync(workerFile(name as WorkerName)));
  if (workersBuilt && builtAt > Math.max(...BUILD_INPUTS.map(newestChange))) return;
  console.log(builtAt ? "sources changed since the last build: building…" : "no build yet: building…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) {
    console.error("the build failed; see above");
    process.exit(build.status ?? 1);
  }
}
