import path from "node:path";

/**
 * Code that runs on worker threads, one entry per pool. A worker thread loads plain
 * JavaScript and Next's bundler emits none for `worker_threads`, so `npm run build` bundles
 * each entry with esbuild (scripts/build-workers.ts) into WORKER_DIR.
 */
export const WORKER_ENTRIES = {
  extract: "server/workers/extract.ts",
  import: "server/workers/import.ts",
} as const;

export type WorkerName = keyof typeof WORKER_ENTRIES;

/** Inside the build output, so a new build always carries workers of the same sources. */
export const WORKER_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "workers");

export const workerFile = (name: WorkerName) => path.join(WORKER_DIR, `${name}.mjs`);
