/**
 * Bundles the worker-thread entries (server/worker-files.ts) to plain ES modules under
 * .next/workers. Run by `npm run build` after `next build` (which empties .next) and by
 * `npm run dev`. Packages stay imports: node_modules is beside the app at run time.
 */
import { build } from "esbuild";
import { WORKER_DIR, WORKER_ENTRIES } from "@/server/worker-files";

const started = performance.now();
await build({
  entryPoints: Object.fromEntries(Object.entries(WORKER_ENTRIES).map(([name, entry]) => [name, entry])),
  outdir: WORKER_DIR,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
console.log(`workers bundled to ${WORKER_DIR} in ${(performance.now() - started).toFixed(0)} ms`);
